package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.SeedArticles;

/**
 * Answers on the index the running portal has: the plans and the seed articles (news of xã Đông Cứu, in everyday
 * words, some about the same subjects), asked on xã Đông Cứu's pages.
 */
class PortalIndexAnswersTest {

    private static final WardContext DONG_CUU = WardContext.of("xa-dong-cuu", "bac-ninh");

    private static DocumentIndex index;
    private static AssistantService assistant;

    @BeforeAll
    static void indexPlansAndSeedArticles() {
        index = DocumentIndex.inMemory();
        index.rebuild(ContentDocuments.documents());
        index.replaceAll(SourceType.ARTICLE, SeedArticles.chunks());
        assistant = new AssistantService(index);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void should_list_the_plans_naming_a_word_an_article_also_names() {
        // when: an article on traceability names blockchain too, and every passage says "kế hoạch"
        ChatAnswer answer = assistant.answer("Kế hoạch của những nơi nào có nói đến blockchain?", null, DONG_CUU);

        // then
        assertThat(answer.citations()).extracting(Citation::issuer)
                .anyMatch(i -> i.contains("Đông Cứu"))
                .anyMatch(i -> i.contains("Đức Phổ"));
    }

    @Test
    void should_decline_an_offices_address_that_only_an_article_about_reports_seems_to_give() {
        // when
        ChatAnswer answer = assistant.answer("Email của Sở Khoa học và Công nghệ Bắc Ninh là gì?", null, DONG_CUU);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isFalse();
    }

    @Test
    void should_answer_what_a_plan_carries_out_though_the_wards_own_article_is_among_the_passages() {
        // when
        ChatAnswer answer = assistant.answer("KH phường Đức Phổ triển khai KH số mấy của UBND tỉnh QNg?", null, DONG_CUU);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).contains("40/KH-UBND");
    }

    @Test
    void should_name_the_signer_of_a_plan_when_the_question_follows_one_about_another_plan() {
        // given
        String conversation = "portal-index-signer";
        assistant.answer("ai ky ke hoach cua xa dong cuu", conversation, DONG_CUU);

        // when: phường Thành Đông's news article is the best passage naming the place
        ChatAnswer answer = assistant.answer("vậy bên thành đông thì sao", conversation, DONG_CUU);

        // then
        assertThat(answer.answer()).contains("Vũ Kim Quang");
    }
}
