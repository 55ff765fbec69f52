package vn.tdc.portal.article.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.RecordingValidatorContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    private static final PlainTextValidator RULES = new PlainTextValidator();

    @PlainText(max = 10)
    String tenCharacters;

    @PlainText(max = 40)
    List<String> tags;

    @Test
    void should_accept_vietnamese_text_with_punctuation_and_an_absent_optional_text() {
        assertThat(RULES.brokenRule("Chợ Đông Cửu: cân đối chứng (1 < 2)", 300, true)).isNull();
        assertThat(RULES.brokenRule(null, 300, false)).isNull();
        assertThat(RULES.brokenRule("   ", 300, false)).isNull();
    }

    @Test
    void should_require_a_required_text_after_stripping_spaces() {
        assertThat(RULES.brokenRule("  \t ", 300, true)).isEqualTo("article.validation.required");
    }

    @Test
    void should_reject_a_text_longer_than_the_limit_after_stripping() {
        assertThat(RULES.brokenRule(" " + "a".repeat(40) + " ", 40, false)).isNull();
        assertThat(RULES.brokenRule("a".repeat(41), 40, false)).isEqualTo("article.validation.too_long");
    }

    @Test
    void should_reject_markup_and_script_urls() {
        assertThat(RULES.brokenRule("Tin <b>nóng</b>", 300, true)).isEqualTo("article.validation.markup");
        assertThat(RULES.brokenRule("xem JavaScript:alert(1)", 300, true))
                .isEqualTo("article.validation.markup");
        assertThat(RULES.brokenRule("a <!-- b -->", 300, true)).isEqualTo("article.validation.markup");
    }

    @Test
    void should_reject_text_that_was_not_valid_utf8() {
        assertThat(RULES.brokenRule("Ch\uFFFD", 300, true)).isEqualTo("report.validation.invalid_encoding");
    }

    @Test
    void should_report_the_article_message_with_the_limit() {
        // given
        PlainTextValidator validator = new PlainTextValidator();
        validator.initialize(rule("tenCharacters"));
        RecordingValidatorContext recording = new RecordingValidatorContext();

        // when
        boolean valid = validator.isValid("Một tiêu đề dài", recording.context());

        // then
        assertThat(valid).isFalse();
        assertThat(recording.reported()).containsExactly("Nội dung dài quá 10 ký tự.");
    }

    @Test
    void should_report_the_first_broken_rule_of_a_list_once() {
        // given
        PlainTextListValidator validator = new PlainTextListValidator();
        validator.initialize(rule("tags"));
        RecordingValidatorContext recording = new RecordingValidatorContext();

        // when
        boolean valid = validator.isValid(List.of("chợ", "<i>cân</i>", "a".repeat(41)), recording.context());

        // then
        assertThat(valid).isFalse();
        assertThat(recording.reported())
                .containsExactly("Mục này chỉ nhận chữ thường, không nhận thẻ HTML hay mã lệnh.");
        assertThat(validator.isValid(List.of("chợ", " cân "), new RecordingValidatorContext().context())).isTrue();
    }

    private static PlainText rule(String field) {
        try {
            return PlainTextTest.class.getDeclaredField(field).getAnnotation(PlainText.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
