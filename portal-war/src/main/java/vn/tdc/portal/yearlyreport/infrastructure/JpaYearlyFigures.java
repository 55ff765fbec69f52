package vn.tdc.portal.yearlyreport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.unit.infrastructure.ScopedByCaller;
import vn.tdc.portal.yearlyreport.domain.YearlyFiguresRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The yearly counts over {@code article} and {@code report}, one GROUP BY each; joins the caller's transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaYearlyFigures implements YearlyFiguresRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Map<Long, Map<String, Long>> newsByCategory(Collection<Long> unitIds, Instant from, Instant before) {
        // distinct ids: the unit-scope criterion of articles is a join to the units, which EclipseLink has been seen
        // to multiply a COUNT by (the register's count, commit d0d427e)
        return grouped("SELECT a.unitId, a.content.categoryCode, COUNT(DISTINCT a.id) FROM Article a"
                + " WHERE a.unitId IN :units"
                + " AND a.firstPublishedAt >= :from AND a.firstPublishedAt < :before"
                + " GROUP BY a.unitId, a.content.categoryCode", unitIds, from, before);
    }

    @Override
    public Map<Long, Map<String, Long>> reportsByKind(Collection<Long> unitIds, Instant from, Instant before) {
        return grouped("SELECT r.unitId, r.kindCode, COUNT(r) FROM Report r WHERE r.unitId IN :units"
                + " AND r.submittedAt >= :from AND r.submittedAt < :before GROUP BY r.unitId, r.kindCode",
                unitIds, from, before);
    }

    @Override
    public Map<Long, Map<String, Long>> reportsByState(Collection<Long> unitIds, Instant from, Instant before) {
        return grouped("SELECT r.unitId, r.status, COUNT(r) FROM Report r WHERE r.unitId IN :units"
                + " AND r.submittedAt >= :from AND r.submittedAt < :before GROUP BY r.unitId, r.status",
                unitIds, from, before);
    }

    private Map<Long, Map<String, Long>> grouped(String jpql, Collection<Long> unitIds, Instant from,
                                                 Instant before) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery(jpql, Object[].class)
                .setParameter("units", List.copyOf(unitIds))
                .setParameter("from", from)
                .setParameter("before", before)
                .getResultList();
        for (Object[] row : rows) {
            String key = row[1] instanceof ReportStatus status ? status.code() : String.valueOf(row[1]);
            counts.computeIfAbsent(((Number) row[0]).longValue(), unit -> new HashMap<>())
                    .merge(key, ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }
}
