package vn.tdc.portal.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Exponential back-off of failed attempts per key (an account, a client address): the first {@code lockAfter - 1}
 * failures cost nothing; the {@code lockAfter}-th locks the key for {@code firstLock}, and each further failure
 * doubles the lock, up to {@code maxLock}. Attempts refused while the key is locked are not failures (the caller does
 * not examine them), so hammering a locked key does not lengthen its lock. A key quiet for {@code maxLock} after its
 * last lock ended is forgotten: locks are always temporary.
 *
 * <p>The failures live in a map shared by the nodes (a grid map in production, see
 * {@link vn.tdc.portal.platform.cluster.DataGrid#boundedMap}: its time-to-live and size bound keep memory bounded), so
 * an attacker spreading attempts over the nodes is counted once. Each key holds {@code [count, last failure,
 * locked until]} (epoch milliseconds), replaced whole by compare-and-swap, never changed in place.
 */
public final class FailureBackoff {

    private static final int COUNT = 0;
    private static final int LAST_FAILURE = 1;
    private static final int LOCKED_UNTIL = 2;

    private final int lockAfter;
    private final long firstLockMillis;
    private final long maxLockMillis;
    private final LongSupplier clock;
    private final ConcurrentMap<String, long[]> keys;

    /**
     * @param keys        where the failures are kept
     * @param lockAfter   failures that lock the key; 0 turns the back-off off
     * @param firstLock   the first lock
     * @param maxLock     the longest lock, and how long a key must stay quiet after a lock to be forgotten
     * @param millisClock {@link System#currentTimeMillis()} (the same on every node) or a test clock
     */
    public FailureBackoff(ConcurrentMap<String, long[]> keys, int lockAfter, Duration firstLock, Duration maxLock,
                          LongSupplier millisClock) {
        this.keys = keys;
        this.lockAfter = lockAfter;
        this.firstLockMillis = firstLock.toMillis();
        this.maxLockMillis = Math.max(firstLock.toMillis(), maxLock.toMillis());
        this.clock = millisClock;
    }

    /** How long a key must stay quiet to be forgotten, at most: the grid map's time-to-live. */
    public static Duration memory(Duration maxLock) {
        return maxLock.multipliedBy(2);
    }

    /** How long the key must still wait before an attempt of it is examined; zero when it may try now. */
    public Duration waitFor(String key) {
        if (lockAfter <= 0) {
            return Duration.ZERO;
        }
        long[] failures = keys.get(key);
        long now = clock.getAsLong();
        return failures == null ? Duration.ZERO : Duration.ofMillis(Math.max(0, failures[LOCKED_UNTIL] - now));
    }

    /** Counts one failed attempt of the key; returns the lock it now imposes (zero below {@code lockAfter}). */
    public Duration failed(String key) {
        if (lockAfter <= 0) {
            return Duration.ZERO;
        }
        long now = clock.getAsLong();
        long[] failures = keys.compute(key, (k, before) -> counted(before == null || forgotten(before, now)
                ? new long[3] : before, now));
        return failures[LOCKED_UNTIL] > now && failures[COUNT] >= lockAfter
                ? Duration.ofMillis(failures[LOCKED_UNTIL] - now) : Duration.ZERO;
    }

    /** Forgets the key's failures (a success). */
    public void reset(String key) {
        keys.remove(key);
    }

    private long[] counted(long[] before, long now) {
        long count = before[COUNT] + 1;
        if (count < lockAfter) {
            return new long[] {count, now, before[LOCKED_UNTIL]};
        }
        long lock = firstLockMillis;
        for (long i = lockAfter; i < count && lock < maxLockMillis; i++) {
            lock *= 2;
        }
        return new long[] {count, now, now + Math.min(lock, maxLockMillis)};
    }

    private boolean forgotten(long[] failures, long now) {
        return now - Math.max(failures[LAST_FAILURE], failures[LOCKED_UNTIL]) > maxLockMillis;
    }
}
