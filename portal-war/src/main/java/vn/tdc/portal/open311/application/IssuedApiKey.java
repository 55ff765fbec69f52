package vn.tdc.portal.open311.application;

import java.time.Instant;

/** A key just issued: {@code key} is the plaintext, shown this once and never stored. */
public record IssuedApiKey(long id, String label, String createdBy, Instant createdAt, String key) {
}
