package vn.tdc.portal.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundleViolationTest {

    @Test
    void should_report_the_bundle_text_of_the_key_with_its_arguments_instead_of_the_default_message() {
        // given
        RecordingValidatorContext recording = new RecordingValidatorContext();

        // when
        boolean valid = BundleViolation.reject(recording.context(), "report.validation.too_long", 200);

        // then
        assertThat(valid).isFalse();
        assertThat(recording.reported()).containsExactly("Nội dung dài quá 200 ký tự.");
    }

    @Test
    void should_escape_template_syntax_so_the_text_interpolates_to_itself() {
        assertThat(BundleViolation.literal("Giá {0} là $5 \\ đồng")).isEqualTo("Giá \\{0\\} là \\$5 \\\\ đồng");
    }
}
