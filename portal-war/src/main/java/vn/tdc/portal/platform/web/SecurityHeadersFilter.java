package vn.tdc.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response. Scripts run only from the portal itself: no inline script and no
 * {@code eval}, except the inline scripts PrimeFaces writes into a page, which carry the page's nonce
 * ({@code primefaces.CSP} in {@code web.xml}). PrimeFaces announces that nonce in a {@code Content-Security-Policy}
 * header of its own; this filter keeps one policy per response, its own, with the nonce added to
 * {@code script-src}. Styles may still be inline: PrimeFaces' widgets position themselves with style attributes.
 * Images may come from one outside origin only, the map's tile server ({@link MapTiles}, {@code portal.map.tile-url}).
 * The camera is allowed on the portal's own scanning page only ({@value #SCAN_PAGE}: a QR code read in the browser).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String HEADER = "Content-Security-Policy";
    /** The page that reads an instrument's QR code with the phone's camera. */
    static final String SCAN_PAGE = "/tra-cuu-phuong-tien-do";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,100})'");

    /** The policy; {@code %s} is where a page's nonce source goes (or nothing). */
    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'%s",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:%s",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String CONTENT_SECURITY_POLICY = policy(null);

    /** The map's tile server origin ({@link MapTiles#imageSource}), or empty. */
    private String tileSource = "";

    @Override
    public void init() {
        tileSource = MapTiles.imageSource(ConfigProvider.getConfig().getOptionalValue(MapTiles.TILE_URL, String.class)
                .orElse(MapTiles.DEFAULT_TILE_URL));
    }

    /** The policy, allowing the inline scripts that carry {@code nonce} when there is one. */
    static String policy(String nonce) {
        return policy(nonce, "");
    }

    /** The policy, with images also from {@code tileSource} when it is not empty. */
    static String policy(String nonce, String tileSource) {
        return POLICY.formatted(nonce == null ? "" : " 'nonce-" + nonce + "'",
                tileSource == null || tileSource.isEmpty() ? "" : " " + tileSource);
    }

    /** The policy to send when another part of the portal asks for {@code requested}: ours, with its nonce if any. */
    static String merged(String requested) {
        return merged(requested, "");
    }

    static String merged(String requested, String tileSource) {
        Matcher nonce = NONCE.matcher(requested == null ? "" : requested);
        return policy(nonce.find() ? nonce.group(1) : null, tileSource);
    }

    /** The permissions policy of a path: the camera only for the scanning page, the position for the portal. */
    static String permissions(String path) {
        boolean scan = SCAN_PAGE.equals(path) || (SCAN_PAGE + ".xhtml").equals(path);
        return "camera=(" + (scan ? "self" : "") + "), microphone=(), geolocation=(self)";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, policy(null, tileSource));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy",
                permissions(request.getRequestURI().substring(request.getContextPath().length())));
        response.setHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, new OnePolicy(response, tileSource));
    }

    /** A response on which a policy set or added later (PrimeFaces' nonce) replaces the portal's, merged into it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        private final String tileSource;

        OnePolicy(HttpServletResponse response, String tileSource) {
            super(response);
            this.tileSource = tileSource;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HEADER.equalsIgnoreCase(name) ? merged(value, tileSource) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, merged(value, tileSource));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
