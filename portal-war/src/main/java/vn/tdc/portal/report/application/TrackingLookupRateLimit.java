package vn.tdc.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import vn.tdc.portal.platform.ratelimit.ClientLimit;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.ratelimit.TokenBucketLimit;

import io.github.bucket4j.TimeMeter;
import vn.tdc.portal.platform.cluster.DataGrid;

/**
 * How often one client (an address) may use a tracking code — follow a report at {@code /tra-cuu} or
 * {@code GET /api/reports/{code}}, give feedback: {@code portal.reports.lookup-rate-limit.burst} at once, then
 * {@code portal.reports.lookup-rate-limit.per-minute}. Plenty for a resident, far too few to try codes in bulk. A
 * burst of 0 disables the limit.
 */
@ApplicationScoped
@Typed({TrackingLookupRateLimit.class, ClientLimit.class})
public class TrackingLookupRateLimit extends TokenBucketLimit {

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "portal.reports.lookup-rate-limit.burst", defaultValue = "30")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.reports.lookup-rate-limit.per-minute", defaultValue = "10")
    double perMinute;

    public TrackingLookupRateLimit() {
        super("report.lookupRateLimit.exceeded");
    }

    /** A limit on its own grid map {@code name} (tests). */
    TrackingLookupRateLimit(DataGrid grid, String name, int burst, double perMinute, TimeMeter clock) {
        this();
        start(grid, name, burst, perMinute / 60d, clock);
    }

    @PostConstruct
    void create() {
        start(grid, "tracking-lookup", burst, perMinute / 60d, TimeMeter.SYSTEM_MILLISECONDS);
    }
}
