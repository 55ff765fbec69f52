package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.TestArticles;

/**
 * Questions asked on a ward's pages (issue 10, assistant; issue 13, last bullet): the ward's own plan first, then its
 * province's, then national sources, then other places' plans saying so; "ở đây" is the ward; a named place wins.
 */
class WardAnswersTest {

    private static final WardContext DONG_CUU = WardContext.of("xa-dong-cuu", "bac-ninh");
    private static final WardContext DUC_PHO = WardContext.of("phuong-duc-pho", "quang-ngai");
    private static final WardContext THANH_DONG = WardContext.of("phuong-thanh-dong", "hai-phong");

    private static DocumentIndex index;
    private static AssistantService assistant;

    @BeforeAll
    static void indexThePlansAndTwoWardsArticles() {
        index = DocumentIndex.inMemory();
        index.rebuild(ContentDocuments.documents());
        index.replace(TestArticles.ID, TestArticles.chunks());
        index.replace(TestArticles.THANH_DONG_ID, TestArticles.thanhDongChunks());
        assistant = new AssistantService(index);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @CsvSource({
            "hang gia xu ly the nao, xa-dong-cuu, bac-ninh, ke-hoach-ubnd-xa-dong-cuu",
            "hang gia xu ly the nao, phuong-duc-pho, quang-ngai, ke-hoach-ubnd-phuong-duc-pho",
            "hang gia xu ly the nao, phuong-thanh-dong, hai-phong, ke-hoach-kh-ubnd-phuong-thanh-dong",
            "hang gia xu ly the nao, phuong-hai-duong, hai-phong, ke-hoach-kh-du-dang-uy-phuong-hai-duong",
            "Phòng nào chủ trì theo dõi thực hiện kế hoạch?, xa-dong-cuu, bac-ninh, ke-hoach-ubnd-xa-dong-cuu",
            "Phòng nào chủ trì theo dõi thực hiện kế hoạch?, phuong-duc-pho, quang-ngai, ke-hoach-ubnd-phuong-duc-pho",
            "tuyen truyen qua nhung kenh nao, xa-dong-cuu, bac-ninh, ke-hoach-ubnd-xa-dong-cuu",
            "tuyen truyen qua nhung kenh nao, phuong-thanh-dong, hai-phong, ke-hoach-kh-ubnd-phuong-thanh-dong",
    })
    void should_answer_the_same_question_from_each_wards_own_plan(String question, String ward, String province, String plan) {
        // when
        ChatAnswer answer = assistant.answer(question, null, WardContext.of(ward, province));

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).as(answer.answer()).extracting(Citation::documentId).containsOnly(plan);
        assertThat(answer.citations()).extracting(Citation::level).containsOnly("xa");
        assertThat(answer.answer()).doesNotContain("chưa đề cập");
    }

    @Test
    void should_read_here_as_the_current_ward() {
        // when
        ChatAnswer thanhDong = assistant.answer("ở đây có cân đối chứng không", null, THANH_DONG);
        ChatAnswer dongCuu = assistant.answer("o day co can doi chung khong", null, DONG_CUU);

        // then
        assertThat(thanhDong.grounded()).as(thanhDong.answer()).isTrue();
        assertThat(thanhDong.answer()).startsWith("Có.");
        assertThat(thanhDong.citations()).extracting(Citation::documentId).containsOnly(TestArticles.THANH_DONG_ID);
        assertThat(dongCuu.citations()).as(dongCuu.answer()).extracting(Citation::documentId).containsOnly(TestArticles.ID);
    }

    @Test
    void should_go_to_the_nearest_source_when_here_has_nothing_and_say_so() {
        // when
        ChatAnswer answer = assistant.answer("ở đây có cân đối chứng không", null, DUC_PHO);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).startsWith("Kế hoạch của phường/xã bạn chưa đề cập; theo bài viết «");
        assertThat(answer.citations()).extracting(Citation::documentId).doesNotContain("ke-hoach-ubnd-phuong-duc-pho");
    }

    @ParameterizedTest
    @CsvSource({
            "ai ký kế hoạch của xã mình, Nguyễn Thanh Tùng",
            "kế hoạch của địa phương mình giao ai chủ trì, Văn hóa",
    })
    void should_read_our_ward_as_the_current_ward(String question, String expected) {
        // when
        ChatAnswer answer = assistant.answer(question, null, DONG_CUU);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).contains(expected);
        assertThat(answer.citations()).extracting(Citation::documentId).containsOnly("ke-hoach-ubnd-xa-dong-cuu");
    }

    @Test
    void should_let_a_place_named_in_the_question_win_over_the_ward() {
        // when
        ChatAnswer answer = assistant.answer("phường Đức Phổ xử lý hàng giả thế nào", null, DONG_CUU);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).extracting(Citation::documentId).containsOnly("ke-hoach-ubnd-phuong-duc-pho");
        assertThat(answer.answer()).doesNotContain("chưa đề cập");
    }

    @Test
    void should_answer_from_the_province_when_the_ward_has_no_plan_and_say_its_level() {
        // when
        ChatAnswer answer = assistant.answer("Ban Tuyên giáo có nhiệm vụ gì?", null, WardContext.of("xa-tan-phuoc", "tien-giang"));

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).extracting(Citation::documentId).containsOnly("ke-hoach-168-kh-tu-tinh-uy-tien-giang");
        assertThat(answer.citations()).extracting(Citation::level).containsOnly("tinh");
        assertThat(answer.answer()).doesNotContain("chưa đề cập");
    }

    @Test
    void should_say_so_when_only_other_places_plans_answer() {
        // when
        ChatAnswer answer = assistant.answer("hang gia xu ly the nao", null, WardContext.of("phuong-moi", "tinh-moi"));

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).contains("Kế hoạch của phường/xã bạn chưa đề cập; theo kế hoạch của ");
        assertThat(answer.answer().indexOf("chưa đề cập")).isLessThan(answer.answer().indexOf("«"));
    }

    @Test
    void should_put_the_report_link_first_and_then_say_that_the_ward_plan_is_silent() {
        // when
        ChatAnswer answer = assistant.answer("tôi mua phải hàng giả thì xử lý thế nào", null, WardContext.of("phuong-moi", "tinh-moi"));

        // then
        assertThat(answer.reportKind()).contains("hang-gia");
        assertThat(answer.answer()).startsWith("Nếu bạn muốn phản ánh");
    }

    @Test
    void should_answer_without_a_ward_as_before() {
        // when
        ChatAnswer withoutWard = assistant.answer("hang gia xu ly the nao", null);
        ChatAnswer withNone = assistant.answer("hang gia xu ly the nao", null, WardContext.NONE);

        // then
        assertThat(withNone.answer()).isEqualTo(withoutWard.answer());
        assertThat(withNone.citations()).isEqualTo(withoutWard.citations());
    }

    @Test
    void should_keep_a_follow_up_on_the_ward() {
        // given
        ChatAnswer first = assistant.answer("hang gia xu ly the nao", null, DUC_PHO);

        // when
        ChatAnswer next = assistant.answer("còn tuyên truyền thì sao?", first.conversationId(), DUC_PHO);

        // then
        assertThat(next.grounded()).as(next.answer()).isTrue();
        assertThat(next.citations()).extracting(Citation::documentId).containsOnly("ke-hoach-ubnd-phuong-duc-pho");
    }
}
