package vn.tdc.portal.yearlyreport.domain;

import vn.tdc.portal.report.domain.ReportFigures;

import java.util.List;

/**
 * Residents' reports received by a unit in the year: by kind, by the state they are in today, and the counts of
 * {@link ReportFigures} (closed, closed on time, satisfaction answers, open past their due date).
 */
public record ReportYearFigures(List<Tally> byKind, List<Tally> byState, ReportFigures figures) {

    public ReportYearFigures {
        byKind = List.copyOf(byKind);
        byState = List.copyOf(byState);
    }
}
