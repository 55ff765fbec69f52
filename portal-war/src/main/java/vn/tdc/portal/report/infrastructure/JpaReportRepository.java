package vn.tdc.portal.report.infrastructure;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.tdc.portal.report.domain.ReportChanged;

import vn.tdc.portal.unit.infrastructure.ScopedByCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportFigures;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportQuery;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.report.domain.TrackingCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reports in {@code report}, {@code report_event} and {@code report_photo}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaReportRepository implements ReportRepository {

    /** Columns a count may group by, and the attribute each is in JPQL (which the unit scope applies to). */
    private static final Map<String, String> GROUPABLE = Map.of("kind_code", "r.kindCode", "status", "r.status",
            "department_code", "r.departmentCode");
    private static final List<ReportStatus> CLOSED = List.of(ReportStatus.DA_XU_LY, ReportStatus.KHONG_DU_CAN_CU);
    /**
     * The counts of {@link ReportFigures}, each a conditional sum over the same rows: closed (handled or unfounded:
     * a report has {@code closedAt} exactly while it is in a closed state), closed on time ({@code closed_on_time},
     * decided when the report was closed), answered (a satisfaction given), satisfied, and open past the due date.
     */
    private static final String FIGURES = "COUNT(r),"
            + " SUM(CASE WHEN r.closedAt IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.closedOnTime = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.satisfied IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.satisfied = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.closedAt IS NULL AND r.dueDate < :today THEN 1 ELSE 0 END)";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    Event<ReportChanged> changes;

    @Override
    public void add(Report report) {
        em.persist(report);
        em.flush();
    }

    @Override
    public Optional<Report> findById(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public Optional<Report> findByTrackingCode(TrackingCode code) {
        return em.createQuery("SELECT r FROM Report r WHERE r.trackingCode = :code", Report.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Report> findByIdempotencyKey(String key) {
        return em.createQuery("SELECT r FROM Report r WHERE r.idempotencyKey = :key", Report.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public List<Report> findAllById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Report r WHERE r.id IN :ids", Report.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Report> find(ReportQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String order = switch (query.sort()) {
            case NEWEST -> "r.submittedAt DESC, r.id DESC";
            case OLDEST -> "r.submittedAt ASC, r.id ASC";
            case DUE_DATE -> "r.dueDate ASC, r.id ASC";
            case UPDATED -> "r.updatedAt DESC, r.id DESC";
        };
        TypedQuery<Long> typed = em.createQuery("SELECT r.id FROM Report r" + where + " ORDER BY " + order, Long.class);
        parameters.forEach(typed::setParameter);
        return inOrder(typed.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /**
     * The reports with these ids, in this order. A page is found in two steps (a deferred join): the ids first, so
     * the database sorts only the ordering columns from an index, then the page's rows. Sorting whole rows (long
     * texts) of a province's 100 000 reports to keep 20 took over a second a query (bench/wards.sh); sorting ids, a
     * tenth of that.
     */
    private List<Report> inOrder(List<Long> ids) {
        Map<Long, Report> found = new HashMap<>();
        findAllById(ids).forEach(report -> found.put(report.id(), report));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long count(ReportQuery query, int atMost) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed = em.createQuery("SELECT r.id FROM Report r" + where(query, parameters), Long.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(atMost).getResultList().size();
    }

    private static String where(ReportQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add("r.status = :status");
            parameters.put("status", query.status());
        }
        if (query.kindCode() != null) {
            conditions.add("r.kindCode = :kind");
            parameters.put("kind", query.kindCode());
        }
        if (query.departmentCode() != null) {
            conditions.add("r.departmentCode = :department");
            parameters.put("department", query.departmentCode());
        }
        if (query.overdueOn() != null) {
            conditions.add("r.status NOT IN :closed AND r.dueDate < :today");
            parameters.put("closed", CLOSED);
            parameters.put("today", query.overdueOn());
        }
        if (query.submittedFrom() != null) {
            conditions.add("r.submittedAt >= :from");
            parameters.put("from", query.submittedFrom());
        }
        if (query.submittedBefore() != null) {
            conditions.add("r.submittedAt < :before");
            parameters.put("before", query.submittedBefore());
        }
        if (query.publishedOnly()) {
            conditions.add("r.published = TRUE");
        }
        if (query.unitPathPrefix() != null) {
            conditions.add("r.unitPath LIKE :unitPath");
            parameters.put("unitPath", query.unitPathPrefix() + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public List<Report> findSimilar(Report report, Instant since, int limit) {
        String place = report.place().name().strip().toLowerCase();
        String address = report.place().address().strip().toLowerCase();
        return em.createQuery("SELECT r FROM Report r WHERE r.kindCode = :kind AND r.id <> :id"
                        + " AND r.submittedAt >= :since AND (LOWER(r.place.name) = :place"
                        + " OR (:address <> '' AND LOWER(r.place.address) = :address)) ORDER BY r.submittedAt DESC",
                        Report.class)
                .setParameter("kind", report.kindCode())
                .setParameter("id", report.id())
                .setParameter("since", since)
                .setParameter("place", place)
                .setParameter("address", address)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addEvent(ReportEvent event) {
        em.persist(event);
        changes.fire(new ReportChanged(event.reportId()));
    }

    @Override
    public List<ReportEvent> events(long reportId) {
        return em.createQuery("SELECT e FROM ReportEvent e WHERE e.reportId = :id ORDER BY e.occurredAt, e.id",
                        ReportEvent.class)
                .setParameter("id", reportId).getResultList();
    }

    @Override
    public List<ReportEvent> eventsOf(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM ReportEvent e WHERE e.reportId IN :ids"
                        + " ORDER BY e.reportId, e.occurredAt, e.id", ReportEvent.class)
                .setParameter("ids", List.copyOf(reportIds)).getResultList();
    }

    @Override
    public List<ReportEvent> publicEvents(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM ReportEvent e WHERE e.reportId IN :ids AND e.publicText <> ''"
                        + " ORDER BY e.occurredAt, e.id", ReportEvent.class)
                .setParameter("ids", reportIds).getResultList();
    }

    @Override
    public void addPhoto(ReportPhoto photo) {
        em.persist(photo);
    }

    @Override
    public List<ReportPhoto> photos(long reportId) {
        return em.createQuery("SELECT p FROM ReportPhoto p WHERE p.reportId = :id ORDER BY p.addedAt, p.id",
                        ReportPhoto.class)
                .setParameter("id", reportId).getResultList();
    }

    @Override
    public Optional<ReportPhoto> findPhoto(long photoId) {
        return Optional.ofNullable(em.find(ReportPhoto.class, photoId));
    }

    @Override
    public long countPhotos(long reportId) {
        return em.createQuery("SELECT COUNT(p) FROM ReportPhoto p WHERE p.reportId = :id", Long.class)
                .setParameter("id", reportId).getSingleResult();
    }

    @Override
    public Map<Long, Long> countPhotos(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.reportId, COUNT(p) FROM ReportPhoto p WHERE p.reportId IN :ids GROUP BY p.reportId",
                        Object[].class)
                .setParameter("ids", reportIds).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public long countPhotosWithContent(String sha256) {
        return em.createQuery("SELECT COUNT(p) FROM ReportPhoto p WHERE p.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult();
    }

    @Override
    public Map<String, Long> countBy(String column, Collection<Long> unitIds) {
        String attribute = GROUPABLE.get(column);
        if (attribute == null) {
            throw new IllegalArgumentException("Cannot group reports by " + column);
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT " + attribute + ", COUNT(r) FROM Report r"
                + (unitIds == null ? "" : " WHERE r.unitId IN :units") + " GROUP BY " + attribute
                + " ORDER BY " + attribute, Object[].class);
        if (unitIds != null) {
            query.setParameter("units", List.copyOf(unitIds));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(row -> counts.put(row[0] instanceof ReportStatus status ? status.code()
                : (String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<Long> countSubmitted(Collection<Long> unitIds, List<Instant> bounds) {
        if (bounds.size() < 2) {
            throw new IllegalArgumentException("Intervals need at least two bounds");
        }
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i + 1 < bounds.size(); i++) {
            select.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN r.submittedAt >= :b").append(i)
                    .append(" AND r.submittedAt < :b").append(i + 1).append(" THEN 1 ELSE 0 END)");
        }
        int last = bounds.size() - 1;
        TypedQuery<Object[]> query = em.createQuery(select + " FROM Report r WHERE r.submittedAt >= :b0"
                + " AND r.submittedAt < :b" + last + (unitIds == null ? "" : " AND r.unitId IN :units"), Object[].class);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        if (unitIds != null) {
            query.setParameter("units", List.copyOf(unitIds));
        }
        Object result = query.getSingleResult();
        Object[] sums = result instanceof Object[] row ? row : new Object[] {result};
        List<Long> counts = new ArrayList<>();
        for (Object sum : sums) {
            counts.add(count(sum));
        }
        return counts;
    }

    @Override
    public ReportFigures figures(Collection<Long> unitIds, Instant from, Instant before, LocalDate today) {
        List<Object[]> rows = figuresQuery("SELECT " + FIGURES, "", unitIds, from, before, today).getResultList();
        return rows.isEmpty() ? ReportFigures.none(null) : figures(null, rows.get(0), 0);
    }

    @Override
    public List<ReportFigures> figuresByUnit(Collection<Long> unitIds, Instant from, Instant before,
                                             LocalDate today) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return figuresQuery("SELECT r.unitId, " + FIGURES, " GROUP BY r.unitId", unitIds, from, before, today)
                .getResultList().stream()
                .map(row -> figures(((Number) row[0]).longValue(), row, 1))
                .toList();
    }

    private TypedQuery<Object[]> figuresQuery(String select, String groupBy, Collection<Long> unitIds, Instant from,
                                              Instant before, LocalDate today) {
        TypedQuery<Object[]> query = em.createQuery(select + " FROM Report r WHERE r.submittedAt >= :from"
                        + " AND r.submittedAt < :before" + (unitIds == null ? "" : " AND r.unitId IN :units")
                        + groupBy, Object[].class)
                .setParameter("today", today)
                .setParameter("from", from)
                .setParameter("before", before);
        if (unitIds != null) {
            query.setParameter("units", List.copyOf(unitIds));
        }
        return query;
    }

    private static ReportFigures figures(Long unitId, Object[] row, int first) {
        return new ReportFigures(unitId, count(row[first]), count(row[first + 1]), count(row[first + 2]),
                count(row[first + 3]), count(row[first + 4]), count(row[first + 5]));
    }

    /** A COUNT or SUM: null (a SUM over no row) is 0. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<Report> findPublished(Long unitId, Set<ReportStatus> statuses, Set<String> kindCodes, Instant from,
                                      Instant before, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed = em.createQuery("SELECT r.id FROM Report r"
                + publishedWhere(unitId, statuses, kindCodes, from, before, parameters)
                + " ORDER BY r.submittedAt DESC, r.id DESC", Long.class);
        parameters.forEach(typed::setParameter);
        return inOrder(typed.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long countPublished(Long unitId, Set<ReportStatus> statuses, Set<String> kindCodes, Instant from,
                               Instant before) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(r) FROM Report r"
                + publishedWhere(unitId, statuses, kindCodes, from, before, parameters), Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private static String publishedWhere(Long unitId, Set<ReportStatus> statuses, Set<String> kindCodes,
                                         Instant from, Instant before, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE r.published = TRUE AND r.submittedAt >= :from"
                + " AND r.submittedAt < :before");
        parameters.put("from", from);
        parameters.put("before", before);
        if (unitId != null) {
            where.append(" AND r.unitId = :unit");
            parameters.put("unit", unitId);
        }
        if (!statuses.isEmpty()) {
            where.append(" AND r.status IN :statuses");
            parameters.put("statuses", List.copyOf(statuses));
        }
        if (!kindCodes.isEmpty()) {
            where.append(" AND r.kindCode IN :kinds");
            parameters.put("kinds", List.copyOf(kindCodes));
        }
        return where.toString();
    }

    @Override
    public List<Report> findPublishedByIds(Long unitId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Report> typed = em.createQuery("SELECT r FROM Report r WHERE r.published = TRUE AND r.id IN :ids"
                + (unitId == null ? "" : " AND r.unitId = :unit"), Report.class)
                .setParameter("ids", List.copyOf(ids));
        if (unitId != null) {
            typed.setParameter("unit", unitId);
        }
        return typed.getResultList();
    }

    @Override
    public List<ReportEvent> publicEventsOfPublished(Long unitId, Instant from, Instant before, int offset,
                                                     int limit) {
        // a subquery, not a join: joined to Report with a condition on r.unitId, EclipseLink lost the unit scope's
        // join condition and repeated each event once per unit
        TypedQuery<ReportEvent> typed = em.createQuery("SELECT e FROM ReportEvent e WHERE e.reportId IN"
                        + " (SELECT r.id FROM Report r WHERE r.published = TRUE"
                        + (unitId == null ? "" : " AND r.unitId = :unit") + ")"
                        + " AND e.publicText <> '' AND e.occurredAt >= :from AND e.occurredAt < :before"
                        + " ORDER BY e.occurredAt, e.id", ReportEvent.class)
                .setParameter("from", from)
                .setParameter("before", before);
        if (unitId != null) {
            typed.setParameter("unit", unitId);
        }
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Long> firstPhotoIds(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT p.reportId, MIN(p.id) FROM ReportPhoto p WHERE p.reportId IN :ids"
                        + " GROUP BY p.reportId", Object[].class)
                .setParameter("ids", reportIds).getResultList();
        Map<Long, Long> first = new HashMap<>();
        rows.forEach(row -> first.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return first;
    }
}
