package vn.tdc.portal.report.application;

import java.time.LocalDate;

/**
 * Fired once a new report has committed; the resident is mailed the tracking code when an email was given, in the
 * name of the report's ward ({@code unitId}).
 */
public record ReportAcknowledged(String trackingCode, String email, LocalDate expectedDate, long unitId) {
}
