package vn.tdc.portal.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** An entity that records who created it and who last changed it, and when ({@code created_*}, {@code updated_*}). */
@MappedSuperclass
public abstract class AuditedEntity {

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AuditedEntity() {
    }

    protected final void recordCreation(String user, Instant now) {
        this.createdBy = user;
        this.createdAt = now;
    }

    protected final void recordChange(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
