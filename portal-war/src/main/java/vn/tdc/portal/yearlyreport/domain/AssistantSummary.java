package vn.tdc.portal.yearlyreport.domain;

import java.time.LocalDate;

/**
 * The questions the assistant answered on a unit's pages in the year. {@code available} is false for a year that
 * ended before the portal began counting: the report then says "chưa có số liệu" instead of printing a zero.
 * {@code countedFrom} is the day counting began when that was within the year (the count covers only the rest of
 * it), {@code null} when it covers the whole year.
 */
public record AssistantSummary(boolean available, long answered, LocalDate countedFrom) {

    public static AssistantSummary unavailable() {
        return new AssistantSummary(false, 0, null);
    }

    public AssistantSummary plus(AssistantSummary other) {
        return new AssistantSummary(available || other.available, answered + other.answered,
                countedFrom != null ? countedFrom : other.countedFrom);
    }
}
