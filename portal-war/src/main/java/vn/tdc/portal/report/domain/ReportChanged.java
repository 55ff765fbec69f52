package vn.tdc.portal.report.domain;

/**
 * A report was filed or changed: announced (a CDI event) whenever a {@link ReportEvent} is recorded, which every
 * change of a report does. Observers that keep derived figures forget them after the transaction commits.
 */
public record ReportChanged(long reportId) {
}
