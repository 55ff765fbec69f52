package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTest {

    private final ReportFormat format = new ReportFormat();

    @Test
    void should_write_instants_in_vietnam_time() {
        assertThat(format.when(Instant.parse("2026-11-21T17:30:00Z"))).isEqualTo("22/11/2026 00:30");
        assertThat(format.when(null)).isEmpty();
    }

    @Test
    void should_write_dates_day_first() {
        assertThat(format.date(LocalDate.of(2026, 3, 7))).isEqualTo("07/03/2026");
    }

    @Test
    void should_name_states_and_events_in_vietnamese() {
        assertThat(format.status("khong-du-can-cu")).isEqualTo("Không đủ căn cứ xử lý");
        assertThat(format.event("STATUS_CHANGED")).isEqualTo("Chuyển trạng thái");
    }

    @Test
    void should_fall_back_to_the_code_of_an_unknown_state() {
        assertThat(format.status("la-lung")).isEqualTo("la-lung");
        assertThat(format.status(null)).isEmpty();
    }

    @Test
    void should_link_a_map_point_to_openstreetmap_with_a_marker() {
        // given
        BigDecimal latitude = new BigDecimal("21.028500");
        BigDecimal longitude = new BigDecimal("105.854200");

        // when / then
        assertThat(format.coordinates(latitude, longitude)).isEqualTo("21.0285, 105.8542");
        assertThat(format.mapUrl(latitude, longitude))
                .isEqualTo("https://www.openstreetmap.org/?mlat=21.0285&mlon=105.8542#map=18/21.0285/105.8542");
    }

    @Test
    void should_give_no_map_link_without_both_coordinates() {
        assertThat(format.mapUrl(new BigDecimal("21.0"), null)).isEmpty();
        assertThat(format.coordinates(null, null)).isEmpty();
    }
}
