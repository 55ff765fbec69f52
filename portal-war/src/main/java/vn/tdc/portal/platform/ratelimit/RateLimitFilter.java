package vn.tdc.portal.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Applies the allowances a resource names with {@link RateLimited} to the client's address (the TCP peer's: no
 * {@code X-Forwarded-For} is trusted), before the body is read or the method runs; the first allowance used up
 * answers 429 with its Vietnamese message (the portal's {@code ProblemException} mapper writes the JSON error).
 */
@Provider
@RateLimited
@ApplicationScoped
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    Instance<ClientLimit> limits;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        check(resource.getResourceMethod(), resource.getResourceClass(), http.getRemoteAddr());
    }

    /** Counts one request of {@code client} against each allowance the method, or else its class, names. */
    void check(Method method, Class<?> resourceClass, String client) {
        RateLimited declared = method.isAnnotationPresent(RateLimited.class) ? method.getAnnotation(RateLimited.class)
                : resourceClass.getAnnotation(RateLimited.class);
        for (Class<? extends ClientLimit> type : declared.value()) {
            limit(type).check(client);
        }
    }

    ClientLimit limit(Class<? extends ClientLimit> type) {
        return limits.select(type).get();
    }
}
