package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.unit.web.CurrentWard;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable article addresses: {@code /tin-tuc/{slug}} shows {@code /tin-tuc/bai-viet.xhtml?slug={slug}}. Only one
 * path segment shaped like a slug is taken; the page itself ({@code bai-viet}) and the images
 * ({@code /tin-tuc/anh/…}, served by {@link ArticleImageServlet}) pass through. A ward's article address
 * ({@code /xa-dong-cuu/tin-tuc/{slug}}) is forwarded here by {@code unit.web.WardPathFilter}.
 */
@WebFilter(filterName = "articlePath", urlPatterns = "/tin-tuc/*")
public class ArticlePathFilter extends HttpFilter {

    @Inject
    ArticlePageCache cache;

    static final String PAGE = "/tin-tuc/bai-viet.xhtml";
    private static final Pattern ARTICLE = Pattern.compile("/tin-tuc/([a-z0-9]+(?:-[a-z0-9]+)*)/?");
    private static final Set<String> RESERVED = Set.of("bai-viet", "anh");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> slug = slugOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (slug.isPresent()) {
            if (cache.enabled() && isAnonymousRead(request)) {
                serveThroughCache(slug.get(), cacheKey(slug.get(), request), request, response);
            } else {
                request.getRequestDispatcher(PAGE + "?slug=" + slug.get()).forward(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A page from the cache, or rendered, sent and (when it is a plain 200 that set no cookie, of at most
     * {@link ArticlePageCache#maxPageBytes()}) kept. Only for readers who are not logged in and have no session: they
     * all get the same page.
     */
    private void serveThroughCache(String slug, String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<ArticlePageCache.RenderedPage> cached = cache.find(key);
        if (cached.isPresent()) {
            response.setContentType(cached.get().contentType());
            if (cached.get().contentSecurityPolicy() != null) {
                response.setHeader("Content-Security-Policy", cached.get().contentSecurityPolicy());
            }
            response.setContentLength(cached.get().body().length);
            response.getOutputStream().write(cached.get().body());
            return;
        }
        CapturedResponse captured = new CapturedResponse(response, cache.maxPageBytes());
        request.getRequestDispatcher(PAGE + "?slug=" + slug).forward(request, captured);
        if (captured.overflowed()) {
            return;
        }
        byte[] body = captured.bytes();
        if (captured.getStatus() == HttpServletResponse.SC_OK && !captured.cookieSet()
                && captured.getContentType() != null && captured.getContentType().startsWith("text/html")) {
            cache.store(key, body, captured.getContentType(), captured.getHeader("Content-Security-Policy"));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A page shows the ward it is read in (its header, links and footer): one cached page per ward and article. */
    static String cacheKey(String slug, HttpServletRequest request) {
        return CurrentWard.slugOf(request).map(ward -> ward + "/" + slug).orElse(slug);
    }

    private static boolean isAnonymousRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getUserPrincipal() == null
                && request.getHeader("Authorization") == null && request.getSession(false) == null;
    }

    /** The slug an address names, if it is an article address. */
    static Optional<String> slugOf(String path) {
        Matcher matcher = ARTICLE.matcher(path);
        if (!matcher.matches() || matcher.group(1).length() > 120 || RESERVED.contains(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }
}
