package vn.tdc.portal.report.application;

import java.util.List;

/**
 * Aggregate figures anyone may see at {@code /thong-ke}: counts only, never a report's content. {@code onTimeRate}
 * is the share (0–100) of closed reports closed on or before their due date, null when none is closed yet.
 */
public record PublicStatistics(long total, long open, long closed, long overdue, Double onTimeRate,
                               List<Count> byKind, List<Count> byStatus, List<Count> byMonth,
                               List<Count> byDepartment) {

    /** One bar of a chart: a code, its Vietnamese label and the count. */
    public record Count(String code, String label, long count) {
    }
}
