package vn.tdc.portal.unit.infrastructure;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.domain.UnitScope;

/**
 * Sets {@value UnitScope#PROPERTY} on the transaction's persistence context before a {@link ScopedByCaller}
 * repository runs. It runs inside the repository's transaction ({@code @Transactional} has a platform priority), so
 * the property reaches the same entity manager as the queries; the value is the same for the whole request.
 */
@ScopedByCaller
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CallerScopeInterceptor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerScopes scopes;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        em.setProperty(UnitScope.PROPERTY, scopes.current().likePattern());
        return invocation.proceed();
    }
}
