package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.testing.ContentDocuments;

/**
 * Issue 13, third pass: residents' everyday words for the plans' administrative ones, short ways to ask where to
 * report, the officials' abbreviations of bodies, lists that reach a plan ranked low, follow-ups with a topic of their own.
 */
class RoundThreeAnswersTest {

    private AssistantService assistant;

    @BeforeEach
    void newAssistant() {
        assistant = new AssistantService(ContentDocuments.sharedIndex());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Phường Đức Phổ có gặp gỡ nói chuyện với hộ kinh doanh về tiêu chuẩn chất lượng không? | đối thoại",
            "Ở Thành Đông tiền để đi kiểm tra, tuyên truyền lấy từ khoản nào? | ngân sách phường",
            "Đông Cứu giúp hộ buôn bán dán nhãn hàng thế nào? | nhãn",
            "Tiền Giang tính gì để có đội ngũ làm đo lường, chất lượng giỏi hơn? | nguồn nhân lực",
            "P.Thành Đông làm kế hoạch này căn cứ kế hoạch số mấy của UBND TP HP? | 289"})
    void should_answer_a_question_asked_in_everyday_words_from_the_plan(String question, String expected) {
        // when
        ChatAnswer answer = assistant.answer(question, null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).containsIgnoringCase(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ông bán gạo ngoài chợ cân điêu, tố ở đâu? | can-thieu",
            "Tôi muốn góp ý về việc xã tuyên truyền đo lường, gửi ý kiến ở đâu? | khac"})
    void should_link_the_report_form_when_a_resident_asks_where_in_few_words(String message, String kind) {
        // when
        ChatAnswer answer = assistant.answer(message, null);

        // then
        assertThat(answer.reportKind()).contains(kind);
        assertThat(answer.answer()).contains("/phan-anh?loai=" + kind);
    }

    @Test
    void should_read_ban_tt_as_the_standing_committee_of_the_fatherland_front() {
        // when
        ChatAnswer answer = assistant.answer("Ban TT UBMTTQVN phường Đức Phổ được đề nghị làm gì?", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("Ban Thường trực UBMTTQVN phường");
    }

    @Test
    void should_read_vh_xh_as_the_culture_and_society_office() {
        // when
        ChatAnswer answer = assistant.answer("Phòng VH-XH phường Đức Phổ chủ trì những việc gì?", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).anyMatch(c -> c.issuer().contains("Đức Phổ"));
    }

    @Test
    void should_list_a_plan_that_ranks_low_but_names_the_rarest_word_of_the_question() {
        // when
        ChatAnswer answer = assistant.answer("Các kế hoạch nào có nói về công nghệ blockchain?", null);

        // then
        assertThat(answer.citations()).extracting(Citation::issuer)
                .anyMatch(i -> i.contains("Đông Cứu"))
                .anyMatch(i -> i.contains("Đức Phổ"));
    }

    @Test
    void should_list_every_plan_with_the_report_deadline_when_asked_with_must() {
        // when
        ChatAnswer answer = assistant.answer("Những nơi nào phải gửi báo cáo trước 15 tháng 11?", null);

        // then
        assertThat(answer.citations()).extracting(Citation::issuer)
                .anyMatch(i -> i.contains("Đông Cứu"))
                .anyMatch(i -> i.contains("Đức Phổ"))
                .anyMatch(i -> i.contains("Thành Đông"));
    }

    @Test
    void should_ask_a_follow_up_with_a_topic_of_its_own_as_it_stands() {
        // given
        String conversation = UUID.randomUUID().toString();
        assistant.answer("Tiền Giang tính làm gì với người đứng ra báo vi phạm về cân đo, chất lượng?", conversation);

        // when
        ChatAnswer answer = assistant.answer("còn phường Hải Dương thì có khen thưởng gì không?", conversation);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).anyMatch(c -> c.issuer().contains("Hải Dương"));
        assertThat(answer.answer()).containsIgnoringCase("khen thưởng");
    }

    @Test
    void should_keep_the_previous_topic_when_a_follow_up_only_names_a_plan() {
        // given
        String conversation = UUID.randomUUID().toString();
        assistant.answer("Ai ký kế hoạch của phường Thành Đông?", conversation);

        // when
        ChatAnswer answer = assistant.answer("thế còn kế hoạch của Tiền Giang?", conversation);

        // then
        assertThat(answer.citations()).anyMatch(c -> c.issuer().contains("Tiền Giang"));
        assertThat(answer.answer()).contains("Võ Văn Bình");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ai là người đã tố cáo quầy thịt cân điêu ở chợ Đông Cứu vậy?",
            "người phản ánh cây xăng hôm qua là ai, tên gì?",
            "ai vua to giac cua hang ban sua gia vay"})
    void should_decline_to_say_who_reported_whatever_the_order_of_the_words(String message) {
        // when
        ChatAnswer answer = assistant.answer(message, null);

        // then
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.reportKind()).isEmpty();
        assertThat(answer.answer()).contains("không thể cung cấp thông tin cá nhân");
    }

    @Test
    void should_still_answer_who_receives_reports_from_the_plans() {
        // when
        ChatAnswer answer = assistant.answer("Ở Đông Cứu ai tiếp nhận, xử lý phản ánh về gian lận đo lường?", null);

        // then
        assertThat(answer.answer()).doesNotContain("không thể cung cấp thông tin cá nhân");
        assertThat(answer.grounded()).isTrue();
    }

    @Test
    void should_decline_a_question_about_a_numbered_instrument_the_documents_never_name() {
        // when: "100" and "đo lường" are in the plans ("100% các phương tiện đo"), "Nghị định 100" is not
        ChatAnswer answer = assistant.answer("Nghị định 100 về đo lường quy định những gì?", null);

        // then
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void should_still_answer_about_a_numbered_instrument_the_plans_name() {
        // when
        ChatAnswer answer = assistant.answer("Quyết định 1703 của Thủ tướng nói về gì?", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("1703");
    }
}
