package vn.tdc.portal.report.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The acknowledgement of a committed report. {@code replayed} is true when the idempotency key had already been
 * used: the same report is returned, nothing new was stored. {@code unitId} is the unit the report belongs to.
 */
public record SubmittedReport(long id, String trackingCode, String kindCode, Instant submittedAt, LocalDate expectedDate,
                              int photoCount, boolean emailGiven, boolean replayed, long unitId) implements Serializable {
}
