package vn.tdc.knowledge.assistant.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.QaCase;
import vn.tdc.knowledge.testing.QaScorer;
import vn.tdc.knowledge.testing.SeedArticles;

/**
 * Prints per-set and per-kind scores of every QA set ({@code mvn -pl chatbot-module test -Dtest=QaSetScoresReport
 * -Dqa.scores=true}); {@code -Dqa.verbose=true} also prints each failure with the answer, {@code -Dqa.show=id,id}
 * the answers to these questions, {@code -Dqa.articles=true} also indexes the seed articles as the portal does, {@code -Dqa.index=<dir>} answers
 * from a copy of a portal's index directory ({@code data/index}), {@code -Dqa.sets=blind3,blind5} scores only these sets, {@code -Dqa.ward=xa-dong-cuu,bac-ninh} asks every question on that ward's pages.
 */
@EnabledIfSystemProperty(named = "qa.scores", matches = "true")
class QaSetScoresReport {

    @Test
    void print_the_scores_of_every_set() throws IOException {
        DocumentIndex index = ContentDocuments.sharedIndex();
        String copied = System.getProperty("qa.index", "");
        if (!copied.isBlank()) {
            index = new DocumentIndex(Path.of(copied));
        } else if (Boolean.getBoolean("qa.articles")) {
            index = DocumentIndex.inMemory();
            index.rebuild(ContentDocuments.documents());
            index.replaceAll(SourceType.ARTICLE, SeedArticles.chunks());
        }
        AssistantService offline = new AssistantService(index);
        String wardProperty = System.getProperty("qa.ward", "");
        WardContext ward = wardProperty.isBlank() ? WardContext.NONE : new WardContext(List.of(wardProperty.split(",")));
        ChatEngine assistant = ward.present() ? (question, conversationId) -> offline.answer(question, conversationId, ward) : offline;
        boolean verbose = Boolean.getBoolean("qa.verbose");
        String sets = System.getProperty("qa.sets", "sample,own,dev,blind,blind2,dev2,wards,blind3,blind4,blind5,blind6");
        for (String set : sets.split(",")) {
            if (QaSetScoresReport.class.getResource("/" + set + "-qa.jsonl") == null) {
                continue;
            }
            QaScorer scorer = new QaScorer(assistant);
            Map<String, int[]> kinds = new TreeMap<>();
            int passed = 0;
            List<QaCase> cases = QaCase.load("/" + set + "-qa.jsonl");
            for (QaCase qa : cases) {
                QaScorer.Outcome o = scorer.score(qa);
                int[] k = kinds.computeIfAbsent(qa.kind(), x -> new int[2]);
                k[1]++;
                if (o.passed()) {
                    k[0]++;
                    passed++;
                }
                if (List.of(System.getProperty("qa.show", "").split(",")).contains(qa.id())) {
                    System.out.println("SHOW " + qa + "\n" + o.answer().answer() + "\n");
                }
                if (!o.passed() && verbose) {
                    System.out.println("FAIL " + set + " " + qa + " | grounded=" + o.answer().grounded() + " kind="
                            + o.answer().reportKind().orElse("-") + " | " + o.answer().answer().replace('\n', ' '));
                }
            }
            StringBuilder line = new StringBuilder("SCORE " + (ward.present() ? ward.ward() + " " : "") + set + " " + passed + "/" + cases.size() + " :");
            kinds.forEach((k, v) -> line.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
            System.out.println(line);
        }
    }
}
