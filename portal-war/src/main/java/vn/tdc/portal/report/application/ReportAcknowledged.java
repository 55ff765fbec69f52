package vn.tdc.portal.report.application;

import java.time.LocalDate;

/** Fired once a new report has committed; the resident is mailed the tracking code when an email was given. */
public record ReportAcknowledged(String trackingCode, String email, LocalDate expectedDate) {
}
