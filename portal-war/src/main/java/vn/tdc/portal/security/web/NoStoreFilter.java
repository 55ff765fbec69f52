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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** A resident page under a ward's address ({@code /xa-dong-cuu/tra-cuu}): the page is what follows the slug. */
    private static final Pattern WARD_PAGE = Pattern.compile("/[a-z0-9]+(?:-[a-z0-9]+)*(/[^/]+)");

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
        Matcher wardPage = WARD_PAGE.matcher(path);
        if (wardPage.matches() && isPrivatePage(wardPage.group(1))) {
            return true;
        }
        return isPrivatePage(path) || PRIVATE_PATHS.stream().anyMatch(path::startsWith);
    }

    private static boolean isPrivatePage(String path) {
        for (String page : PRIVATE_PAGES) {
            if (path.equals(page) || path.equals(page + ".xhtml")) {
                return true;
            }
        }
        return false;
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
