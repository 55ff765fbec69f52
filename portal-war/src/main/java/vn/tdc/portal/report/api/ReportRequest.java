package vn.tdc.portal.report.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Body of {@code POST /api/reports} (JSON, or the {@code report} part of a multipart request with photos).
 * Field rules are checked by the application service, the same for every channel.
 */
public class ReportRequest {

    /** Kind code, e.g. {@code can-thieu}. */
    public String kind;
    public String placeName;
    public String address;
    public BigDecimal latitude;
    public BigDecimal longitude;
    /** ISO-8601 with offset, e.g. {@code 2026-11-20T08:30:00+07:00}. */
    public String occurredAt;
    public String description;
    public Map<String, String> attributes;
    public boolean anonymous;
    public Contact contact;
    /** Also accepted as the {@code Idempotency-Key} header. */
    public String idempotencyKey;
    /**
     * The ward's code (e.g. {@code xa-dong-cuu}); absent: the ward whose area holds the point, else the default
     * ward.
     */
    public String unit;

    /** How officers may reach the resident; never public. */
    public static class Contact {
        public String name;
        public String phone;
        public String email;
    }
}
