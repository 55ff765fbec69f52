package vn.tdc.portal.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.List;

/**
 * {@code Cache-Control: no-store} on every answer that may carry residents' contact details or staff data — the
 * administration pages (report detail, CSV export, accounts), the officers' and administrators' API, the login page
 * — and on what only the holder of a tracking code may read ({@code /tra-cuu}, {@code /api/reports/…}): no browser
 * cache, proxy or back button keeps a copy. Whatever the page or resource would set instead is overridden.
 */
@WebFilter(filterName = "noStore", urlPatterns = "/*", asyncSupported = true)
public class NoStoreFilter extends HttpFilter {

    static final String NO_STORE = "no-store";
    private static final List<String> PRIVATE_PATHS = List.of("/quan-tri/", "/api/admin/", "/api/officer/",
            "/api/reports/");
    private static final List<String> PRIVATE_PAGES = List.of("/quan-tri", "/dang-nhap", "/tra-cuu");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPrivate(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        chain.doFilter(request, new NoStoreResponse(response));
    }

    static boolean isPrivate(String path) {
        for (String page : PRIVATE_PAGES) {
            if (path.equals(page) || path.equals(page + ".xhtml")) {
                return true;
            }
        }
        return PRIVATE_PATHS.stream().anyMatch(path::startsWith);
    }

    /** Keeps {@code no-store} whatever is set later. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCacheControl(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isCacheControl(String name) {
            return "Cache-Control".equalsIgnoreCase(name);
        }
    }
}
