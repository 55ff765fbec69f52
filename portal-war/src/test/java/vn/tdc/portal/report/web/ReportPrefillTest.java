package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPrefillTest {

    @Test
    void should_read_the_place_of_a_link_as_plain_text_of_the_fields_length() {
        assertThat(ReportPrefill.place("  Chợ Đông Cứu,\n sạp 12 ")).isEqualTo("Chợ Đông Cứu, sạp 12");
        assertThat(ReportPrefill.place("<script>alert(1)</script>Chợ")).isEqualTo("script alert(1) /script Chợ");
        assertThat(ReportPrefill.place("x".repeat(500))).hasSize(200);
        assertThat(ReportPrefill.place("\u0000\u202e ")).isNull();
        assertThat(ReportPrefill.place(null)).isNull();
    }

    @Test
    void should_put_the_instruments_line_in_front_of_the_description_once() {
        assertThat(ReportPrefill.description("Cân thiếu 2 lạng", "K7M2-Q9XA"))
                .isEqualTo("Mã phương tiện đo: K7M2-Q9XA\nCân thiếu 2 lạng");
        assertThat(ReportPrefill.description("Cân K7M2-Q9XA thiếu", "K7M2-Q9XA")).isEqualTo("Cân K7M2-Q9XA thiếu");
        assertThat(ReportPrefill.description("Cân thiếu", null)).isEqualTo("Cân thiếu");
        assertThat(ReportPrefill.description(" ", "K7M2-Q9XA")).isEqualTo(" ");
    }
}
