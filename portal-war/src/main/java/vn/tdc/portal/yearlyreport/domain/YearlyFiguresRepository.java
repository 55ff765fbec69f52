package vn.tdc.portal.yearlyreport.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The counts of the yearly report that no other part of the portal offers for a period, each counted in the database
 * grouped by unit (one query for every ward of a province). Units without rows are absent. Callers own the
 * transaction; rows are seen within the caller's unit scope.
 */
public interface YearlyFiguresRepository {

    /** Articles first published in [{@code from}, {@code before}): unit id → category code → count. */
    Map<Long, Map<String, Long>> newsByCategory(Collection<Long> unitIds, Instant from, Instant before);

    /** Reports submitted in [{@code from}, {@code before}): unit id → kind code → count. */
    Map<Long, Map<String, Long>> reportsByKind(Collection<Long> unitIds, Instant from, Instant before);

    /** Reports submitted in [{@code from}, {@code before}): unit id → state code (today's) → count. */
    Map<Long, Map<String, Long>> reportsByState(Collection<Long> unitIds, Instant from, Instant before);
}
