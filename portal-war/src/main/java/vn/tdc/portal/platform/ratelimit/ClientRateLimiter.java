package vn.tdc.portal.platform.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. Buckets of clients
 * that have been quiet long enough to be full again are forgotten, so memory stays bounded.
 */
public final class ClientRateLimiter {

    private static final int CLEANUP_THRESHOLD = 10_000;

    private final double burst;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimiter(int burst, double perSecond, LongSupplier nanoClock) {
        this.burst = burst;
        this.perNano = perSecond / 1_000_000_000d;
        this.clock = nanoClock;
    }

    /** Takes one token for the client; false means the client must wait (answer 429). */
    public boolean tryAcquire(String client) {
        if (burst <= 0) {
            return true;
        }
        long now = clock.getAsLong();
        if (buckets.size() > CLEANUP_THRESHOLD) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = burst;
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
