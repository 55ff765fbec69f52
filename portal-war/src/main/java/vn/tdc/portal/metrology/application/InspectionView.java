package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An inspection as officers see it, with its findings and how many were đạt and không đạt. */
public record InspectionView(long id, String unitCode, String unitName, LocalDate heldOn, String team, String summary,
                             String actions, int passed, int failed, List<FindingView> findings, String createdBy,
                             long version) implements Serializable {
}
