package vn.tdc.portal.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.portal.assistant.domain.QuestionType;

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
            "Kế hoạch của Tiền Giang | GENERAL"})
    void should_detect_the_question_type_from_the_raw_question(String question, QuestionType expected) {
        // when
        QuestionType type = classifier.classify(question);

        // then
        assertThat(type).isEqualTo(expected);
    }
}
