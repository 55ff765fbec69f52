package vn.tdc.portal.open311.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A key that lets one Open311 client (an app, a partner's system) submit reports. Only the SHA-256 of the key is
 * kept: the key itself is shown once to the administrator who issues it. A revoked key stays listed (who had it,
 * when it was withdrawn) but is never accepted again.
 */
@Entity
@Table(name = "open311_api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(String keyHash, String label, String createdBy, Instant now) {
        this.keyHash = keyHash;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Withdraws the key; revoking an already revoked key keeps the first date. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public Long id() {
        return id;
    }

    public String keyHash() {
        return keyHash;
    }

    public String label() {
        return label;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
