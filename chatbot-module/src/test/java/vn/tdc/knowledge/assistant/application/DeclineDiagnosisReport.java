package vn.tdc.knowledge.assistant.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.tdc.knowledge.search.analysis.Abbreviations;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.QaCase;
import vn.tdc.knowledge.testing.QaScorer;

/**
 * Counts the wrong declines of every QA set ({@code mvn -pl chatbot-module test -Dtest=DeclineDiagnosisReport
 * -Dqa.declines=true}): answerable questions answered "chưa tìm thấy", each put down to the check that declined it
 * (proper name, absent fact, or the extractive coverage, with the best coverage reached and the terms of the question).
 */
@EnabledIfSystemProperty(named = "qa.declines", matches = "true")
class DeclineDiagnosisReport {

    @Test
    void print_the_wrong_declines_of_every_set() {
        DocumentIndex index = ContentDocuments.sharedIndex();
        AssistantService assistant = new AssistantService(index);
        ProperNameCheck names = new ProperNameCheck(index);
        AbsentFactCheck absent = new AbsentFactCheck(index);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(AnswerPolicy.defaults());
        for (String set : List.of("sample", "own", "dev", "blind", "blind2", "dev2", "wards", "blind3", "blind5")) {
            QaScorer scorer = new QaScorer(assistant);
            Map<String, Integer> byCheck = new TreeMap<>();
            int answerable = 0;
            for (QaCase qa : QaCase.load("/" + set + "-qa.jsonl")) {
                QaScorer.Outcome o = scorer.score(qa);
                if (qa.reportKind() != null) {
                    continue;
                }
                if (qa.outOfScope() || qa.kind().equals("personal_data")) {
                    if (o.answer().grounded()) {
                        byCheck.merge("wrongly-grounded", 1, Integer::sum);
                        System.out.println("GROUNDED " + set + " " + qa.id() + " " + qa.question());
                    }
                    continue;
                }
                answerable++;
                if (o.answer().grounded()) {
                    continue;
                }
                String message = Abbreviations.question(qa.question().strip());
                FoldedText folded = FoldedText.of(message);
                String check;
                String detail = "";
                if (names.namesUnknownEntity(message)) {
                    check = "proper-name";
                } else if (absent.asksForAbsentFact(folded)) {
                    check = "absent-fact";
                } else {
                    check = qa.after() != null ? "follow-up" : "coverage";
                    SearchPlan plan = index.plan(message, AnswerPolicy.defaults().passages(), Optional.empty());
                    List<Passage> passages = index.retrieve(plan);
                    double[] idf = index.inverseDocumentFrequencies(plan.terms().stream().map(QueryTerm::folded).toList());
                    double coverage = answerer.extract(plan, new QuestionClassifier().classify(folded), passages, idf).coverage();
                    detail = String.format(" cov=%.2f terms=%s", coverage, plan.terms().stream()
                            .map(t -> t.folded() + (t.weak() ? "~" : "") + (t.alternatives().isEmpty() ? "" : "+" + t.alternatives()))
                            .collect(Collectors.joining(",")));
                }
                byCheck.merge(check, 1, Integer::sum);
                System.out.println("DECLINED " + set + " " + qa.id() + " [" + check + "]" + detail + " | " + qa.question());
            }
            System.out.println("DECLINES " + set + " answerable=" + answerable + " " + byCheck);
        }
    }
}
