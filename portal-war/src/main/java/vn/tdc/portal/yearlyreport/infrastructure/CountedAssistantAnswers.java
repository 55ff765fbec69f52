package vn.tdc.portal.yearlyreport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.assistant.application.AnswerTally;
import vn.tdc.portal.assistant.domain.AnswerCounts;
import vn.tdc.portal.yearlyreport.domain.AssistantFigures;
import vn.tdc.portal.yearlyreport.domain.AssistantSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The questions the assistant answered, from its counts per unit and day ({@code assistant_answer_count}, V16). A
 * year that ended before counting began has no figure; a year in which it began is counted from that day on, and
 * says so. This node's answers not yet flushed are added first; other nodes' last seconds may be missing.
 */
@ApplicationScoped
public class CountedAssistantAnswers implements AssistantFigures {

    @Inject
    AnswerCounts counts;

    @Inject
    AnswerTally tally;

    @Override
    public AssistantSummary of(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        tally.flush();
        Optional<LocalDate> since = counts.countingSince();
        if (since.isEmpty() || !since.get().isBefore(next)) {
            return AssistantSummary.unavailable();
        }
        long answered = counts.answered(List.of(unitId), first, next).getOrDefault(unitId, 0L);
        return new AssistantSummary(true, answered, since.get().isAfter(first) ? since.get() : null);
    }
}
