package vn.tdc.portal.report.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.report.domain.ReportChanged;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The public report figures (of the platform, a province, a ward; the province tables) as last counted, kept for
 * {@code portal.statistics.cache-seconds} (60; 0 turns the cache off). They are the same for everyone, and counting
 * the platform's 100 000 reports takes a few hundred milliseconds (bench/wards.sh): kept, every read after the first
 * is a lookup. A report filed or changed on this node empties the cache when its transaction commits, so this node
 * shows the new figures at once; other nodes of a cluster show them when their copy expires.
 *
 * <p>Bounded: at most {@value #MAX_WEIGHT} weight, where a set of figures weighs 1 plus one per row of a province
 * table (a row is a few hundred bytes), so the cache stays within a few megabytes whatever is asked.
 */
@ApplicationScoped
public class PublicFiguresCache {

    static final long MAX_WEIGHT = 20_000;

    @Inject
    @ConfigProperty(name = "portal.statistics.cache-seconds", defaultValue = "60")
    long seconds;

    @Inject
    CacheInvalidations invalidations;

    private Cache<Object, Object> figures;

    @PostConstruct
    void start() {
        if (seconds > 0) {
            figures = Caffeine.newBuilder()
                    .maximumWeight(MAX_WEIGHT)
                    .weigher((Object key, Object value) -> value instanceof ProvinceStatistics table
                            ? 1 + table.wards().size() : 1)
                    .expireAfterWrite(Duration.ofSeconds(seconds))
                    .executor(Runnable::run)
                    .build();
        }
    }

    /**
     * The figures kept under {@code key} (a record naming what was asked), counted by {@code count} when none are
     * kept; concurrent callers of the same key wait for one count.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> count) {
        return figures == null ? count.get() : (T) figures.get(key, k -> count.get());
    }

    /** The weight kept now, after pending evictions (tests). */
    long keptWeight() {
        if (figures == null) {
            return 0;
        }
        figures.cleanUp();
        return figures.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    void reportChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportChanged change) {
        forget();
        invalidations.publish(SharedCache.PUBLIC_FIGURES);
    }

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.PUBLIC_FIGURES)) {
            forget();
        }
    }

    private void forget() {
        if (figures != null) {
            figures.invalidateAll();
        }
    }
}
