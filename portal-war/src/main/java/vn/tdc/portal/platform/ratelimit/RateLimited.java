package vn.tdc.portal.platform.ratelimit;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method (or every method of a resource class) whose requests count against the named allowances, per
 * client address, before the method runs: {@code @RateLimited(TrackingLookupRateLimit.class)}. Over an allowance the
 * request is answered 429 in the JSON error model by {@link RateLimitFilter}; the filter class itself carries the
 * annotation without a value.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The allowances a request takes (the CDI beans of these classes). */
    Class<? extends ClientLimit>[] value() default {};
}
