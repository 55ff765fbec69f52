package vn.tdc.portal.article.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.article.application.ArticleIndexChanged;

import java.time.Duration;
import java.util.Optional;

/**
 * Rendered article pages as anonymous readers get them, kept for {@code portal.articles.page-cache-seconds}: an
 * article page is the same for every reader who is not logged in, and rendering it is the costly part of serving
 * it. Any change to any article empties the cache at once (related articles and categories appear on every page);
 * the time limit bounds what else may change (e.g. the ward's name). 0 seconds turns the cache off.
 *
 * <p>Bounded by memory: the kept pages weigh (their bytes plus {@value #ENTRY_OVERHEAD_BYTES} bytes each) at most
 * {@code portal.articles.page-cache-max-bytes} (16 MB: a rendered article page has 30–60 KB), less read pages going
 * first; a page larger than {@value #MAX_PAGE_BYTES} bytes is sent without being kept ({@link CapturedResponse}).
 */
@ApplicationScoped
public class ArticlePageCache {

    static final int MAX_PAGE_BYTES = 1024 * 1024;
    static final int ENTRY_OVERHEAD_BYTES = 256;

    /**
     * A rendered page: the bytes sent, their content type and the content security policy they were sent with (it
     * names the nonce of the page's inline scripts, which are part of the bytes; may be null).
     */
    public record RenderedPage(byte[] body, String contentType, String contentSecurityPolicy) {
    }

    @Inject
    @ConfigProperty(name = "portal.articles.page-cache-seconds", defaultValue = "60")
    long seconds;

    @Inject
    @ConfigProperty(name = "portal.articles.page-cache-max-bytes", defaultValue = "16777216")
    long maxBytes;

    @Inject
    CacheInvalidations invalidations;

    Ticker ticker = Ticker.systemTicker();

    private Cache<String, RenderedPage> pages;

    @PostConstruct
    void start() {
        if (seconds > 0) {
            pages = Caffeine.newBuilder()
                    .maximumWeight(maxBytes)
                    .weigher(ArticlePageCache::weight)
                    .expireAfterWrite(Duration.ofSeconds(seconds))
                    .ticker(ticker)
                    .executor(Runnable::run)
                    .build();
        }
    }

    public boolean enabled() {
        return pages != null;
    }

    /** The largest page that is kept, in bytes. */
    public int maxPageBytes() {
        return MAX_PAGE_BYTES;
    }

    public Optional<RenderedPage> find(String slug) {
        return enabled() ? Optional.ofNullable(pages.getIfPresent(slug)) : Optional.empty();
    }

    public void store(String slug, byte[] body, String contentType, String contentSecurityPolicy) {
        if (enabled() && body.length <= MAX_PAGE_BYTES) {
            pages.put(slug, new RenderedPage(body, contentType, contentSecurityPolicy));
        }
    }

    public void clear() {
        if (enabled()) {
            pages.invalidateAll();
        }
    }

    /** Approximate bytes of the kept pages. */
    long weightedSize() {
        if (!enabled()) {
            return 0;
        }
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    static int weight(String slug, RenderedPage page) {
        String policy = page.contentSecurityPolicy() == null ? "" : page.contentSecurityPolicy();
        return ENTRY_OVERHEAD_BYTES + 2 * (slug.length() + page.contentType().length() + policy.length())
                + page.body().length;
    }

    void articleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleIndexChanged change) {
        clear();
        invalidations.publish(SharedCache.ARTICLE_PAGES);
    }

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.ARTICLE_PAGES)) {
            clear();
        }
    }
}
