package vn.tdc.portal.yearlyreport.domain;

/**
 * The questions the assistant answered on a unit's pages in the year. {@code available} is false while the portal
 * does not count them: the report then says "chưa có số liệu" instead of printing a zero.
 */
public record AssistantSummary(boolean available, long answered) {

    public static AssistantSummary unavailable() {
        return new AssistantSummary(false, 0);
    }

    public AssistantSummary plus(AssistantSummary other) {
        return new AssistantSummary(available || other.available, answered + other.answered);
    }
}
