package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tdc.portal.platform.persistence.InstantConverter;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a report's audit trail: who did what and when. {@code publicText} is what the resident (and, once
 * the report is published, everyone) reads; {@code internalText} is for officers only. An event with public text
 * is a public update.
 */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    /** The actor name of changes made by the resident who holds the tracking code. */
    public static final String RESIDENT = "nguoi-dan";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportEventType type;

    @Convert(converter = ReportStatusConverter.class)
    @Column(name = "from_status", length = 20)
    private ReportStatus fromStatus;

    @Convert(converter = ReportStatusConverter.class)
    @Column(name = "to_status", length = 20)
    private ReportStatus toStatus;

    @Column(name = "public_text", nullable = false, length = 4000)
    private String publicText;

    @Column(name = "internal_text", nullable = false, length = 4000)
    private String internalText;

    /** The unit the report left, for a {@link ReportEventType#TRANSFERRED} event. */
    @Column(name = "from_unit_id")
    private Long fromUnitId;

    /** The unit the report went to, for a {@link ReportEventType#TRANSFERRED} event. */
    @Column(name = "to_unit_id")
    private Long toUnitId;

    protected ReportEvent() {
    }

    public ReportEvent(long reportId, Instant occurredAt, String actor, ReportEventType type, ReportStatus from,
                       ReportStatus to, String publicText, String internalText) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = from;
        this.toStatus = to;
        this.publicText = publicText == null ? "" : publicText;
        this.internalText = internalText == null ? "" : internalText;
    }

    /** A report handed over from one unit to another: what the resident is told, and the officer's reason. */
    static ReportEvent transferred(long reportId, Instant occurredAt, String actor, long fromUnitId, long toUnitId,
                                   String publicText, String reason) {
        ReportEvent event = new ReportEvent(reportId, occurredAt, actor, ReportEventType.TRANSFERRED, null, null,
                publicText, reason);
        event.fromUnitId = fromUnitId;
        event.toUnitId = toUnitId;
        return event;
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public ReportEventType type() {
        return type;
    }

    public Optional<ReportStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public Optional<ReportStatus> toStatus() {
        return Optional.ofNullable(toStatus);
    }

    public String publicText() {
        return publicText;
    }

    public String internalText() {
        return internalText;
    }

    public Optional<Long> fromUnitId() {
        return Optional.ofNullable(fromUnitId);
    }

    public Optional<Long> toUnitId() {
        return Optional.ofNullable(toUnitId);
    }

    public boolean isPublic() {
        return !publicText.isEmpty();
    }
}
