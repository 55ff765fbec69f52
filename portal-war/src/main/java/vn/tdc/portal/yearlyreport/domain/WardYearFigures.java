package vn.tdc.portal.yearlyreport.domain;

/**
 * Everything the yearly report says in figures of one unit (a ward, or a province's total) for one year.
 * {@code name} is the unit's name as written in a sentence ("xã Đông Cứu").
 */
public record WardYearFigures(String code, String name, NewsFigures news, ReportYearFigures reports,
                              InstrumentFigures instruments, InspectionSummary inspections,
                              AssistantSummary assistant) {
}
