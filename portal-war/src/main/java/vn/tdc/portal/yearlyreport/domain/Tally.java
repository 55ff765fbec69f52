package vn.tdc.portal.yearlyreport.domain;

/** One line of a count table of the yearly report: what is counted ({@code code}, {@code label}) and how many. */
public record Tally(String code, String label, long count) {
}
