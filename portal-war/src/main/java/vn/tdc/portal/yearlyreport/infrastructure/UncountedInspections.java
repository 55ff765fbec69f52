package vn.tdc.portal.yearlyreport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tdc.portal.yearlyreport.domain.InspectionFigures;
import vn.tdc.portal.yearlyreport.domain.InspectionSummary;

/**
 * The inspection figures while the portal keeps no inspections: "chưa có số liệu". Replace it by an implementation
 * over {@code inspection} and {@code inspection_finding} once the inspections part of issue 12 has landed.
 */
@ApplicationScoped
public class UncountedInspections implements InspectionFigures {

    @Override
    public InspectionSummary of(long unitId, int year) {
        return InspectionSummary.unavailable();
    }
}
