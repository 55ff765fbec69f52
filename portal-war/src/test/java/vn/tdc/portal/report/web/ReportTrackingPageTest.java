package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTrackingPageTest {

    @Test
    void should_read_a_code_typed_in_lower_case_with_spaces() {
        assertThat(ReportTrackingPage.normalise("  pa-2026-7kq3xz4m ")).isEqualTo("PA-2026-7KQ3XZ4M");
        assertThat(ReportTrackingPage.normalise("PA 2026 7KQ3 XZ4M")).isEqualTo("PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_read_a_code_typed_without_hyphens() {
        assertThat(ReportTrackingPage.normalise("pa20267kq3xz4m")).isEqualTo("PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_leave_anything_else_for_the_lookup_to_refuse() {
        assertThat(ReportTrackingPage.normalise("<b>abc</b>")).isEqualTo("<B>ABC</B>");
    }
}
