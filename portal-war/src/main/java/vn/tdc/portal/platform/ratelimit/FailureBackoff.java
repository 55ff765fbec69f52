package vn.tdc.portal.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Exponential back-off of failed attempts per key (an account, a client address): the first {@code lockAfter - 1}
 * failures cost nothing; the {@code lockAfter}-th locks the key for {@code firstLock}, and each further failure
 * doubles the lock, up to {@code maxLock}. Attempts refused while the key is locked are not failures (the caller does
 * not examine them), so hammering a locked key does not lengthen its lock. A key quiet for {@code maxLock} after its
 * last lock ended is forgotten: locks are always temporary. Memory stays bounded: forgotten keys are dropped once
 * many are held, and past a hard ceiling every key that is not locked at that moment is dropped.
 */
public final class FailureBackoff {

    private static final int CLEANUP_THRESHOLD = 10_000;
    private static final int CEILING = 50_000;

    private final int lockAfter;
    private final long firstLockNanos;
    private final long maxLockNanos;
    private final LongSupplier clock;
    private final Map<String, Failures> keys = new ConcurrentHashMap<>();

    /**
     * @param lockAfter failures that lock the key; 0 turns the back-off off
     * @param firstLock the first lock
     * @param maxLock   the longest lock, and how long a key must stay quiet after a lock to be forgotten
     * @param nanoClock {@link System#nanoTime()} or a test clock
     */
    public FailureBackoff(int lockAfter, Duration firstLock, Duration maxLock, LongSupplier nanoClock) {
        this.lockAfter = lockAfter;
        this.firstLockNanos = firstLock.toNanos();
        this.maxLockNanos = Math.max(firstLock.toNanos(), maxLock.toNanos());
        this.clock = nanoClock;
    }

    /** How long the key must still wait before an attempt of it is examined; zero when it may try now. */
    public Duration waitFor(String key) {
        if (lockAfter <= 0) {
            return Duration.ZERO;
        }
        Failures failures = keys.get(key);
        long now = clock.getAsLong();
        return failures == null ? Duration.ZERO : Duration.ofNanos(Math.max(0, failures.lockedUntil - now));
    }

    /** Counts one failed attempt of the key; returns the lock it now imposes (zero below {@code lockAfter}). */
    public Duration failed(String key) {
        if (lockAfter <= 0) {
            return Duration.ZERO;
        }
        long now = clock.getAsLong();
        if (keys.size() > CLEANUP_THRESHOLD) {
            keys.values().removeIf(f -> f.forgotten(now));
            if (keys.size() > CEILING) {
                keys.values().removeIf(f -> f.lockedUntil <= now);
            }
        }
        Failures failures = keys.compute(key, (k, f) -> (f == null || f.forgotten(now)) ? new Failures() : f);
        return Duration.ofNanos(failures.count(now));
    }

    /** Forgets the key's failures (a success). */
    public void reset(String key) {
        keys.remove(key);
    }

    private final class Failures {
        private int count;
        private long lastFailure;
        private long lockedUntil;

        synchronized long count(long now) {
            count++;
            lastFailure = now;
            if (count < lockAfter) {
                return 0;
            }
            long lock = firstLockNanos;
            for (int i = lockAfter; i < count && lock < maxLockNanos; i++) {
                lock *= 2;
            }
            lock = Math.min(lock, maxLockNanos);
            lockedUntil = now + lock;
            return lock;
        }

        synchronized boolean forgotten(long now) {
            return now - Math.max(lastFailure, lockedUntil) > maxLockNanos;
        }
    }
}
