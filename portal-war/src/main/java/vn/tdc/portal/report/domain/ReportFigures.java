package vn.tdc.portal.report.domain;

/**
 * Counts of reports of one unit (or of all units, {@code unitId} null) received in a period, as iHanoi and Hue-S
 * publish them: how many were received, how many of those are closed (handled or unfounded), how many were closed on
 * or before their due date, how many residents answered whether they were satisfied and how many said yes, and how
 * many are still open past their due date.
 */
public record ReportFigures(Long unitId, long received, long closed, long closedOnTime, long answered,
                            long satisfied, long overdueOpen) {

    /** No report: every count zero. */
    public static ReportFigures none(Long unitId) {
        return new ReportFigures(unitId, 0, 0, 0, 0, 0, 0);
    }

    /** Reports not yet closed. */
    public long open() {
        return received - closed;
    }

    /**
     * The on-time rate: the share (0–100, one decimal) of closed reports that were closed on or before their due date;
     * null while none is closed (a rate of nothing is not 0 %).
     */
    public Double onTimeRate() {
        return percent(closedOnTime, closed);
    }

    /**
     * The satisfaction rate: the share (0–100, one decimal) of the residents' answers that said "satisfied", among
     * the reports whose resident answered at all; null while nobody answered.
     */
    public Double satisfactionRate() {
        return percent(satisfied, answered);
    }

    /** These counts added to {@code other}'s, for the unit {@code unitId} (a province's total row). */
    public ReportFigures plus(ReportFigures other, Long unitId) {
        return new ReportFigures(unitId, received + other.received, closed + other.closed,
                closedOnTime + other.closedOnTime, answered + other.answered, satisfied + other.satisfied,
                overdueOpen + other.overdueOpen);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
