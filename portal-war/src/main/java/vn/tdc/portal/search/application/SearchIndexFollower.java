package vn.tdc.portal.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.tdc.portal.search.domain.SearchChange;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node's search index in step with changes made on any node of a cluster, through the change log of the
 * database ({@code search_change}, written in the transaction of every change).
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #begin} takes the cursor before the node rebuilds its index from the tables, so a change committed
 *       during the rebuild is applied after it. The cursor is the last row older than {@link #SETTLED}, not the last
 *       row: a transaction still open then may commit a lower id than rows already there, and the rows of that
 *       last minute are applied again (harmless: applying is idempotent).</li>
 *   <li>{@link #catchUp} (every {@code portal.search.follow-millis}) applies at most {@value #BATCH} rows after the
 *       cursor in id order and moves the cursor past them. Applying a row reads the entity again and does what its
 *       state asks ({@link IndexedSource#refresh}); the row's action is not trusted, a later change may have undone
 *       it.</li>
 *   <li>An id skipped over (a row not committed yet, or rolled back) is a gap: it is looked for again at every step
 *       for {@link #SETTLED}, then forgotten. At most {@value #MAX_GAPS} gaps are kept, the latest.</li>
 *   <li>A row whose application fails is tried again at the next step (the cursor stops before it), at most
 *       {@value #MAX_ATTEMPTS} times; then it is logged as lost for this node's index (until it restarts and
 *       rebuilds) and the cursor goes on, so one bad row does not stop the node from following.</li>
 *   <li>Rows older than {@link #KEEP} are deleted every {@link #PURGE_EVERY} (a starting node rebuilds from the
 *       tables, it does not need them).</li>
 * </ul>
 */
@ApplicationScoped
public class SearchIndexFollower {

    private static final Logger LOG = Logger.getLogger(SearchIndexFollower.class.getName());

    static final int BATCH = 500;
    static final Duration SETTLED = Duration.ofSeconds(60);
    static final int MAX_GAPS = 1000;
    static final int MAX_ATTEMPTS = 5;
    static final Duration KEEP = Duration.ofDays(1);
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    @Inject
    SearchChangeRepository changes;

    @Inject
    Instance<IndexedSource> sourceBeans;

    Clock clock = Clock.systemUTC();

    private final Map<SearchChangeKind, IndexedSource> sources = new EnumMap<>(SearchChangeKind.class);
    private final NavigableMap<Long, Instant> gaps = new TreeMap<>();
    private final Map<Long, Integer> failures = new HashMap<>();
    private long cursor = -1;
    private Instant nextPurge;

    public SearchIndexFollower() {
    }

    /** A follower outside the container (tests). */
    SearchIndexFollower(SearchChangeRepository changes, Clock clock, List<IndexedSource> sources) {
        this.changes = changes;
        this.clock = clock;
        sources.forEach(source -> this.sources.put(source.kind(), source));
    }

    /** Takes the cursor; call before the index is rebuilt from the tables. */
    public synchronized void begin() {
        if (sources.isEmpty() && sourceBeans != null) {
            sourceBeans.forEach(source -> sources.put(source.kind(), source));
        }
        cursor = changes.lastIdOlderThan(SETTLED);
        gaps.clear();
        failures.clear();
        nextPurge = clock.instant().plus(PURGE_EVERY);
        LOG.info(() -> "Search index follows the change log from row " + cursor);
    }

    /** The last row applied in order (every row up to it is applied, a gap or given up). */
    public synchronized long cursor() {
        return cursor;
    }

    /** One step: the late rows of the gaps, then the next rows; returns how many rows were done with. */
    public synchronized int catchUp() {
        if (cursor < 0) {
            throw new IllegalStateException("begin() was not called");
        }
        Instant now = clock.instant();
        int applied = applyLateRows(now) + applyNextRows(now);
        if (!now.isBefore(nextPurge)) {
            nextPurge = now.plus(PURGE_EVERY);
            int deleted = changes.deleteOlderThan(KEEP);
            if (deleted > 0) {
                LOG.fine(() -> deleted + " search change rows older than " + KEEP + " deleted");
            }
        }
        return applied;
    }

    private int applyLateRows(Instant now) {
        if (gaps.isEmpty()) {
            return 0;
        }
        int applied = 0;
        for (SearchChange change : changes.withIds(gaps.keySet())) {
            if (apply(change)) {
                gaps.remove(change.id());
                applied++;
            }
        }
        gaps.values().removeIf(noticed -> !noticed.plus(SETTLED).isAfter(now));
        return applied;
    }

    private int applyNextRows(Instant now) {
        int applied = 0;
        for (SearchChange change : changes.after(cursor, BATCH)) {
            noteGaps(cursor + 1, change.id(), now);
            if (!apply(change)) {
                break;
            }
            gaps.remove(change.id());
            cursor = change.id();
            applied++;
        }
        return applied;
    }

    /** The ids from {@code from} to before {@code to} have no committed row (yet). */
    private void noteGaps(long from, long to, Instant now) {
        for (long id = Math.max(from, to - MAX_GAPS); id < to; id++) {
            gaps.putIfAbsent(id, now);
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }

    /** True when the row is done with: applied, of a kind this node does not index, or given up. */
    private boolean apply(SearchChange change) {
        Optional<IndexedSource> source = SearchChangeKind.fromCode(change.kind()).map(sources::get);
        if (source.isEmpty()) {
            LOG.warning(() -> "Search change " + change.id() + " is of a kind this node does not index ("
                    + change.kind() + "); skipped");
            return true;
        }
        try {
            source.get().refresh(change.entityId());
            failures.remove(change.id());
            return true;
        } catch (RuntimeException e) {
            int attempts = failures.merge(change.id(), 1, Integer::sum);
            if (attempts >= MAX_ATTEMPTS) {
                failures.remove(change.id());
                LOG.log(Level.SEVERE, "Search change " + change.id() + " (" + change.kind() + " " + change.entityId()
                        + ") failed " + attempts + " times and is given up: this node's index may miss it until the"
                        + " next change of it or a restart", e);
                return true;
            }
            LOG.log(Level.WARNING, "Search change " + change.id() + " (" + change.kind() + " " + change.entityId()
                    + ") could not be applied; tried again at the next step", e);
            return false;
        }
    }
}
