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
 * How many reports one client may submit: {@code portal.reports.rate-limit.burst} at once, then
 * {@code portal.reports.rate-limit.per-minute} more each minute. Shared by every channel (web form, JSON API,
 * Open311); each channel chooses the client key (an address, an Open311 key). A burst of 0 disables the limit.
 */
@ApplicationScoped
@Typed({SubmissionRateLimit.class, ClientLimit.class})
public class SubmissionRateLimit extends TokenBucketLimit {

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.per-minute", defaultValue = "10")
    double perMinute;

    public SubmissionRateLimit() {
        super("report.rateLimit.exceeded");
    }

    /** A limit on its own grid map {@code name} (tests). */
    SubmissionRateLimit(DataGrid grid, String name, int burst, double perMinute, TimeMeter clock) {
        this();
        start(grid, name, burst, perMinute / 60d, clock);
    }

    @PostConstruct
    void create() {
        start(grid, "report-submission", burst, perMinute / 60d, TimeMeter.SYSTEM_MILLISECONDS);
    }
}
