package vn.tdc.portal.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

/**
 * Per-client limits of the public endpoints that cost the most (the assistant and search), keyed by the
 * client's address. A burst of 0 disables a limit (for benchmarks).
 */
@ApplicationScoped
public class RateLimits implements ClientLimit {

    @Inject
    @ConfigProperty(name = "portal.rate-limit.burst", defaultValue = "300")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.rate-limit.per-second", defaultValue = "5")
    double perSecond;

    private ClientRateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new ClientRateLimiter(burst, perSecond, System::nanoTime);
    }

    /** Counts one request of the client; throws 429 in the JSON error format when it is over its limit. */
    @Override
    public void check(String client) {
        if (!limiter.tryAcquire(client)) {
            throw ProblemException.of(ProblemKind.RATE_LIMITED, "api.error.too_many_requests");
        }
    }
}
