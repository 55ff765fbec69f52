package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.EvalFold;
import vn.tdc.knowledge.testing.QaCase;
import vn.tdc.knowledge.testing.QaScorer;
import vn.tdc.knowledge.testing.SeedArticles;

/**
 * Scores the assistant and the search exactly like /work/shared/eval/chat_eval.py, on the sample set
 * ({@code sample-qa.jsonl}, copied from the evaluation) and on this module's own questions
 * ({@code own-qa.jsonl}: other phrasings, no diacritics, who/when/which body/how many/what to do,
 * out-of-scope and injection questions), on {@code blind-qa.jsonl} (questions written from the documents
 * before the answerer's code was read) and on {@code dev-qa.jsonl} (further probes written while improving the
 * answerer: paraphrases, chat abbreviations, near-domain questions the plans do not answer). No question is
 * special-cased in the code.
 */
class AnswerQualityTest {

    private static DocumentIndex index;
    private static AssistantService assistant;

    @BeforeAll
    static void loadContent() {
        index = ContentDocuments.sharedIndex();
        assistant = new AssistantService(index);
    }

    static Stream<QaCase> sampleQuestions() {
        return QaCase.load("/sample-qa.jsonl").stream();
    }

    static Stream<QaCase> ownQuestions() {
        return QaCase.load("/own-qa.jsonl").stream();
    }

    static Stream<QaCase> blindQuestions() {
        return QaCase.load("/blind-qa.jsonl").stream();
    }

    static Stream<QaCase> devQuestions() {
        return QaCase.load("/dev-qa.jsonl").stream();
    }

    static Stream<QaCase> answerableQuestions() {
        return Stream.of(sampleQuestions(), ownQuestions(), blindQuestions(), devQuestions()).flatMap(s -> s).filter(q -> !q.outOfScope());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleQuestions")
    void should_answer_the_sample_questions_like_the_evaluation_expects(QaCase qa) {
        assertPasses(qa);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownQuestions")
    void should_answer_our_own_questions_like_the_evaluation_expects(QaCase qa) {
        assertPasses(qa);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blindQuestions")
    void should_answer_the_blind_questions_like_the_evaluation_expects(QaCase qa) {
        assertPasses(qa);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devQuestions")
    void should_answer_the_development_questions_like_the_evaluation_expects(QaCase qa) {
        assertPasses(qa);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerableQuestions")
    void should_put_the_source_and_the_answer_in_the_top_three_search_hits(QaCase qa) {
        // when
        List<SearchHit> top = index.search(qa.question(), 3);

        // then
        if (!qa.sourceAny().isEmpty()) {
            assertThat(top).as("top-3 hits name the source").anyMatch(h -> namesSource(
                    h.documentId() + " " + h.title() + " " + h.issuer() + " " + h.section(), qa.sourceAny()));
        }
        String excerpts = EvalFold.fold(String.join(" ", top.stream().map(SearchHit::excerpt).toList()));
        assertThat(qa.expectAny()).as("an expected answer is in the top-3 excerpts").anyMatch(e -> excerpts.contains(EvalFold.fold(e)));
    }

    /**
     * The round-2 sets ({@code dev2-qa.jsonl}: tuning; {@code blind2-qa.jsonl}: held out, never tuned on) are scored with
     * {@link QaScorer} (lists name every plan, yes/no answers start with the answer, personal data is declined); the
     * scores reached when they were introduced must not drop. {@code blind3-qa.jsonl} (issue 13: roles asked in residents'
     * words, a third without diacritics, follow-ups, off-topic) was written before the role paraphrases were read and is
     * never tuned on: its floor is the score measured after that change (65 before it); 74 since the other services of a
     * ward's office (civil status, land, residence) are declined (two of its off-topic questions were among those
     * read). {@code blind4-qa.jsonl} holds off-topic questions written after that change: 7/8 before it, 8/8 after.
     * {@code blind5-qa.jsonl} (83 questions in the styles, written from the plans alone by someone who saw no code
     * and no other set) scored 67 on the code before it was read, 69 after the everyday-word expansions written before
     * reading it, 77 after its failures were read (abbreviations "Ban TT", "VH-XH"; "tố ở đâu"; lists naming a plan that
     * ranks low but holds the question's rarest word; modal "phải"), 81 after "rành/giỏi/đội ngũ", "làm" as no topic and
     * "P.Thành Đông": since it was read it is a tuning set too. blind3 reached 83 the same way (it had been read
     * before). {@code blind6-qa.jsonl} (62, written the same way after the first of those changes) has never been
     * read: 51 on the code before this pass, 55 after it.
     */
    @ParameterizedTest(name = "{0} at least {1}")
    @CsvSource({"/dev2-qa.jsonl, 45", "/blind2-qa.jsonl, 79", "/wards-qa.jsonl, 20", "/blind3-qa.jsonl, 83",
            "/blind4-qa.jsonl, 8", "/blind5-qa.jsonl, 81",
            "/blind6-qa.jsonl, 55"})
    void should_keep_the_round_two_scores(String set, int floor) {
        // given
        QaScorer scorer = new QaScorer(assistant);

        // when
        long passed = QaCase.load(set).stream().map(scorer::score).filter(QaScorer.Outcome::passed).count();

        // then
        assertThat(passed).isGreaterThanOrEqualTo(floor);
    }

    /**
     * Asked on the default ward's pages (xã Đông Cứu, where the portal puts a question naming no ward), every set scores as
     * without a ward: the ward's plan answers first only where it answers.
     */
    @ParameterizedTest(name = "{0} on xã Đông Cứu at least {1}")
    @CsvSource({"/sample-qa.jsonl, 9", "/own-qa.jsonl, 154", "/blind-qa.jsonl, 60", "/dev-qa.jsonl, 289", "/dev2-qa.jsonl, 45",
            "/blind2-qa.jsonl, 79"})
    void should_keep_the_scores_on_the_default_ward(String set, int floor) {
        // given
        WardContext dongCuu = WardContext.of("xa-dong-cuu", "bac-ninh");
        QaScorer scorer = new QaScorer((question, conversationId) -> assistant.answer(question, conversationId, dongCuu));

        // when
        long passed = QaCase.load(set).stream().map(scorer::score).filter(QaScorer.Outcome::passed).count();

        // then
        assertThat(passed).isGreaterThanOrEqualTo(floor);
    }

    /**
     * On the index the running portal has (the plans and its seed articles, each filed under its ward or province),
     * asked on xã Đông Cứu's pages: what the evaluation of the running portal measures (the same failures as a copy of
     * a fresh portal's {@code data/index}). Articles change the statistics and the passages answers are chosen from, so
     * these scores differ from the plans-only ones (on dev, "Chủ tịch UBND phường Thành Đông tên là gì?" is answered
     * because of them: left); they must not drop.
     */
    @ParameterizedTest(name = "{0} on the portal's index at least {1}")
    @CsvSource({"/sample-qa.jsonl, 9", "/own-qa.jsonl, 154", "/dev-qa.jsonl, 288", "/dev2-qa.jsonl, 45",
            "/blind2-qa.jsonl, 82", "/blind3-qa.jsonl, 85", "/blind5-qa.jsonl, 81", "/blind6-qa.jsonl, 57"})
    void should_keep_the_scores_on_the_portals_index_with_its_seed_articles(String set, int floor) throws IOException {
        // given
        WardContext dongCuu = WardContext.of("xa-dong-cuu", "bac-ninh");
        try (DocumentIndex portal = DocumentIndex.inMemory()) {
            portal.rebuild(ContentDocuments.documents());
            portal.replaceAll(SourceType.ARTICLE, SeedArticles.chunks());
            AssistantService onPortal = new AssistantService(portal);
            QaScorer scorer = new QaScorer((question, conversationId) -> onPortal.answer(question, conversationId, dongCuu));

            // when
            long passed = QaCase.load(set).stream().map(scorer::score).filter(QaScorer.Outcome::passed).count();

            // then
            assertThat(passed).isGreaterThanOrEqualTo(floor);
        }
    }

    private static void assertPasses(QaCase qa) {
        // when
        ChatAnswer answer = assistant.answer(qa.question(), null);

        // then
        if (qa.outOfScope()) {
            assertThat(answer.grounded()).as("out of scope must not be grounded: %s", answer.answer()).isFalse();
            assertThat(answer.citations()).isEmpty();
            return;
        }
        assertThat(answer.grounded()).as("grounded: %s", answer.answer()).isTrue();
        String folded = EvalFold.fold(answer.answer());
        assertThat(qa.expectAny()).as("answer contains an expected fact: %s", answer.answer())
                .anyMatch(e -> folded.contains(EvalFold.fold(e)));
        if (!qa.sourceAny().isEmpty()) {
            assertThat(answer.citations()).as("a citation names the source").anyMatch(c -> namesSource(
                    c.documentId() + " " + c.title() + " " + c.issuer() + " " + c.section(), qa.sourceAny()));
        }
        assertThat(answer.mode()).isEqualTo("offline");
        for (Citation c : answer.citations()) {
            for (String line : c.excerpt().split("\n")) {
                assertThat(answer.answer()).as("every cited passage is quoted").contains(line);
            }
        }
    }

    private static boolean namesSource(String haystack, List<String> keys) {
        String folded = EvalFold.fold(haystack);
        return keys.stream().anyMatch(k -> folded.contains(EvalFold.fold(k)));
    }
}
