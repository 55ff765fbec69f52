package vn.tdc.portal.metrology.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.Inspection;
import vn.tdc.portal.metrology.domain.InspectionRepository;
import vn.tdc.portal.unit.infrastructure.ScopedByCaller;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Inspections in {@code inspection} and {@code inspection_finding}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaInspectionRepository implements InspectionRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Inspection inspection) {
        em.persist(inspection);
        em.flush();
    }

    @Override
    public Optional<Inspection> inspection(long id) {
        return em.createQuery("SELECT i FROM Inspection i WHERE i.id = :id", Inspection.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Inspection> inspections(Collection<Long> unitIds, LocalDate from, LocalDate before, int offset,
                                        int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Inspection i WHERE i.unitId IN :units AND i.heldOn >= :from"
                        + " AND i.heldOn < :before ORDER BY i.heldOn DESC, i.id DESC", Inspection.class)
                .setParameter("units", unitIds).setParameter("from", from).setParameter("before", before)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Collection<Long> unitIds, LocalDate from, LocalDate before) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(i) FROM Inspection i WHERE i.unitId IN :units AND i.heldOn >= :from"
                        + " AND i.heldOn < :before", Long.class)
                .setParameter("units", unitIds).setParameter("from", from).setParameter("before", before)
                .getSingleResult();
    }

    @Override
    public List<PlaceReport> reportsFoundAt(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT f.placeId, f.reportId FROM InspectionFinding f, Inspection i"
                        + " WHERE f.inspection = i AND f.placeId IN :places AND f.reportId IS NOT NULL", Object[].class)
                .setParameter("places", placeIds).getResultList().stream()
                .map(row -> new PlaceReport(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }
}
