package vn.tdc.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.ratelimit.TokenBucketLimit;

import java.util.function.LongSupplier;

/**
 * How often one client (an address) may use a tracking code — follow a report at {@code /tra-cuu} or
 * {@code GET /api/reports/{code}}, give feedback: {@code portal.reports.lookup-rate-limit.burst} at once, then
 * {@code portal.reports.lookup-rate-limit.per-minute}. Plenty for a resident, far too few to try codes in bulk. A
 * burst of 0 disables the limit.
 */
@ApplicationScoped
public class TrackingLookupRateLimit extends TokenBucketLimit {

    @Inject
    @ConfigProperty(name = "portal.reports.lookup-rate-limit.burst", defaultValue = "30")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.reports.lookup-rate-limit.per-minute", defaultValue = "10")
    double perMinute;

    public TrackingLookupRateLimit() {
        super("report.lookupRateLimit.exceeded");
    }

    TrackingLookupRateLimit(int burst, double perMinute, LongSupplier nanoClock) {
        this();
        start(burst, perMinute / 60d, nanoClock);
    }

    @PostConstruct
    void create() {
        start(burst, perMinute / 60d, System::nanoTime);
    }
}
