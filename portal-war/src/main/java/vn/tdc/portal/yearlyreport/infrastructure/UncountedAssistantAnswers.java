package vn.tdc.portal.yearlyreport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tdc.portal.yearlyreport.domain.AssistantFigures;
import vn.tdc.portal.yearlyreport.domain.AssistantSummary;

/**
 * The assistant keeps no count of the questions it answers (conversations live only in a short-lived memory), so the
 * report says "chưa có số liệu" rather than a made-up number.
 */
@ApplicationScoped
public class UncountedAssistantAnswers implements AssistantFigures {

    @Override
    public AssistantSummary of(long unitId, int year) {
        return AssistantSummary.unavailable();
    }
}
