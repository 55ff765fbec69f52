package vn.tdc.portal.open311.application;

import vn.tdc.portal.open311.domain.ApiKey;

import java.io.Serializable;
import java.time.Instant;

/** What the administrator sees of a key: never the key itself, never its hash. */
public record ApiKeyView(long id, String label, String createdBy, Instant createdAt, Instant revokedAt,
                         boolean active) implements Serializable {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.label(), key.createdBy(), key.createdAt(), key.revokedAt().orElse(null),
                key.active());
    }
}
