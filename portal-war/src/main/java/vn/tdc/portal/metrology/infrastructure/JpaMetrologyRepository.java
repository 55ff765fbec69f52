package vn.tdc.portal.metrology.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentFilter;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.unit.infrastructure.ScopedByCaller;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The register in {@code instrument_type}, {@code trade_place}, {@code measuring_instrument}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaMetrologyRepository implements MetrologyRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<InstrumentType> types() {
        return em.createQuery("SELECT t FROM InstrumentType t ORDER BY t.sortOrder, t.code", InstrumentType.class)
                .getResultList();
    }

    @Override
    public Optional<InstrumentType> type(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(InstrumentType.class, code));
    }

    @Override
    public void add(TradePlace place) {
        em.persist(place);
        em.flush();
    }

    @Override
    public Optional<TradePlace> place(long id) {
        return em.createQuery("SELECT p FROM TradePlace p WHERE p.id = :id", TradePlace.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<TradePlace> placeNamed(long unitId, String foldedName) {
        return em.createQuery("SELECT p FROM TradePlace p WHERE p.unitId = :unit AND p.nameFolded = :name",
                        TradePlace.class)
                .setParameter("unit", unitId).setParameter("name", foldedName).getResultStream().findFirst();
    }

    @Override
    public List<TradePlace> placesOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM TradePlace p WHERE p.unitId IN :units ORDER BY p.nameFolded, p.id",
                        TradePlace.class)
                .setParameter("units", unitIds).getResultList();
    }

    @Override
    public void add(MeasuringInstrument instrument) {
        em.persist(instrument);
        em.flush();
    }

    @Override
    public Optional<MeasuringInstrument> instrument(long id) {
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.id = :id", MeasuringInstrument.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<MeasuringInstrument> instrument(InstrumentCode code) {
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.code = :code", MeasuringInstrument.class)
                .setParameter("code", code.value()).getResultStream().findFirst();
    }

    /** A native query: codes are unique across units, whatever the caller may see. */
    @Override
    public boolean codeTaken(InstrumentCode code) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM measuring_instrument WHERE code = ?1")
                .setParameter(1, code.value()).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public Optional<MeasuringInstrument> instrumentWithSerial(long unitId, String typeCode, String serialNo) {
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.unitId = :unit AND i.typeCode = :type"
                        + " AND i.serialNo = :serial", MeasuringInstrument.class)
                .setParameter("unit", unitId).setParameter("type", typeCode).setParameter("serial", serialNo)
                .getResultStream().findFirst();
    }

    @Override
    public List<MeasuringInstrument> instruments(InstrumentFilter filter, LocalDate today, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, today, parameters);
        TypedQuery<MeasuringInstrument> query = em.createQuery("SELECT i FROM MeasuringInstrument i"
                + (where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length()))
                + " ORDER BY i.placeId, i.stall, i.serialNo, i.id", MeasuringInstrument.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(InstrumentFilter filter, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, today, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(DISTINCT i.id) FROM MeasuringInstrument i"
                + (where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length())), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<MeasuringInstrument> instrumentsAt(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.placeId IN :places"
                        + " ORDER BY i.placeId, i.stall, i.serialNo, i.id", MeasuringInstrument.class)
                .setParameter("places", placeIds).getResultList();
    }

    @Override
    public List<MeasuringInstrument> referenceScalesAt(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.placeId IN :places"
                        + " AND i.referenceScale = TRUE ORDER BY i.placeId, i.stall, i.id", MeasuringInstrument.class)
                .setParameter("places", placeIds).getResultList();
    }

    @Override
    public void remove(MeasuringInstrument instrument) {
        em.remove(instrument);
    }

    /**
     * The conditions of a filter, each starting with {@code AND}; states follow {@code MeasuringInstrument.stateOn}.
     * Counts are of distinct ids: EclipseLink adds the unit-scope criterion of a COUNT as a join to the units that
     * multiplied the count by the number of units in a province officer's scope (2 instruments counted 6).
     */
    private static String where(InstrumentFilter filter, LocalDate today, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.unitIds() != null) {
            where.append(" AND i.unitId IN :units");
            parameters.put("units", filter.unitIds().isEmpty() ? List.of(-1L) : filter.unitIds());
        }
        if (filter.placeId() != null) {
            where.append(" AND i.placeId = :place");
            parameters.put("place", filter.placeId());
        }
        if (filter.typeCode() != null) {
            where.append(" AND i.typeCode = :type");
            parameters.put("type", filter.typeCode());
        }
        if (Boolean.TRUE.equals(filter.referenceOnly())) {
            where.append(" AND i.referenceScale = TRUE");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(i.serialNo) LIKE :text OR LOWER(i.stall) LIKE :text OR LOWER(i.brand) LIKE :text)");
            String escaped = filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.put("text", "%" + escaped + "%");
        }
        if (filter.state() != null) {
            String passedAndVerified = " AND i.suspended = FALSE AND i.verifiedOn IS NOT NULL"
                    + " AND i.verificationPassed = TRUE";
            switch (filter.state()) {
                case SUSPENDED -> where.append(" AND i.suspended = TRUE");
                case FAILED -> where.append(" AND i.suspended = FALSE AND i.verifiedOn IS NOT NULL"
                        + " AND i.verificationPassed = FALSE");
                case OVERDUE -> where.append(" AND i.suspended = FALSE AND (i.verifiedOn IS NULL"
                        + " OR (i.verificationPassed = TRUE AND i.dueOn < :today))");
                case EXPIRING -> where.append(passedAndVerified).append(" AND i.dueOn >= :today AND i.dueOn <= :soon");
                case VALID -> where.append(passedAndVerified).append(" AND i.dueOn > :soon");
            }
            switch (filter.state()) {
                case OVERDUE -> parameters.put("today", today);
                case EXPIRING -> {
                    parameters.put("today", today);
                    parameters.put("soon", today.plusDays(MeasuringInstrument.EXPIRING_DAYS));
                }
                case VALID -> parameters.put("soon", today.plusDays(MeasuringInstrument.EXPIRING_DAYS));
                default -> {
                }
            }
        }
        return where.toString();
    }

    @Override
    public void flushAndForget() {
        em.flush();
        em.clear();
    }

    @Override
    public void addAll(Collection<MeasuringInstrument> instruments) {
        instruments.forEach(em::persist);
        em.flush();
    }

    /** A native query, like {@link #codeTaken}: codes are unique across units. */
    @Override
    public Set<String> codesTaken(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(codes.size(), "?"));
        Query query = em.createNativeQuery(
                "SELECT code FROM measuring_instrument WHERE code IN (" + marks + ")");
        int position = 1;
        for (String code : codes) {
            query.setParameter(position++, code);
        }
        Set<String> taken = new HashSet<>();
        for (Object code : query.getResultList()) {
            taken.add(code.toString());
        }
        return taken;
    }
}
