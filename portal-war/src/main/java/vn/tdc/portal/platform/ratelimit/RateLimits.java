package vn.tdc.portal.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-client limits of the public endpoints that cost the most (the assistant and search), keyed by the
 * client's address. A burst of 0 disables a limit (for benchmarks).
 */
@ApplicationScoped
public class RateLimits extends TokenBucketLimit {

    @Inject
    @ConfigProperty(name = "portal.rate-limit.burst", defaultValue = "300")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.rate-limit.per-second", defaultValue = "5")
    double perSecond;

    public RateLimits() {
        super("api.error.too_many_requests");
    }

    @PostConstruct
    void create() {
        start(burst, perSecond, System::nanoTime);
    }
}
