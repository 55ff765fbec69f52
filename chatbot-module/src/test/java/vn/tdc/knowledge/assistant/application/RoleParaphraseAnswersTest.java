package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.testing.ContentDocuments;

/**
 * Residents ask who handles a task in their own words (issue 13): "bên nào phụ trách", "đứng ra lo", "chịu trách
 * nhiệm", "ai đảm nhiệm", "đầu mối". The plans say "chủ trì", "phối hợp", "là đầu mối tham mưu"; the question is
 * answered from them, and still declined when the task itself is not in the plans.
 */
class RoleParaphraseAnswersTest {

    private AssistantService assistant;

    @BeforeEach
    void newAssistant() {
        assistant = new AssistantService(ContentDocuments.sharedIndex());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "bên nào phụ trách tuyên truyền ở Thành Đông | tuyên truyền | Thành Đông",
            "phòng nào đứng ra lo việc báo cáo ở Đông Cứu | Phòng Văn hóa - Xã hội | Đông Cứu",
            "ở đức phổ đơn vị nào chịu trách nhiệm theo dõi đôn đốc kế hoạch | Phòng Văn hóa – Xã hội | Đức Phổ",
            "tien giang ben nao chiu trach nhiem tuyen truyen chi thi 38 | Ban Tuyên giáo Tỉnh ủy | Tiền Giang",
            "đức phổ bên nào đi xử mấy vụ hàng giả | Công an phường | Đức Phổ",
            "ở đông cứu ai lo vụ kiểm tra cân ở chợ vậy ạ | Phòng Kinh tế | Đông Cứu",
            "Tiền Giang tính làm gì để khuyến khích người dân tố cáo vi phạm? | khen thưởng | Tiền Giang",
            "Thành Đông lấy kinh phí từ đâu | ngân sách phường | Thành Đông"})
    void should_answer_a_role_asked_in_a_residents_words(String question, String expected, String place) {
        // when
        ChatAnswer answer = assistant.answer(question, null);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isTrue();
        assertThat(answer.answer()).contains(expected);
        assertThat(answer.citations()).anyMatch(c -> c.issuer().contains(place));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bên nào phụ trách thu phí rác ở phường Thành Đông?",
            "ai chịu trách nhiệm cấp phép quảng cáo ở đức phổ",
            "phuong ben nghe co ke hoach do luong khong"})
    void should_still_decline_a_role_over_a_task_the_plans_do_not_assign(String question) {
        // when
        ChatAnswer answer = assistant.answer(question, null);

        // then
        assertThat(answer.grounded()).as(answer.answer()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }
}
