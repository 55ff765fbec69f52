package vn.tdc.portal.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;

/** How the report pages write dates, states, event types and map points (Vietnam time, Vietnamese labels). */
@Named
@ApplicationScoped
public class ReportFormat {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "21/11/2026 18:05" in Vietnam time; empty for no value. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "21/11/2026"; empty for no value. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The Vietnamese label of a state code; the code itself when it has none. */
    public String status(String code) {
        return label("report.status.", code);
    }

    /** The Vietnamese label of an audit event type ({@code STATUS_CHANGED} …). */
    public String event(String type) {
        return label("reportDetail.event.", type);
    }

    /** "21.0285, 105.8542"; empty when the report has no map point. */
    public String coordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return "";
        }
        return plain(latitude) + ", " + plain(longitude);
    }

    /** The point on OpenStreetMap, with a marker; empty when the report has no map point. */
    public String mapUrl(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return "";
        }
        String lat = plain(latitude);
        String lon = plain(longitude);
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=18/" + lat + "/" + lon;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String label(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return Messages.get(prefix + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
