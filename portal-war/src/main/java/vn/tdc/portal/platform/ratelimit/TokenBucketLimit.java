package vn.tdc.portal.platform.ratelimit;

import io.github.bucket4j.TimeMeter;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.time.Duration;

/**
 * A {@link ClientLimit} of one configured allowance: a burst per client, refilled at a steady rate, counted across
 * the cluster; over it, 429 with the limit's own Vietnamese message. Subclasses read their settings and call
 * {@link #start} once. Their beans are {@code @Typed} to themselves and {@link ClientLimit}: this class has no
 * no-argument constructor, so as a bean type it would make Weld refuse to restore their proxies from a stored session
 * (a page bean that holds one, e.g. the report form, was lost when its session was read back from the data grid).
 */
public abstract class TokenBucketLimit implements ClientLimit {

    /** Clients the buckets of one limit may hold on one node before the least recent are dropped. */
    static final int MAX_CLIENTS_PER_NODE = 100_000;

    private final String exceededMessageKey;
    private ClientRateLimiter limiter;

    protected TokenBucketLimit(String exceededMessageKey) {
        this.exceededMessageKey = exceededMessageKey;
    }

    /**
     * Starts the limit on the grid map {@code tdc.rate-limit.<name>}. A burst of 0 disables the limit.
     *
     * @param clock wall-clock time ({@link TimeMeter#SYSTEM_MILLISECONDS} in production)
     */
    protected void start(DataGrid grid, String name, int burst, double perSecond, TimeMeter clock) {
        double secondsToFill = perSecond > 0 ? Math.max(1, burst) / perSecond : 86_400;
        limiter = new ClientRateLimiter(grid.boundedMap("tdc.rate-limit." + name,
                Duration.ofSeconds((long) Math.ceil(secondsToFill) + 60), MAX_CLIENTS_PER_NODE),
                burst, perSecond, clock);
    }

    /** Counts one request of the client; throws {@code RATE_LIMITED} when it is over its allowance. */
    @Override
    public void check(String client) {
        if (!limiter.tryAcquire(client)) {
            throw ProblemException.of(ProblemKind.RATE_LIMITED, exceededMessageKey);
        }
    }
}
