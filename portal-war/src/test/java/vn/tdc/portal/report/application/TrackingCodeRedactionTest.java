package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No tracking code, the resident's credential, is shown in a text read by anyone but the officers. */
class TrackingCodeRedactionTest {

    @Test
    void should_replace_every_tracking_code_in_a_public_text_by_a_neutral_phrase() {
        // given a closing reason of older data naming the original report
        String reason = "Trùng với phản ánh PA-2026-7KQ3XZ4M; xem thêm PA-2025-ABCDEFGH.";

        // when
        String shown = TrackingCodeRedaction.redact(reason);

        // then
        assertThat(shown).isEqualTo("Trùng với phản ánh một phản ánh khác; xem thêm một phản ánh khác.");
    }

    @Test
    void should_replace_a_tracking_code_written_as_residents_type_it() {
        // given codes in lower case, with spaces, with a dash other than the hyphen, or without separators
        for (String text : new String[]{"mã pa-2026-7kq3xz4m", "mã PA 2026 7KQ3XZ4M", "mã PA–2026–7KQ3XZ4M",
                "mã PA20267KQ3XZ4M", "mã PA-2026-7KQ3XZ4M."}) {
            // when
            String shown = TrackingCodeRedaction.redact(text);

            // then
            assertThat(shown).as(text).startsWith("mã một phản ánh khác").doesNotContainIgnoringCase("7KQ3XZ4M");
        }
    }

    @Test
    void should_leave_a_text_without_tracking_codes_as_it_is() {
        // given
        String text = "Đã kiểm tra cân tại sạp số 12 ngày 21/11/2026, PA-2026 chưa có mã; giá 2026 đồng.";

        // then
        assertThat(TrackingCodeRedaction.redact(text)).isEqualTo(text);
        assertThat(TrackingCodeRedaction.redact(null)).isNull();
    }
}
