package vn.tdc.portal.assistant.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How many questions the assistant answered, per unit (the ward the question was asked on) and day. Only counts are
 * kept: never the question, the answer or who asked.
 */
public interface AnswerCounts {

    /**
     * Adds {@code answered} answers given on unit {@code unitId}'s pages on {@code day}, {@code grounded} of which cite
     * sources.
     */
    void add(long unitId, LocalDate day, int answered, int grounded);

    /** Answers given on each unit's pages on the days [{@code from}, {@code before}); units without any are absent. */
    Map<Long, Long> answered(Collection<Long> unitIds, LocalDate from, LocalDate before);

    /** The day the portal began counting (empty if it never has). */
    Optional<LocalDate> countingSince();
}
