package vn.tdc.portal.report.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which reports to list. Null fields do not filter. {@code overdueOn} keeps open reports whose due date is before
 * that day; {@code publishedOnly} is set for every public listing.
 */
public record ReportQuery(ReportStatus status, String kindCode, String departmentCode, LocalDate overdueOn,
                          Instant submittedFrom, Instant submittedBefore, boolean publishedOnly, Sort sort) {

    /** Listing orders an officer can choose. */
    public enum Sort {
        NEWEST, OLDEST, DUE_DATE, UPDATED
    }

    public static ReportQuery publicListing() {
        return new ReportQuery(null, null, null, null, null, null, true, Sort.NEWEST);
    }

    public ReportQuery {
        sort = sort == null ? Sort.NEWEST : sort;
    }
}
