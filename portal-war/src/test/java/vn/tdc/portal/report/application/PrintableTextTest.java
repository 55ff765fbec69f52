package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.RecordingValidatorContext;


import static org.assertj.core.api.Assertions.assertThat;

class PrintableTextTest {

    private static final PrintableTextValidator RULES = new PrintableTextValidator();

    @PrintableText(max = 5)
    String fiveCharacters;

    @Test
    void should_accept_vietnamese_text_with_line_breaks_tabs_and_emoji() {
        assertThat(RULES.brokenRule("Cân thiếu ở chợ\r\n\tquầy 3 😡", 200, true)).isNull();
        assertThat(RULES.brokenRule(null, 200, false)).isNull();
    }

    @Test
    void should_require_a_required_text_after_stripping_spaces() {
        assertThat(RULES.brokenRule(" \n ", 200, true)).isEqualTo("report.validation.required");
    }

    @Test
    void should_reject_a_text_longer_than_the_limit_after_stripping() {
        assertThat(RULES.brokenRule("  " + "a".repeat(20) + "  ", 20, false)).isNull();
        assertThat(RULES.brokenRule("a".repeat(21), 20, false))
                .isEqualTo("report.validation.too_long");
    }

    @Test
    void should_reject_control_characters_other_than_line_breaks_and_tabs() {
        assertThat(RULES.brokenRule("chợ\u0000", 200, false))
                .isEqualTo("report.validation.control_characters");
        assertThat(RULES.brokenRule("chợ\u001B[31m", 200, false))
                .isEqualTo("report.validation.control_characters");
    }

    @Test
    void should_reject_replacement_characters_and_broken_surrogate_pairs() {
        assertThat(RULES.brokenRule("ch\uFFFD", 200, false))
                .isEqualTo("report.validation.invalid_encoding");
        assertThat(RULES.brokenRule("a\uD83D b", 200, false))
                .isEqualTo("report.validation.invalid_encoding");
        assertThat(RULES.brokenRule("a\uDE21", 200, false))
                .isEqualTo("report.validation.invalid_encoding");
        assertThat(RULES.brokenRule("a\uD83D", 200, false))
                .isEqualTo("report.validation.invalid_encoding");
    }

    @Test
    void should_report_the_report_message_with_the_limit() {
        // given
        PrintableTextValidator validator = new PrintableTextValidator();
        validator.initialize(rule("fiveCharacters"));
        RecordingValidatorContext recording = new RecordingValidatorContext();

        // when
        boolean valid = validator.isValid("quá năm ký tự", recording.context());

        // then
        assertThat(valid).isFalse();
        assertThat(recording.reported()).containsExactly("Nội dung dài quá 5 ký tự.");
    }

    private static PrintableText rule(String field) {
        try {
            return PrintableTextTest.class.getDeclaredField(field).getAnnotation(PrintableText.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
