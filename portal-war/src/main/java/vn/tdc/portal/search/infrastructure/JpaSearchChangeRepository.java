package vn.tdc.portal.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.search.domain.SearchChange;
import vn.tdc.portal.search.domain.SearchChangeAction;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The change log in {@code search_change}, by native queries (rows are not entities: nothing is ever loaded and
 * changed). Times are the database's ({@code NOW(3)}), the one clock every node shares.
 */
@ApplicationScoped
@Transactional
public class JpaSearchChangeRepository implements SearchChangeRepository {

    private static final String COLUMNS = "SELECT id, kind, entity_id, action FROM search_change";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(SearchChangeKind kind, String entityId, SearchChangeAction action) {
        em.createNativeQuery("INSERT INTO search_change (kind, entity_id, action) VALUES (?1, ?2, ?3)")
                .setParameter(1, kind.code())
                .setParameter(2, entityId)
                .setParameter(3, action.code())
                .executeUpdate();
    }

    @Override
    public long lastIdOlderThan(Duration age) {
        Number id = (Number) em.createNativeQuery(
                        "SELECT COALESCE(MAX(id), 0) FROM search_change WHERE changed_at < NOW(3) - INTERVAL ?1 SECOND")
                .setParameter(1, age.toSeconds())
                .getSingleResult();
        return id.longValue();
    }

    @Override
    public List<SearchChange> after(long id, int limit) {
        return rows(em.createNativeQuery(COLUMNS + " WHERE id > ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, id)
                .setParameter(2, limit)
                .getResultList());
    }

    @Override
    public List<SearchChange> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // numbers only, so they are written into the statement (a list parameter is not portable in native queries)
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return rows(em.createNativeQuery(COLUMNS + " WHERE id IN (" + list + ") ORDER BY id").getResultList());
    }

    @Override
    public int deleteOlderThan(Duration age) {
        return em.createNativeQuery("DELETE FROM search_change WHERE changed_at < NOW(3) - INTERVAL ?1 SECOND")
                .setParameter(1, age.toSeconds())
                .executeUpdate();
    }

    private static List<SearchChange> rows(List<?> result) {
        return result.stream().map(Object[].class::cast)
                .map(row -> new SearchChange(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
    }
}
