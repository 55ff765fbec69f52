package vn.tdc.portal.search.application;

import vn.tdc.portal.search.domain.SearchChange;
import vn.tdc.portal.search.domain.SearchChangeAction;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change log in memory, as the database shows it to a reader: only committed rows. {@link #commit} writes a
 * row of a given id, so a test can commit ids out of order as concurrent transactions do.
 */
final class InMemorySearchChanges implements SearchChangeRepository {

    private record Row(SearchChange change, Instant changedAt) {
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private final Clock clock;
    private long nextId = 1;

    InMemorySearchChanges(Clock clock) {
        this.clock = clock;
    }

    /** Commits a row with the next id. */
    long commit(String kind, String entityId) {
        return commit(nextId, kind, entityId);
    }

    /** Commits a row with this id (one taken earlier by a transaction that commits only now). */
    long commit(long id, String kind, String entityId) {
        rows.put(id, new Row(new SearchChange(id, kind, entityId, SearchChangeAction.UPSERT.code()), clock.instant()));
        nextId = Math.max(nextId, id + 1);
        return id;
    }

    /** Takes an id for a transaction that has not committed yet. */
    long takeId() {
        return nextId++;
    }

    int size() {
        return rows.size();
    }

    @Override
    public void record(SearchChangeKind kind, String entityId, SearchChangeAction action) {
        commit(kind.code(), entityId);
    }

    @Override
    public long lastIdOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        return rows.values().stream().filter(row -> row.changedAt().isBefore(before))
                .mapToLong(row -> row.change().id()).max().orElse(0);
    }

    @Override
    public List<SearchChange> after(long id, int limit) {
        return rows.values().stream().map(Row::change).filter(change -> change.id() > id).limit(limit).toList();
    }

    @Override
    public List<SearchChange> withIds(Collection<Long> ids) {
        List<SearchChange> found = new ArrayList<>();
        ids.stream().sorted().map(rows::get).filter(row -> row != null).forEach(row -> found.add(row.change()));
        return found;
    }

    @Override
    public int deleteOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        int size = rows.size();
        rows.values().removeIf(row -> row.changedAt().isBefore(before));
        return size - rows.size();
    }
}
