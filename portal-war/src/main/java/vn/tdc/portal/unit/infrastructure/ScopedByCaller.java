package vn.tdc.portal.unit.infrastructure;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository of owned entities: every call first hands the caller's {@link vn.tdc.portal.unit.domain.UnitScope}
 * to the persistence context, so that each query of the call sees only the caller's units.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScopedByCaller {
}
