package vn.tdc.portal.platform.ratelimit;

import com.hazelcast.map.IMap;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;

import java.time.Duration;

/**
 * A token bucket per client, shared by every node of the cluster: {@code burst} requests at once, refilled at
 * {@code perSecond}, whichever node the client's requests reach. The buckets are Bucket4j's, kept in a grid map as
 * bytes and changed by compare-and-swap, so no class of the portal has to exist on the member that owns an entry. The
 * map's time-to-live, counted from an entry's last change, must be at least the time a bucket takes to fill up again
 * ({@link TokenBucketLimit} gives it that and a size bound): a bucket dropped then is one that would be full anyway.
 */
public final class ClientRateLimiter {

    private final boolean enabled;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    /**
     * @param grid      the grid map holding this limit's buckets (one map per limit)
     * @param burst     requests a client may make at once; 0 turns the limit off
     * @param perSecond how fast a client's allowance refills
     * @param clock     wall-clock time, the same on every node (tests move their own)
     */
    public ClientRateLimiter(IMap<String, byte[]> grid, int burst, double perSecond, TimeMeter clock) {
        this.enabled = burst > 0;
        long nanosPerToken = perSecond > 0 ? Math.max(1, Math.round(1_000_000_000d / perSecond)) : Long.MAX_VALUE / 4;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, burst))
                        .refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .build();
        this.buckets = Bucket4jHazelcast.casBasedBuilder(grid)
                .clientClock(clock)
                .build();
    }

    /** Takes one token for the client; false means the client must wait (answer 429). */
    public boolean tryAcquire(String client) {
        return !enabled || buckets.builder().build(client, configuration).tryConsume(1);
    }
}
