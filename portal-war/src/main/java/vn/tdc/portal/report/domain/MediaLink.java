package vn.tdc.portal.report.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address of a photo or video that a client application keeps for a report (Open311's {@code media_url}, e.g. a
 * FixMyStreet photo). The portal never fetches it — no request leaves the portal on a client's word — and never
 * publishes it: officers see it as a plain link to open themselves. So it must be an absolute {@code http} or
 * {@code https} address with a host, without user name or password (a link that carries credentials or runs script
 * is refused), of at most {@link #MAX_LENGTH} characters.
 */
public record MediaLink(String url) {

    public static final int MAX_LENGTH = 2000;

    public MediaLink {
        if (!isValid(url)) {
            throw new IllegalArgumentException("not an http(s) link: " + url);
        }
    }

    /** Whether {@code text} (already stripped) may be kept as a link. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && !uri.isOpaque()
                    && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
