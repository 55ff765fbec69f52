package vn.tdc.portal.report.application;

import java.util.List;

/**
 * The public comparison of the wards of a province for one year ({@code GET /api/units/{province}/statistics},
 * {@code /thong-ke?tinh=…}): one row per ward, in the province's order, and the province's total. Counts only.
 */
public record ProvinceStatistics(String provinceCode, String provinceName, int year, List<WardFigures> wards,
                                 WardFigures total) {

    public ProvinceStatistics {
        wards = List.copyOf(wards);
    }

    /**
     * One ward's figures for the reports received in the year: received, closed (handled or unfounded), closed on or
     * before the due date and its rate (0–100, null while none is closed), residents who answered whether they were
     * satisfied, those satisfied and its rate (null while nobody answered), and those still open past their due date.
     */
    public record WardFigures(String code, String name, long received, long closed, long closedOnTime,
                              Double onTimeRate, long answered, long satisfied, Double satisfactionRate,
                              long overdueOpen) {
    }
}
