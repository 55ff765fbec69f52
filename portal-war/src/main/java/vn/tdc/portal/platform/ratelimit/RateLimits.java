package vn.tdc.portal.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import io.github.bucket4j.TimeMeter;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.DataGrid;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-client limits of the public endpoints that cost the most (the assistant and search), keyed by the
 * client's address and counted across the cluster. A burst of 0 disables a limit (for benchmarks).
 */
@ApplicationScoped
@Typed({RateLimits.class, ClientLimit.class})
public class RateLimits extends TokenBucketLimit {

    @Inject
    DataGrid grid;

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
        start(grid, "public-api", burst, perSecond, TimeMeter.SYSTEM_MILLISECONDS);
    }
}
