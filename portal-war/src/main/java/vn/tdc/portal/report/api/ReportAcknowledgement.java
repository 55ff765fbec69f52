package vn.tdc.portal.report.api;

import vn.tdc.portal.report.application.SubmittedReport;
import vn.tdc.portal.report.domain.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a submission: the tracking code and where to follow it ({@code trackUrl}: the tracking page of the
 * report's ward, {@code /xa-dong-cuu/tra-cuu?ma=…}, relative to the portal's address).
 */
public record ReportAcknowledgement(String trackingCode, String status, Instant submittedAt, LocalDate expectedDate,
                                    int photoCount, String trackUrl, boolean replayed) {

    static ReportAcknowledgement of(SubmittedReport submitted, String trackUrl) {
        return new ReportAcknowledgement(submitted.trackingCode(), ReportStatus.MOI.code(), submitted.submittedAt(),
                submitted.expectedDate(), submitted.photoCount(), trackUrl,
                submitted.replayed());
    }
}
