package vn.tdc.portal.yearlyreport.domain;

import java.util.List;

/**
 * The register of measuring instruments of a unit on the report's day: how many instruments it holds, how many may
 * be used in trade (valid or expiring verification), by state, how many are overdue, and how many reference scales
 * (cân đối chứng) the markets have. The plans' target is {@value #TARGET_PERCENT}% usable.
 */
public record InstrumentFigures(long total, long usable, List<Tally> byState, long overdue, long referenceScales) {

    /** The plans' indicator: "100% phương tiện đo dùng trong giao dịch thương mại … được kiểm định". */
    public static final int TARGET_PERCENT = 100;

    public InstrumentFigures {
        byState = List.copyOf(byState);
    }

    /**
     * The usable share (0–100) with one decimal, rounded down so that 99.96% never reads as the target reached;
     * null while the register is empty (a share of nothing is not 0%).
     */
    public Double usablePercent() {
        return total == 0 ? null : Math.floor(1000.0 * usable / total) / 10.0;
    }

    /** The figures of several units together (a province's total). */
    public InstrumentFigures plus(InstrumentFigures other) {
        List<Tally> states = new java.util.ArrayList<>();
        for (int i = 0; i < byState.size(); i++) {
            Tally mine = byState.get(i);
            long theirs = i < other.byState.size() ? other.byState.get(i).count() : 0;
            states.add(new Tally(mine.code(), mine.label(), mine.count() + theirs));
        }
        return new InstrumentFigures(total + other.total, usable + other.usable, states, overdue + other.overdue,
                referenceScales + other.referenceScales);
    }
}
