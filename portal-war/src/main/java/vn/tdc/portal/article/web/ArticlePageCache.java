package vn.tdc.portal.article.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.article.application.ArticleIndexChanged;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered article pages as anonymous readers get them, kept for {@code portal.articles.page-cache-seconds}: an
 * article page is the same for every reader who is not logged in, and rendering it is the costly part of serving
 * it. Any change to any article empties the cache at once (related articles and categories appear on every page);
 * the time limit bounds what else may change (e.g. the ward's name). 0 seconds turns the cache off.
 */
@ApplicationScoped
public class ArticlePageCache {

    static final int MAX_PAGES = 1000;

    /**
     * A rendered page: the bytes sent, their content type and the content security policy they were sent with (it
     * names the nonce of the page's inline scripts, which are part of the bytes).
     */
    public record RenderedPage(byte[] body, String contentType, String contentSecurityPolicy, long storedAtNanos) {
    }

    @Inject
    @ConfigProperty(name = "portal.articles.page-cache-seconds", defaultValue = "60")
    long seconds;

    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();

    public boolean enabled() {
        return seconds > 0;
    }

    public Optional<RenderedPage> find(String slug) {
        RenderedPage page = pages.get(slug);
        if (page == null || System.nanoTime() - page.storedAtNanos() > seconds * 1_000_000_000L) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    public void store(String slug, byte[] body, String contentType, String contentSecurityPolicy) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(slug, new RenderedPage(body, contentType, contentSecurityPolicy, System.nanoTime()));
    }

    public void clear() {
        pages.clear();
    }

    void articleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleIndexChanged change) {
        clear();
    }
}
