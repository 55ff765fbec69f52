package vn.tdc.portal.yearlyreport.domain;

/** Where the yearly report takes the count of questions the assistant answered from. */
public interface AssistantFigures {

    /** The questions answered on the pages of unit {@code unitId} in {@code year}. */
    AssistantSummary of(long unitId, int year);
}
