package vn.tdc.portal.report.application;

import vn.tdc.portal.report.domain.ReportChannel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a resident submits, from any channel (web form, JSON API, Open311), before the shared validation of
 * {@link ReportSubmissionService}. {@code photos} are the raw uploaded bytes; {@code mediaUrl} is a link to a photo a
 * client application keeps (Open311's {@code media_url}; null from the other channels), kept as a link for officers
 * and never fetched; {@code idempotencyKey} makes a retried or double-clicked submission return the first report
 * instead of a second one. An attribute without a value (a JSON {@code null}, an empty form input) counts as not
 * given.
 */
public record NewReport(String kindCode, String placeName, String address, BigDecimal latitude, BigDecimal longitude,
                        Instant occurredAt, String description, Map<String, String> attributes, boolean anonymous,
                        String contactName, String contactPhone, String contactEmail, String idempotencyKey,
                        ReportChannel channel, List<byte[]> photos, String mediaUrl) {

    public NewReport {
        Map<String, String> answers = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((code, value) -> {
                if (code != null && value != null) {
                    answers.put(code, value);
                }
            });
        }
        attributes = Collections.unmodifiableMap(answers);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
