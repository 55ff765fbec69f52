package vn.tdc.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tile server of the portal's maps ({@code portal.map.tile-url}, a Leaflet URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, default OpenStreetMap's standard tiles) and the attribution
 * its terms ask for ({@code portal.map.attribution}). Pages never depend on it: whatever a map shows is also listed
 * in the page, so a map without tiles (server unreachable, scripts off) loses nothing. The tile server's origin is the
 * one outside address the content security policy lets images come from ({@link SecurityHeadersFilter}).
 */
@ApplicationScoped
@Named("mapTiles")
public class MapTiles {

    public static final String TILE_URL = "portal.map.tile-url";
    public static final String ATTRIBUTION = "portal.map.attribution";
    public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** Scheme and host (with a {@code {s}} subdomain placeholder allowed) and port of a tile URL template. */
    private static final Pattern ORIGIN = Pattern.compile(
            "(https?)://((?:\\{s\\}\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*(?::[0-9]{1,5})?)(?:/.*)?");

    @Inject
    @ConfigProperty(name = TILE_URL, defaultValue = DEFAULT_TILE_URL)
    String tileUrl;

    @Inject
    @ConfigProperty(name = ATTRIBUTION, defaultValue = "© OpenStreetMap contributors")
    String attribution;

    /** The tile URL template when it is a usable http(s) address, else empty (the map then shows no tiles). */
    public String getTileUrl() {
        return imageSource(tileUrl).isEmpty() ? "" : tileUrl.strip();
    }

    public String getAttribution() {
        return attribution == null ? "" : attribution.strip();
    }

    /**
     * The content security policy source of a tile URL template: its origin, a {@code {s}} subdomain as a wildcard
     * ({@code https://{s}.tile.example.org/…} → {@code https://*.tile.example.org}); empty for anything that is no
     * http(s) address of a plain host name, so that a mistaken setting can never open the policy wider.
     */
    public static String imageSource(String template) {
        if (template == null || template.isBlank()) {
            return "";
        }
        Matcher origin = ORIGIN.matcher(template.strip().toLowerCase(Locale.ROOT));
        if (!origin.matches()) {
            return "";
        }
        return origin.group(1) + "://" + origin.group(2).replace("{s}", "*");
    }
}
