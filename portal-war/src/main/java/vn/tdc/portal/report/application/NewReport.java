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
 * {@link ReportSubmissionService}: the values are as sent, not yet checked. {@code photos} are the raw uploaded
 * bytes; {@code mediaUrl} is a link to a photo a client application keeps (Open311's {@code media_url}; null from the
 * other channels), kept as a link for officers and never fetched; {@code idempotencyKey} makes a retried or
 * double-clicked submission return the first report instead of a second one. An attribute without a value (a JSON
 * {@code null}, an empty form input) counts as not given. {@code unitCode} names the ward the report is for (its code
 * or slug: chosen on the form, preset by the ward's pages, Open311's {@code jurisdiction_id}); without it the ward is
 * the one whose area holds the point, else the default ward. Built with {@link #from}.
 */
public record NewReport(ReportChannel channel, String kindCode, Place place, Instant occurredAt, String description,
                        Map<String, String> attributes, Contact contact, List<byte[]> photos, String mediaUrl,
                        String idempotencyKey, String unitCode) {

    /** The place as sent: name, address and map point (all may be missing or malformed). */
    public record Place(String name, String address, BigDecimal latitude, BigDecimal longitude) {
    }

    /** The contact as sent; an anonymous resident's details are ignored. */
    public record Contact(boolean anonymous, String name, String phone, String email) {
    }

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
        place = place == null ? new Place(null, null, null, null) : place;
        contact = contact == null ? new Contact(false, null, null, null) : contact;
    }

    /** Starts a report of {@code kindCode} arriving through {@code channel}. */
    public static Builder from(ReportChannel channel, String kindCode) {
        return new Builder(channel, kindCode);
    }

    /** Collects a submission's parts; whatever is not set stays missing. */
    public static final class Builder {

        private final ReportChannel channel;
        private final String kindCode;
        private Place place;
        private Instant occurredAt;
        private String description;
        private Map<String, String> attributes;
        private Contact contact;
        private List<byte[]> photos;
        private String mediaUrl;
        private String idempotencyKey;
        private String unitCode;

        private Builder(ReportChannel channel, String kindCode) {
            this.channel = channel;
            this.kindCode = kindCode;
        }

        public Builder place(String name, String address, BigDecimal latitude, BigDecimal longitude) {
            this.place = new Place(name, address, latitude, longitude);
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder attributes(Map<String, String> attributes) {
            this.attributes = attributes;
            return this;
        }

        public Builder contact(boolean anonymous, String name, String phone, String email) {
            this.contact = new Contact(anonymous, name, phone, email);
            return this;
        }

        public Builder photos(List<byte[]> photos) {
            this.photos = photos;
            return this;
        }

        public Builder mediaUrl(String mediaUrl) {
            this.mediaUrl = mediaUrl;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder unit(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public NewReport build() {
            return new NewReport(channel, kindCode, place, occurredAt, description, attributes, contact, photos,
                    mediaUrl, idempotencyKey, unitCode);
        }
    }
}
