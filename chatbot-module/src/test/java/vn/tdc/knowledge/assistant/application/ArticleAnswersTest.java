package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.TestArticles;

/** The offline assistant answers from published articles as from documents, and cites them by their link. */
class ArticleAnswersTest {

    private static final String QUESTION = "Cân đối chứng ở chợ Đông Cứu đặt ở đâu?";

    private DocumentIndex index;
    private AssistantService assistant;

    @BeforeEach
    void indexDocumentsAndOneArticle() {
        index = DocumentIndex.inMemory();
        index.rebuild(ContentDocuments.documents());
        index.replace(TestArticles.ID, TestArticles.chunks());
        assistant = new AssistantService(index);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void should_answer_from_an_article_and_cite_it_with_its_type_and_link() {
        // when
        ChatAnswer answer = assistant.answer(QUESTION, null);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).contains("cổng chợ").contains("bài viết «" + TestArticles.TITLE + "»");
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.documentId()).isEqualTo(TestArticles.ID);
            assertThat(c.type()).isEqualTo("article");
            assertThat(c.url()).isEqualTo(TestArticles.URL);
        });
    }

    @Test
    void should_answer_an_unaccented_question_from_the_article() {
        // when
        ChatAnswer answer = assistant.answer("can doi chung cho dong cuu dat o dau", null);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.url()).containsOnly(TestArticles.URL);
    }

    @Test
    void should_no_longer_cite_an_article_once_it_is_deleted() {
        // given
        assertThat(assistant.answer(QUESTION, null).citations()).isNotEmpty();

        // when
        index.delete(TestArticles.ID);
        ChatAnswer answer = assistant.answer(QUESTION, null);

        // then
        assertThat(answer.citations()).noneMatch(c -> c.documentId().equals(TestArticles.ID) || c.type().equals("article"));
        assertThat(answer.answer()).doesNotContain("cổng chợ");
    }

    @Test
    void should_keep_an_article_when_the_documents_are_indexed_again() {
        // when
        index.rebuild(ContentDocuments.documents());

        // then
        assertThat(assistant.answer(QUESTION, null).citations()).extracting(c -> c.url()).containsOnly(TestArticles.URL);
    }

    @Test
    void should_not_answer_an_everyday_question_from_an_article_that_shares_its_words() {
        // when: "mua" (buy) folds like "mưa" (rain) and "giờ sáng" is in the article, but rain is not its subject
        ChatAnswer rain = assistant.answer("Sáng mai mấy giờ trời mưa?", null);

        // then
        assertThat(rain.grounded()).as(rain.answer()).isFalse();
        assertThat(rain.citations()).isEmpty();
    }

    @Test
    void should_prefer_the_plans_when_they_answer_the_question() {
        // given an article that also speaks of the Đông Cứu market
        // when
        ChatAnswer answer = assistant.answer("Xã Đông Cứu giao cơ quan nào chủ trì công tác tuyên truyền?", null);

        // then
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isEqualTo("document"));
    }

    @Test
    void should_not_take_an_article_about_writing_a_report_for_an_offices_address() {
        // given: an article tells residents to write their own address, phone number and email in a report
        IndexChunk howTo = TestArticles.chunks().get(2);
        index.replace(TestArticles.ID, List.of(TestArticles.chunks().get(0), new IndexChunk(howTo.source(), "3",
                "Cách gửi phản ánh", howTo.context(), "Cách gửi phản ánh",
                "Cách gửi phản ánh\nGhi rõ họ tên, địa chỉ, số điện thoại và email của bạn để cán bộ liên hệ lại.")));

        // when
        ChatAnswer answer = assistant.answer("Sở Khoa học và Công nghệ tỉnh Bắc Ninh ở địa chỉ nào?", null);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isFalse();
    }
}
