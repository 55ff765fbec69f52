package vn.tdc.portal.assistant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import vn.tdc.portal.assistant.domain.AnswerCounts;
import vn.tdc.portal.platform.time.PortalTime;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The assistant's answers of this node counted in memory and added to {@link AnswerCounts} at each {@link #flush}
 * (every {@code portal.assistant.count-flush-seconds}, before the counts are read, at shutdown): an answer costs no
 * database write, so counting adds nothing to the answer's time and no lock on a ward's row under load.
 *
 * <p>Between two flushes it holds one entry per unit and day answered on — at most the platform's units (twice
 * around midnight) — and a flush empties it. Counts a flush could not write are kept for the next one; counts of a
 * node that dies are lost (at most one interval of one node's answers).
 */
@ApplicationScoped
public class AnswerTally {

    private static final Logger LOG = Logger.getLogger(AnswerTally.class.getName());

    private record Key(long unitId, LocalDate day) {
    }

    @Inject
    AnswerCounts counts;

    /** Answered and grounded answers per unit and day since the last flush. */
    private final ConcurrentMap<Key, int[]> pending = new ConcurrentHashMap<>();

    /** Counts one answer given today on unit {@code unitId}'s pages; {@code grounded}: it cites sources. */
    public void record(long unitId, boolean grounded) {
        add(new Key(unitId, PortalTime.today()), 1, grounded ? 1 : 0);
    }

    private void add(Key key, int answered, int grounded) {
        pending.merge(key, new int[]{answered, grounded}, (a, b) -> new int[]{a[0] + b[0], a[1] + b[1]});
    }

    /** Adds the pending counts to the stored ones; what cannot be written now stays pending. */
    public void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            int[] taken = pending.remove(key);
            if (taken == null) {
                continue;
            }
            try {
                counts.add(key.unitId(), key.day(), taken[0], taken[1]);
            } catch (PersistenceException | TransactionalException e) {
                add(key, taken[0], taken[1]);
                LOG.log(Level.WARNING, "The assistant's answers could not be counted; kept for the next flush", e);
                return;
            }
        }
    }
}
