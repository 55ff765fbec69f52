package vn.tdc.portal.platform.ratelimit;

/**
 * An allowance of requests per client, named by {@link RateLimited} on a resource and also used directly where no
 * Jakarta REST filter reaches (JSF pages, Open311's per-key limit).
 */
public interface ClientLimit {

    /** Counts one request of the client; throws 429 {@code TOO_MANY_REQUESTS} with a Vietnamese message past it. */
    void check(String client);
}
