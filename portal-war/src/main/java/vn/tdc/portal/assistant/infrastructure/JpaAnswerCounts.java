package vn.tdc.portal.assistant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.tdc.portal.assistant.domain.AnswerCounts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts in {@code assistant_answer_count}, native SQL: one atomic upsert per unit and day at each flush of a
 * node's {@code AnswerTally} (several nodes may add to the same row at once), sums for a period. Counts are aggregate figures of no one's content, so no unit scope.
 */
@ApplicationScoped
@Transactional
public class JpaAnswerCounts implements AnswerCounts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(long unitId, LocalDate day, int answered, int grounded) {
        em.createNativeQuery("INSERT INTO assistant_answer_count (unit_id, day, answered, grounded)"
                        + " VALUES (?1, ?2, ?3, ?4)"
                        + " ON DUPLICATE KEY UPDATE answered = answered + ?3, grounded = grounded + ?4")
                .setParameter(1, unitId)
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, answered)
                .setParameter(4, grounded)
                .executeUpdate();
    }

    @Override
    public Map<Long, Long> answered(Collection<Long> unitIds, LocalDate from, LocalDate before) {
        Map<Long, Long> answered = new HashMap<>();
        if (unitIds.isEmpty()) {
            return answered;
        }
        // a native query does not expand a collection parameter: one placeholder per unit
        List<Long> ids = List.copyOf(unitIds);
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            placeholders.append(i == 0 ? "" : ", ").append('?').append(i + 3);
        }
        Query query = em.createNativeQuery("SELECT unit_id, SUM(answered) FROM assistant_answer_count"
                        + " WHERE day >= ?1 AND day < ?2 AND unit_id IN (" + placeholders + ") GROUP BY unit_id")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(before));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 3, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> answered.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return answered;
    }

    @Override
    public Optional<LocalDate> countingSince() {
        Object first = em.createNativeQuery("SELECT MIN(day) FROM assistant_answer_count").getSingleResult();
        if (first instanceof Date date) {
            return Optional.of(date.toLocalDate());
        }
        if (first instanceof LocalDate date) {
            return Optional.of(date);
        }
        return Optional.empty();
    }
}
