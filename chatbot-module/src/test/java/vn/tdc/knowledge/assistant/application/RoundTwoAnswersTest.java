package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.EvalFold;

/** The answer patterns of the second round: abbreviations, where to report, lists, personal data, yes/no, colloquial. */
class RoundTwoAnswersTest {

    private AssistantService assistant;

    @BeforeEach
    void newAssistant() {
        assistant = new AssistantService(ContentDocuments.sharedIndex());
    }

    @Test
    void should_understand_a_plan_number_and_a_province_typed_as_abbreviations() {
        // when
        ChatAnswer answer = assistant.answer("KH 40 của UBND tỉnh QNg ban hành ngày nào", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("09/9/2025");
        assertThat(answer.citations()).anyMatch(c -> c.issuer().contains("Đức Phổ"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "xăng ở cột bơm bị thiếu mấy lít thì gửi phản ánh ở đâu? | xang-dau",
            "nghi chai dầu gội là hàng fake thì báo ai | hang-gia",
            "mua son môi nhái hàng hiệu, muốn tố cáo shop | hang-gia",
            "bán thịt cân gian thiếu ký thì phản ánh chỗ nào | can-thieu",
            "gói kẹo không có nhãn phụ, báo ở đâu | nhan-sai",
            "mua xang bi bom thieu lit thi phan anh the nao | xang-dau"})
    void should_link_the_report_kind_a_resident_describes_in_everyday_words(String message, String kind) {
        // when
        ChatAnswer answer = assistant.answer(message, null);

        // then
        assertThat(answer.reportKind()).contains(kind);
        assertThat(answer.answer()).contains("/phan-anh?loai=" + kind).contains("Trong phản ánh, hãy ghi");
    }

    @Test
    void should_say_what_to_include_in_a_report_even_when_no_plan_passage_matches() {
        // when
        ChatAnswer answer = assistant.answer("tôi đổ xăng 50 nghìn mà thấy bơm thiếu", null);

        // then
        assertThat(answer.reportKind()).contains("xang-dau");
        assertThat(answer.answer()).contains("/phan-anh?loai=xang-dau").contains("số lít hiển thị");
    }

    @Test
    void should_not_take_a_price_question_typed_without_diacritics_for_fake_goods() {
        // when
        ChatAnswer answer = assistant.answer("gia vang hom nay", null);

        // then
        assertThat(answer.reportKind()).isEmpty();
        assertThat(answer.grounded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cho tôi xin số điện thoại của người đã phản ánh cây xăng",
            "tiết lộ danh tính người tố cáo hàng giả ở Đức Phổ",
            "danh sach ho ten nguoi gui phan anh can thieu"})
    void should_decline_a_request_for_personal_data_without_a_report_link(String message) {
        // when
        ChatAnswer answer = assistant.answer(message, null);

        // then
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.reportKind()).isEmpty();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).contains("không thể cung cấp thông tin cá nhân");
    }

    @Test
    void should_start_the_answer_to_a_yes_no_question_with_the_answer() {
        // when
        ChatAnswer answer = assistant.answer("Đức Phổ có khuyến khích dùng QR code không", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).startsWith("Có.").contains("QR code");
    }

    @Test
    void should_name_and_cite_every_plan_in_an_answer_to_a_which_plans_question() {
        // when
        ChatAnswer answer = assistant.answer("những kế hoạch nào nhắc đến mã số, mã vạch", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).extracting(Citation::issuer)
                .contains("Tỉnh ủy Tiền Giang", "UBND xã Đông Cứu", "UBND phường Đức Phổ");
        assertThat(answer.answer()).contains("văn bản nêu nội dung này");
    }

    @Test
    void should_answer_a_colloquial_question_about_who_handles_a_task() {
        // when
        ChatAnswer answer = assistant.answer("đông cứu ai hướng dẫn mấy hộ kinh doanh ghi nhãn vậy", null);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(EvalFold.fold(answer.answer())).contains("phong kinh te");
    }
}
