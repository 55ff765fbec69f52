package vn.tdc.portal.yearlyreport.domain;

/**
 * The inspections (đợt kiểm tra) of a unit in the year: how many, the places visited, the instruments checked, the
 * findings and how many of them failed. {@code available} is false while the portal holds no inspection data at
 * all: the report then says so instead of printing zeros.
 */
public record InspectionSummary(boolean available, long inspections, long placesVisited, long instrumentsChecked,
                                long findings, long failedFindings) {

    public static InspectionSummary unavailable() {
        return new InspectionSummary(false, 0, 0, 0, 0, 0);
    }

    /** The figures of several units together; unavailable only when both are. */
    public InspectionSummary plus(InspectionSummary other) {
        return new InspectionSummary(available || other.available, inspections + other.inspections,
                placesVisited + other.placesVisited, instrumentsChecked + other.instrumentsChecked,
                findings + other.findings, failedFindings + other.failedFindings);
    }
}
