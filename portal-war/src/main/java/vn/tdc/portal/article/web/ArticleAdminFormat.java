package vn.tdc.portal.article.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;

/** How the editors' pages write times and article states (Vietnam time, Vietnamese labels). */
@Named
@ApplicationScoped
public class ArticleAdminFormat {

    static final ZoneId ZONE = PortalTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    /** "21/11/2026 18:05" in Vietnam time; empty for no value. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The Vietnamese label of a state code ({@code article.status.<code>}); the code itself when it has none. */
    public String status(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return Messages.get("article.status." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
