package vn.tdc.portal.security.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which state-changing requests may proceed (cross-site request forgery protection). A request whose {@code Origin}
 * (or, without one, {@code Referer}) is the portal itself — the address the request was sent to, or
 * {@code portal.public-url} — always may. One from another site may only when it carries no credentials at all
 * (no session cookie, no {@code Authorization}): then it acts for nobody. One that names no source may unless it is
 * authenticated by the session cookie alone: programs using HTTP Basic send no cookie and name no source, browsers
 * always name the source of a POST. Reading methods (GET, HEAD, OPTIONS, TRACE) never change state and always may.
 */
final class SameOriginPolicy {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOriginPolicy() {
    }

    /**
     * @param ownOrigins       the portal's origins ({@link #originOf})
     * @param credentials      the request carries a session cookie or an {@code Authorization} header, or is logged in
     * @param cookieLogin      the request is logged in through the session cookie (not through {@code Authorization})
     */
    static boolean allows(String method, String origin, String referer, Set<String> ownOrigins, boolean credentials,
                          boolean cookieLogin) {
        if (READING.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        String source = origin != null && !origin.isBlank() ? origin : referer;
        if (source == null || source.isBlank()) {
            return !cookieLogin;
        }
        String sourceOrigin = originOf(source);
        if (sourceOrigin != null && ownOrigins.contains(sourceOrigin)) {
            return true;
        }
        return !credentials;
    }

    /**
     * {@code scheme://host[:port]} of an absolute http(s) address, lower case, without the scheme's default port;
     * null for anything else (including the opaque origin {@code null}).
     */
    static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
