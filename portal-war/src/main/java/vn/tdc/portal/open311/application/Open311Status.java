package vn.tdc.portal.open311.application;

import vn.tdc.portal.report.domain.ReportStatus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GeoReport v2 knows two states: a report is {@code closed} once it was handled ({@code da-xu-ly}) or found
 * unfounded ({@code khong-du-can-cu}) and {@code open} in every other state; the detailed state goes in
 * {@code status_notes}.
 */
public enum Open311Status {
    OPEN,
    CLOSED;

    public static Open311Status of(ReportStatus status) {
        return status.isClosed() ? CLOSED : OPEN;
    }

    /** The name on the wire: {@code open} or {@code closed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ReportStatus> reportStatuses() {
        return Arrays.stream(ReportStatus.values()).filter(s -> of(s) == this).collect(Collectors.toUnmodifiableSet());
    }

    /** Reads {@code open} or {@code closed}, in any case. */
    public static Optional<Open311Status> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }
}
