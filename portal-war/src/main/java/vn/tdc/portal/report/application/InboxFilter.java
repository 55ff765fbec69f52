package vn.tdc.portal.report.application;

import java.time.LocalDate;

/**
 * The officer inbox's filters as typed in a form or a query string; blank values do not filter. {@code from} and
 * {@code to} are submission dates (inclusive) in Vietnam time; {@code sort} is one of {@code newest}, {@code oldest},
 * {@code due}, {@code updated}. {@code unit} is the code of a unit (a ward, or a province for all its wards): only
 * its reports are listed; a unit outside the caller's scope, or none of that code, lists nothing.
 */
public record InboxFilter(String status, String kind, String department, boolean overdueOnly, LocalDate from,
                          LocalDate to, String sort, String unit) {

    /** Every unit the caller sees. */
    public InboxFilter(String status, String kind, String department, boolean overdueOnly, LocalDate from,
                       LocalDate to, String sort) {
        this(status, kind, department, overdueOnly, from, to, sort, null);
    }

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, false, null, null, null);
    }
}
