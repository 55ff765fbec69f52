package vn.tdc.portal.yearlyreport.application;

import vn.tdc.portal.yearlyreport.domain.PlanTask;
import vn.tdc.portal.yearlyreport.domain.WardYearFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the yearly report of a unit holds before it is written as a document: the issuing unit, the year, the day
 * the figures were taken, the plan and its tasks, the figures of the unit ({@code total}: a ward's own, or the sum of
 * a province's wards) and, for a province's roll-up, one row per ward ({@code wards}, empty for a ward's report).
 *
 * @param unitName  the unit's name as written in a sentence: "xã Đông Cứu", "tỉnh Quảng Ngãi"
 * @param parentName the name of the province of a ward ("tỉnh Bắc Ninh"); empty for a province
 * @param planTitle the title of the plan the tasks come from; {@code null} when the tasks are the generic list
 */
public record YearlyReport(String unitCode, String unitName, String parentName, boolean province, int year, LocalDate takenOn,
                           String planTitle, List<PlanTask> tasks, WardYearFigures total,
                           List<WardYearFigures> wards) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> KIND_WORDS = List.of("thành phố ", "đặc khu ", "phường ", "tỉnh ", "xã ");

    public YearlyReport {
        tasks = List.copyOf(tasks);
        wards = List.copyOf(wards);
    }

    /** The issuing body as the header prints it (Nghị định 30/2020): "UBND XÃ ĐÔNG CỨU". */
    public String issuer() {
        return "UBND " + unitName.toUpperCase(VIETNAMESE);
    }

    /** The place name (địa danh) of the date line: the unit's name without its kind, "Đông Cứu". */
    public String placeName() {
        String lower = unitName.toLowerCase(VIETNAMESE);
        for (String word : KIND_WORDS) {
            if (lower.startsWith(word)) {
                return unitName.substring(word.length()).strip();
            }
        }
        return unitName;
    }
}
