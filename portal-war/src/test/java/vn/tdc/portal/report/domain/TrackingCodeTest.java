package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingCodeTest {

    @Test
    void should_generate_codes_of_the_documented_shape_without_look_alike_characters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(TrackingCode.generate(2026).value());
        }

        assertThat(codes).hasSize(10_000)
                .allMatch(code -> code.matches("PA-2026-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}"));
    }

    @Test
    void should_read_what_a_resident_typed_in_lower_case_with_spaces() {
        assertThat(TrackingCode.parse("  pa-2026-7kq3xz4m ")).map(TrackingCode::value).contains("PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_refuse_anything_else() {
        assertThat(TrackingCode.parse("PA-2026-7KQ3XZ")).isEmpty();
        assertThat(TrackingCode.parse("PA-2026-7KQ3XZ0O")).isEmpty();
        assertThat(TrackingCode.parse("' OR 1=1 --")).isEmpty();
        assertThat(TrackingCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new TrackingCode("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
