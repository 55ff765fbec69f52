package vn.tdc.portal.report.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which reports to list. Null fields do not filter. {@code overdueOn} keeps open reports whose due date is before
 * that day; {@code publishedOnly} is set for every public listing. {@code unitPathPrefix} narrows the listing to
 * one unit and the units below it (a view filter the caller chose: what the caller may see at all is the unit
 * scope's business, applied to every query whatever this says).
 */
public record ReportQuery(ReportStatus status, String kindCode, String departmentCode, LocalDate overdueOn,
                          Instant submittedFrom, Instant submittedBefore, boolean publishedOnly, Sort sort,
                          String unitPathPrefix) {

    public ReportQuery(ReportStatus status, String kindCode, String departmentCode, LocalDate overdueOn,
                       Instant submittedFrom, Instant submittedBefore, boolean publishedOnly, Sort sort) {
        this(status, kindCode, departmentCode, overdueOn, submittedFrom, submittedBefore, publishedOnly, sort, null);
    }

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
