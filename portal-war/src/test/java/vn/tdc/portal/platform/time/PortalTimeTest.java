package vn.tdc.portal.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTimeTest {

    @Test
    void should_be_vietnams_zone() {
        assertThat(PortalTime.ZONE.getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void should_put_an_instant_after_17_utc_on_the_next_day_in_vietnam() {
        // given 17:30 UTC, which is 00:30 the next day in Vietnam
        Instant lateEvening = Instant.parse("2026-11-30T17:30:00Z");

        // when / then
        assertThat(PortalTime.dateOf(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(PortalTime.monthOf(lateEvening)).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void should_keep_an_instant_before_17_utc_on_the_same_day() {
        assertThat(PortalTime.dateOf(Instant.parse("2026-11-30T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void should_start_a_day_at_vietnamese_midnight() {
        assertThat(PortalTime.startOf(LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    }

    @Test
    void should_start_a_month_at_midnight_of_its_first_day() {
        assertThat(PortalTime.startOf(YearMonth.of(2027, 1))).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
    }
}
