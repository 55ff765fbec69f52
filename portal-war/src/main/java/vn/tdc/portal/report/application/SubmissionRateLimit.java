package vn.tdc.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.ratelimit.ClientLimit;
import vn.tdc.portal.platform.ratelimit.ClientRateLimiter;

import java.util.function.LongSupplier;

/**
 * How many reports one client may submit: {@code portal.reports.rate-limit.burst} at once, then
 * {@code portal.reports.rate-limit.per-minute} more each minute. Shared by every channel (web form, JSON API,
 * Open311); each channel chooses the client key (an address, an Open311 key). A burst of 0 disables the limit.
 */
@ApplicationScoped
public class SubmissionRateLimit implements ClientLimit {

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "portal.reports.rate-limit.per-minute", defaultValue = "10")
    double perMinute;

    private ClientRateLimiter limiter;

    public SubmissionRateLimit() {
    }

    SubmissionRateLimit(int burst, double perMinute, LongSupplier nanoClock) {
        this.limiter = new ClientRateLimiter(burst, perMinute / 60d, nanoClock);
    }

    @PostConstruct
    void create() {
        limiter = new ClientRateLimiter(burst, perMinute / 60d, System::nanoTime);
    }

    /** Counts one submission of the client; throws {@code TOO_MANY_REQUESTS} when it is over its limit. */
    @Override
    public void check(String clientKey) {
        if (!limiter.tryAcquire(clientKey)) {
            throw ProblemException.of(ProblemKind.RATE_LIMITED, "report.rateLimit.exceeded");
        }
    }
}
