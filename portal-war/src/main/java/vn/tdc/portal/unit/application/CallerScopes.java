package vn.tdc.portal.unit.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import vn.tdc.portal.unit.domain.UnitRepository;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Duration;

/**
 * The unit scope of the current caller. A signed-in staff account sees its own unit and the units below it; a
 * resident (no account) and the portal's own work outside requests (start-up, schedules) see every unit, because what
 * they may read is already limited to public rows by the queries themselves (published reports and articles). An
 * account that no longer exists or is disabled sees nothing.
 *
 * <p>The caller of a web request is handed over by {@code unit.web.CallerScopeFilter} for the duration of the request
 * ({@link #enter}); the container's {@code SecurityContext} cannot be asked outside a request (it throws in a
 * start-up singleton). Accounts' paths are kept for {@value #KEEP_SECONDS} s ({@link #forget} after a change).
 */
@ApplicationScoped
public class CallerScopes {

    static final int KEEP_SECONDS = 30;

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    @Inject
    CacheInvalidations invalidations;

    private final Cache<String, UnitScope> byAccount = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .build();

    /** The request's signed-in account until the returned handle is closed; {@code null} for a resident. */
    public Entered enter(String username) {
        String before = CALLER.get();
        CALLER.set(username);
        return () -> {
            if (before == null) {
                CALLER.remove();
            } else {
                CALLER.set(before);
            }
        };
    }

    /** Ends what {@link #enter} began. */
    public interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    public UnitScope current() {
        String caller = CALLER.get();
        return caller == null ? UnitScope.all() : of(caller);
    }

    public UnitScope of(String username) {
        return byAccount.get(username, name -> units.pathOfAccount(name).map(UnitScope::of).orElse(UnitScope.none()));
    }

    /**
     * The unit of the signed-in staff account, where what it creates belongs (an article, a document, an account);
     * the default ward for work without an account.
     */
    public UnitView currentUnit() {
        String caller = CALLER.get();
        if (caller == null) {
            return directory.defaultWard();
        }
        return directory.byPath(of(caller).pathPrefix())
                .orElseThrow(() -> new IllegalStateException("No unit for account " + caller));
    }

    /** Forgets the account's kept scope here and on the other nodes (its unit or state has changed). */
    public void forget(String username) {
        byAccount.invalidate(username);
        invalidations.publish(SharedCache.CALLER_SCOPES, username);
    }

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.CALLER_SCOPES)) {
            invalidated.key().ifPresentOrElse(byAccount::invalidate, byAccount::invalidateAll);
        }
    }
}
