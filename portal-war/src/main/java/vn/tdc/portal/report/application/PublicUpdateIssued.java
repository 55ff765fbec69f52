package vn.tdc.portal.report.application;

/**
 * Fired inside the transaction that records a public update of a report; observers that tell the resident run
 * only after it commits.
 */
public record PublicUpdateIssued(String trackingCode, String email, String statusCode, String text, long unitId) {
}
