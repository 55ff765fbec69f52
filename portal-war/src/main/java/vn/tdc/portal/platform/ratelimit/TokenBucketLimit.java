package vn.tdc.portal.platform.ratelimit;

import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.function.LongSupplier;

/**
 * A {@link ClientLimit} of one configured allowance: a burst per client, refilled at a steady rate; over it, 429
 * with the limit's own Vietnamese message. Subclasses read their settings and call {@link #start} once.
 */
public abstract class TokenBucketLimit implements ClientLimit {

    private final String exceededMessageKey;
    private ClientRateLimiter limiter;

    protected TokenBucketLimit(String exceededMessageKey) {
        this.exceededMessageKey = exceededMessageKey;
    }

    /** A burst of 0 disables the limit. */
    protected void start(int burst, double perSecond, LongSupplier nanoClock) {
        limiter = new ClientRateLimiter(burst, perSecond, nanoClock);
    }

    /** Counts one request of the client; throws {@code RATE_LIMITED} when it is over its allowance. */
    @Override
    public void check(String client) {
        if (!limiter.tryAcquire(client)) {
            throw ProblemException.of(ProblemKind.RATE_LIMITED, exceededMessageKey);
        }
    }
}
