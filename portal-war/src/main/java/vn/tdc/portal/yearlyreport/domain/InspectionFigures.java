package vn.tdc.portal.yearlyreport.domain;

/**
 * Where the yearly report takes its inspection figures from. Inspections (tables {@code inspection},
 * {@code inspection_finding}) are kept by the inspections part of issue 12; until it is wired here the portal's
 * implementation answers {@link InspectionSummary#unavailable()}.
 */
public interface InspectionFigures {

    /** The inspections of unit {@code unitId} that took place in {@code year}. */
    InspectionSummary of(long unitId, int year);
}
