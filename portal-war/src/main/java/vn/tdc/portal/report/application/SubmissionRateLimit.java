package vn.tdc.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.ratelimit.TokenBucketLimit;

import java.util.function.LongSupplier;

/**
 * How many reports one client may submit: {@code portal.reports.rate-limit.burst} at once, then
 * {@code portal.reports.rate-limit.per-minute} more each minute. Shared by every channel (web form, JSON API,
 * Open311); each channel chooses the client key (an address, an Open311 key). A burst of 0 disables the limit.
 */
@ApplicationScoped
public class SubmissionRateLimit extends TokenBucketLimit {

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.per-minute", defaultValue = "10")
    double perMinute;

    public SubmissionRateLimit() {
        super("report.rateLimit.exceeded");
    }

    SubmissionRateLimit(int burst, double perMinute, LongSupplier nanoClock) {
        this();
        start(burst, perMinute / 60d, nanoClock);
    }

    @PostConstruct
    void create() {
        start(burst, perMinute / 60d, System::nanoTime);
    }
}
