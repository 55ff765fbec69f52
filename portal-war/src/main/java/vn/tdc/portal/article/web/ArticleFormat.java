package vn.tdc.portal.article.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tdc.portal.platform.time.PortalTime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the news pages, feeds and sitemap write dates and filter links. */
@Named
@ApplicationScoped
public class ArticleFormat {

    /** Dates on the pages are Vietnam's calendar days. */
    public static final ZoneId ZONE = PortalTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    /** "14/10/2026" in Vietnam time; empty for no value. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** RFC 3339 in UTC to the second, "2026-10-14T01:00:00Z" (feeds, sitemap, Open Graph, JSON-LD). */
    public String iso(Instant instant) {
        return rfc3339(instant);
    }

    /** The list of articles carrying one tag: {@code /tin-tuc?the=h%C3%A0ng+gi%E1%BA%A3}. */
    public String tagLink(String tag) {
        return "/tin-tuc?the=" + URLEncoder.encode(tag == null ? "" : tag, StandardCharsets.UTF_8);
    }

    /** The list of one category: {@code /tin-tuc?chuyen-muc=do-luong}. */
    public String categoryLink(String code) {
        return "/tin-tuc?chuyen-muc=" + URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8);
    }

    public static String rfc3339(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
