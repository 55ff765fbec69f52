package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdc.knowledge.assistant.domain.QuestionType;

class QuestionClassifierTest {

    private final QuestionClassifier classifier = new QuestionClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch được ban hành ngày nào? | WHEN",
            "bao gio phai nop bao cao | WHEN",
            "Thời hạn báo cáo là khi nào? | WHEN",
            "Ai ký kế hoạch của phường Hải Dương? | SIGNER",
            "nguoi ky ke hoach la ai | SIGNER",
            "Ai báo cáo định kỳ hằng năm? | WHO",
            "Cơ quan nào chủ trì tuyên truyền? | WHICH_BODY",
            "phong nao tham muu bo tri kinh phi | WHICH_BODY",
            "Phấn đấu bao nhiêu hộ kinh doanh áp dụng? | HOW_MANY",
            "ty le phuong tien do duoc kiem dinh | HOW_MANY",
            "Trung tâm cung ứng dịch vụ làm gì? | WHAT_TO_DO",
            "tuyen truyen qua nhung kenh nao | WHAT_TO_DO",
            "Tập huấn cho ai? | WHO",
            "Kế hoạch của Tiền Giang | GENERAL",
            "Ngoài ngân sách, xã Đông Cứu huy động nguồn lực nào? | GENERAL",
            "Kế hoạch căn cứ vào những văn bản nào? | GENERAL",
            "Cửa hàng có mấy cái máy đo? | HOW_MANY",
            "Cửa hàng có máy đo không? | GENERAL",
            "dang uy phuong hai duong ban hanh ke hoach thang may | WHEN",
            "Xã báo cáo mấy lần một năm? | WHEN",
            "Kế hoạch 168-KH/TU được ký với tư cách gì? | SIGNER",
            "phuong hai duong thi ai lo vu tuyen truyen | WHICH_BODY",
            "Liệt kê các hình thức tuyên truyền | WHAT_TO_DO"})
    void should_detect_the_question_type_from_the_raw_question(String question, QuestionType expected) {
        // when
        QuestionType type = classifier.classify(question);

        // then
        assertThat(type).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mấy ông tổ trưởng dân phố ở Thành Đông có được tập huấn không",
            "hải dương mấy chi bộ trường học với trạm y tế phải làm gì",
            "Phường Thành Đông kiểm tra mấy lĩnh vực nào?"})
    void should_read_may_as_a_plural_when_something_else_is_asked(String question) {
        // when
        QuestionType type = classifier.classify(question);

        // then
        assertThat(type).isNotEqualTo(QuestionType.HOW_MANY);
    }

    @Test
    void should_still_read_may_alone_as_how_many() {
        // when
        QuestionType type = classifier.classify("Đông Cứu phấn đấu mấy câu lạc bộ");

        // then
        assertThat(type).isEqualTo(QuestionType.HOW_MANY);
    }
}
