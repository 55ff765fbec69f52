package vn.tdc.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses on the portal's public address ({@code portal.public-url}), for what is read away from the
 * portal: feeds, the sitemap, robots.txt, Open Graph and structured data in pages.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The public address without a trailing slash, e.g. {@code https://tdc.dongcuu.gov.vn}. */
    public String base() {
        return publicUrl.strip().replaceAll("/+$", "");
    }

    /** {@code path} (starting with {@code /}) on the public address; empty for an empty path. */
    public String of(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return base() + (path.startsWith("/") ? path : "/" + path);
    }
}
