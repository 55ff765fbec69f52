package vn.tdc.portal.report.application;

import vn.tdc.portal.report.domain.ReportChannel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a resident submits, from any channel (web form, JSON API, Open311), before the shared validation of
 * {@link ReportSubmissionService}. {@code photos} are the raw uploaded bytes; {@code idempotencyKey} makes a
 * retried or double-clicked submission return the first report instead of a second one.
 */
public record NewReport(String kindCode, String placeName, String address, BigDecimal latitude, BigDecimal longitude,
                        Instant occurredAt, String description, Map<String, String> attributes, boolean anonymous,
                        String contactName, String contactPhone, String contactEmail, String idempotencyKey,
                        ReportChannel channel, List<byte[]> photos) {

    public NewReport {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
