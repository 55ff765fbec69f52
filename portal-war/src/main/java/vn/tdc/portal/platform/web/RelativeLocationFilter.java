package vn.tdc.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirects and {@code Location} headers never repeat the request's {@code Host} header: a client (or a poisoned
 * cache in front of the portal) could otherwise have the portal send visitors to another site. The container makes
 * every redirect absolute with the Host it was sent, and JAX-RS does the same for a created resource's address; here
 * a redirect to a path of the portal stays relative ({@code /dang-nhap?next=…}, which browsers resolve against the
 * address they are on), and an absolute address on the request's own host is cut back to its path. Addresses of
 * other sites (none today) pass as they are.
 */
@WebFilter(filterName = "relativeLocation", urlPatterns = "/*", asyncSupported = true)
public class RelativeLocationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new RelativeLocationResponse(response, request.getHeader("Host")));
    }

    /** The path, query and fragment of {@code location} when it points at {@code host}; else {@code location}. */
    static String relative(String location, String host) {
        if (location == null || host == null) {
            return location;
        }
        try {
            URI uri = new URI(location.strip());
            if (!uri.isAbsolute() || uri.getRawAuthority() == null
                    || !uri.getRawAuthority().equalsIgnoreCase(host.strip())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private static final class RelativeLocationResponse extends HttpServletResponseWrapper {

        private final String host;

        RelativeLocationResponse(HttpServletResponse response, String host) {
            super(response);
            this.host = host;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            String target = relative(location, host);
            if (target == null || target.contains("\r") || target.contains("\n")) {
                super.sendRedirect(location);
                return;
            }
            resetBuffer();
            setStatus(SC_FOUND);
            super.setHeader("Location", target);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, host) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, host) : value);
        }
    }
}
