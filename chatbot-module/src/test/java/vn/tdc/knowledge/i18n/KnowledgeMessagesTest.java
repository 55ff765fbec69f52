package vn.tdc.knowledge.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class KnowledgeMessagesTest {

    @Test
    void should_read_vietnamese_text_of_the_utf8_bundle_as_written() {
        // when
        String message = KnowledgeMessages.get("upload.no-pdf-text");

        // then
        assertThat(message).isEqualTo(
                "Tệp PDF không có chữ để đọc (có thể là bản scan). Hãy tải lên bản PDF có lớp chữ hoặc tệp DOCX.");
    }

    @Test
    void should_put_the_arguments_in_as_given_without_formatting_numbers() {
        // when
        String message = KnowledgeMessages.format("upload.metadata.too-long", "Số hiệu", "1000");
        String guidance = KnowledgeMessages.format("answer.report-guidance", "cân thiếu, cân điêu", "/phan-anh", "can-thieu");

        // then
        assertThat(message).isEqualTo("Số hiệu dài quá 1000 ký tự.");
        assertThat(guidance).isEqualTo("Nếu bạn muốn phản ánh về cân thiếu, cân điêu, hãy gửi phản ánh tại "
                + "/phan-anh?loai=can-thieu để cơ quan chức năng kiểm tra, xử lý.");
    }

    @Test
    void should_fail_loudly_on_a_key_the_bundle_does_not_have() {
        // when / then
        assertThatThrownBy(() -> KnowledgeMessages.get("answer.no-such-key")).isInstanceOf(MissingResourceException.class);
    }
}
