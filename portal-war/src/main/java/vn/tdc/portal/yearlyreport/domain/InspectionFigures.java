package vn.tdc.portal.yearlyreport.domain;

/**
 * Where the yearly report takes its inspection figures from: the inspections officers record on the portal (tables
 * {@code inspection}, {@code inspection_finding}).
 */
public interface InspectionFigures {

    /** The inspections of unit {@code unitId} that took place in {@code year}. */
    InspectionSummary of(long unitId, int year);
}
