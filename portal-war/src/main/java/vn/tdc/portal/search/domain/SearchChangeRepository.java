package vn.tdc.portal.search.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The change log of what is searchable ({@code search_change}), shared by every node of a cluster through the
 * database. Ids grow with every change, but a transaction may commit after one that took a later id.
 */
public interface SearchChangeRepository {

    /**
     * Writes a change in the caller's transaction (there must be one), so that the change and its row commit
     * together or not at all.
     */
    void record(SearchChangeKind kind, String entityId, SearchChangeAction action);

    /**
     * The highest id among the rows written longer than {@code age} ago by the database's clock (0 when none): a
     * cursor from which every change that could still commit is ahead, unless a transaction stays open longer.
     */
    long lastIdOlderThan(Duration age);

    /** At most {@code limit} rows with an id above {@code id}, by id. */
    List<SearchChange> after(long id, int limit);

    /** The rows of these ids that exist (committed) now, by id. */
    List<SearchChange> withIds(Collection<Long> ids);

    /** Deletes the rows written longer than {@code age} ago; returns how many. */
    int deleteOlderThan(Duration age);
}
