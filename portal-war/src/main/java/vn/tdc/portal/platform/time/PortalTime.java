package vn.tdc.portal.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The portal's civil time: Vietnam's ({@code Asia/Ho_Chi_Minh}). Dates residents and officers see — due dates,
 * "today", months of the statistics, a date typed into a filter — are days of this zone; instants are stored in UTC
 * and turned into days only here, never by arithmetic in SQL.
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day, in Vietnam, on which {@code instant} falls. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The month, in Vietnam, in which {@code instant} falls. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(dateOf(instant));
    }

    /** The first instant of {@code day} in Vietnam (its midnight). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant of {@code month} in Vietnam. */
    public static Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }
}
