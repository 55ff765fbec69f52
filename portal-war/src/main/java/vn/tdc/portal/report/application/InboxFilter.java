package vn.tdc.portal.report.application;

import java.time.LocalDate;

/**
 * The officer inbox's filters as typed in a form or a query string; blank values do not filter. {@code from} and
 * {@code to} are submission dates (inclusive) in Vietnam time; {@code sort} is one of {@code newest}, {@code oldest},
 * {@code due}, {@code updated}.
 */
public record InboxFilter(String status, String kind, String department, boolean overdueOnly, LocalDate from,
                          LocalDate to, String sort) {

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, false, null, null, null);
    }
}
