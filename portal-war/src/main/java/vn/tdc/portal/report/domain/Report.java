package vn.tdc.portal.report.domain;

import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.unit.domain.UnitKey;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tdc.portal.platform.time.PortalTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident's report of short-weighing, fake or substandard goods. The rules it keeps:
 * <ul>
 *   <li>its state moves only along {@link ReportStatus#canMoveTo}; closing as unfounded needs a reason and
 *   handing over to a department needs the department;</li>
 *   <li>it is not public until an officer {@link #publish publishes} it (it may name a stall owner); the contact
 *   details are never public;</li>
 *   <li>it is due {@code dueWorkingDays} working days after submission (in Vietnam's time zone) and is overdue
 *   while open after that date; it was handled on time when it was closed on or before it;</li>
 *   <li>the resident may say whether the outcome satisfied them once it is closed, and reopen it within
 *   {@link #REOPEN_WINDOW} of the closing.</li>
 * </ul>
 * Every change returns the {@link ReportEvent} that records it.
 */
@Entity
@Table(name = "report")
@AdditionalCriteria(UnitScope.REPORT_CRITERION)
public class Report {

    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The ward (or province, or the root) the row belongs to; see {@link UnitScope}. */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    /** A copy of the unit's path (fixed once the unit exists): the unit scope reads it without a join. */
    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;

    @Column(name = "idempotency_key", length = 80)
    private String idempotencyKey;

    @Column(name = "kind_code", nullable = false, length = 40)
    private String kindCode;

    @Convert(converter = ReportStatusConverter.class)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Convert(converter = ReportChannelConverter.class)
    @Column(nullable = false, length = 10)
    private ReportChannel channel;

    @Embedded
    private ReportPlace place;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(nullable = false)
    private String description;

    @Column(name = "media_url", length = MediaLink.MAX_LENGTH)
    private String mediaUrl;

    @Column(name = "attribute_values", nullable = false)
    private String attributeValuesJson;

    @Embedded
    private ReportContact contact;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "closing_reason", nullable = false, length = 2000)
    private String closingReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Kept with the report so that statistics count it in the database; see {@link #closedOnTime()}. */
    @Column(name = "closed_on_time")
    private Boolean closedOnTime;

    private Boolean satisfied;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Report() {
    }

    /**
     * A new report as submitted, routed to its kind's department and due {@code dueWorkingDays} working days later;
     * {@code place}, {@code mediaLink} (null when the client sent none) and {@code contact} are already validated
     * value objects.
     */
    public Report(UnitKey unit, TrackingCode code, String idempotencyKey, String kindCode, String departmentCode,
                  int dueWorkingDays, ReportChannel channel, ReportPlace place, Instant occurredAt, String description,
                  MediaLink mediaLink, String attributeValuesJson, ReportContact contact, Instant now) {
        this.unitId = unit.id();
        this.unitPath = unit.path();
        this.trackingCode = code.value();
        this.idempotencyKey = idempotencyKey;
        this.kindCode = kindCode;
        this.departmentCode = departmentCode;
        this.status = ReportStatus.MOI;
        this.channel = channel;
        this.place = place;
        this.occurredAt = occurredAt;
        this.description = description;
        this.mediaUrl = mediaLink == null ? null : mediaLink.url();
        this.attributeValuesJson = attributeValuesJson;
        this.contact = new ReportContact(contact.name(), contact.phone(), contact.email()); // its own, never shared
        this.closingReason = "";
        this.submittedAt = now;
        this.updatedAt = now;
        this.dueDate = WorkingDays.add(PortalTime.dateOf(now), dueWorkingDays);
    }

    /**
     * An officer's change of state. {@code reason} is required when closing as unfounded and becomes the public
     * text if no other is given; {@code departmentCode} is required when handing over.
     */
    public ReportEvent moveTo(ReportStatus target, String actor, String departmentCode, String reason,
                              String publicText, String internalText, Instant now) {
        ReportStatus current = status();
        if (!current.canMoveTo(target)) {
            throw new ReportRuleException("report.rule.illegal_transition", current.code(), target.code());
        }
        if (target.needsReason() && isBlank(reason)) {
            throw new ReportRuleException("report.rule.reason_required");
        }
        if (target == ReportStatus.DA_CHUYEN) {
            if (isBlank(departmentCode)) {
                throw new ReportRuleException("report.rule.department_required");
            }
            this.departmentCode = departmentCode;
        }
        return changeStatus(target, actor, reason, publicText, internalText, now);
    }

    /**
     * Closes this report as a duplicate of an earlier one. The resident is told that it is handled with another
     * report but never given that report's tracking code (it is someone else's credential); officers see it in the
     * audit trail.
     */
    public ReportEvent markDuplicateOf(Report original, String actor, String publicText, Instant now) {
        if (original.id.equals(id)) {
            throw new ReportRuleException("report.rule.duplicate_of_itself");
        }
        if (!status().canMoveTo(ReportStatus.KHONG_DU_CAN_CU)) {
            throw new ReportRuleException("report.rule.illegal_transition", status().code(),
                    ReportStatus.KHONG_DU_CAN_CU.code());
        }
        ReportStatus from = status();
        this.duplicateOf = original.id;
        String reason = ReportEventText.DUPLICATE.code();
        changeStatus(ReportStatus.KHONG_DU_CAN_CU, actor, reason, "", "", now);
        return new ReportEvent(id, now, actor, ReportEventType.MARKED_DUPLICATE, from, ReportStatus.KHONG_DU_CAN_CU,
                isBlank(publicText) ? reason : publicText, "Trùng với " + original.trackingCode);
    }

    private ReportEvent changeStatus(ReportStatus target, String actor, String reason, String publicText,
                                     String internalText, Instant now) {
        ReportStatus from = status();
        this.status = target;
        if (target.isClosed()) {
            this.closedAt = now;
            this.closedOnTime = !PortalTime.dateOf(now).isAfter(dueDate);
            this.closingReason = reason == null ? "" : reason.strip();
        } else {
            this.closedAt = null;
            this.closedOnTime = null;
            this.closingReason = "";
            this.satisfied = null;
            if (target == ReportStatus.DANG_XAC_MINH && from.isClosed()) {
                this.duplicateOf = null;
            }
        }
        this.updatedAt = now;
        String shown = isBlank(publicText) && target.needsReason() ? reason.strip() : publicText;
        return new ReportEvent(id, now, actor, ReportEventType.STATUS_CHANGED, from, target, shown, internalText);
    }

    /**
     * Hands the report over to another ward. Who may decide it (staff above the wards) is the application's check;
     * the report's own rules are: only an open report moves, never to the ward it is in, and always with a reason.
     * It keeps its state, due date and trail; from then on it belongs to {@code target}, so the old ward's
     * staff no longer see it and the new ward's do. The resident reads {@code publicText} (where it went); the
     * reason stays internal.
     */
    public ReportEvent transferTo(UnitKey target, String actor, String reason, String publicText, Instant now) {
        if (status().isClosed()) {
            throw new ReportRuleException("report.rule.transfer_closed");
        }
        if (isBlank(reason)) {
            throw new ReportRuleException("report.rule.transfer_reason_required");
        }
        if (unitId == target.id()) {
            throw new ReportRuleException("report.rule.transfer_same_unit");
        }
        long from = unitId;
        this.unitId = target.id();
        this.unitPath = target.path();
        this.updatedAt = now;
        return ReportEvent.transferred(id, now, actor, from, target.id(), publicText, reason.strip());
    }

    /**
     * Puts the report with another department without an officer's handing over: when it reaches a ward that does not
     * have its department ({@link DepartmentRouting#onArrival}).
     */
    public void routeTo(String departmentCode) {
        if (isBlank(departmentCode)) {
            throw new IllegalArgumentException("A report always has a department");
        }
        this.departmentCode = departmentCode;
    }

    /** A note without change of state: public (the resident is told) or internal. */
    public ReportEvent note(String actor, String publicText, String internalText, Instant now) {
        if (isBlank(publicText) && isBlank(internalText)) {
            throw new ReportRuleException("report.rule.note_empty");
        }
        this.updatedAt = now;
        return new ReportEvent(id, now, actor, isBlank(publicText) ? ReportEventType.INTERNAL_NOTE
                : ReportEventType.PUBLIC_UPDATE, null, null, publicText, internalText);
    }

    public ReportEvent publish(String actor, Instant now) {
        if (published) {
            throw new ReportRuleException("report.rule.already_published");
        }
        this.published = true;
        this.publishedAt = now;
        this.updatedAt = now;
        return new ReportEvent(id, now, actor, ReportEventType.PUBLISHED, null, null, "", "");
    }

    public ReportEvent unpublish(String actor, Instant now) {
        if (!published) {
            throw new ReportRuleException("report.rule.not_published");
        }
        this.published = false;
        this.updatedAt = now;
        return new ReportEvent(id, now, actor, ReportEventType.UNPUBLISHED, null, null, "", "");
    }

    /** More information from the resident; kept internal (it may name people) until an officer reflects it. */
    public ReportEvent addInformation(String text, Instant now) {
        this.updatedAt = now;
        return new ReportEvent(id, now, ReportEvent.RESIDENT, ReportEventType.INFORMATION_ADDED, null, null, "",
                text);
    }

    public ReportEvent photoAdded(Instant now) {
        this.updatedAt = now;
        return new ReportEvent(id, now, ReportEvent.RESIDENT, ReportEventType.PHOTO_ADDED, null, null, "", "");
    }

    /**
     * The resident's view of the outcome. Only a closed report can be rated; {@code reopen} brings it back to
     * verification if the report was closed less than {@link #REOPEN_WINDOW} ago.
     */
    public ReportEvent feedback(boolean satisfied, boolean reopen, String comment, Instant now) {
        if (!status().isClosed()) {
            throw new ReportRuleException("report.rule.feedback_not_closed");
        }
        if (reopen && !canReopen(now)) {
            throw new ReportRuleException("report.rule.reopen_window", REOPEN_WINDOW.toDays());
        }
        this.satisfied = satisfied;
        this.updatedAt = now;
        String text = comment == null ? "" : comment.strip();
        if (reopen) {
            ReportStatus from = status();
            this.status = ReportStatus.DANG_XAC_MINH;
            this.closedAt = null;
            this.closedOnTime = null;
            this.closingReason = "";
            this.duplicateOf = null;
            return new ReportEvent(id, now, ReportEvent.RESIDENT, ReportEventType.FEEDBACK, from,
                    ReportStatus.DANG_XAC_MINH, ReportEventText.REOPEN_REQUESTED.code(), text);
        }
        return new ReportEvent(id, now, ReportEvent.RESIDENT, ReportEventType.FEEDBACK, null, null, "", text);
    }

    public boolean canReopen(Instant now) {
        return status().isClosed() && closedAt != null && !now.isAfter(closedAt.plus(REOPEN_WINDOW));
    }

    public boolean isOverdue(LocalDate today) {
        return !status().isClosed() && today.isAfter(dueDate);
    }

    /**
     * Empty while open; whether it was closed on or before its due date (a day in Vietnam) otherwise. Decided when the
     * report is closed and kept in {@code closed_on_time}, where the statistics count it.
     */
    public Optional<Boolean> closedOnTime() {
        return Optional.ofNullable(closedOnTime);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Long id() {
        return id;
    }

    public TrackingCode trackingCode() {
        return new TrackingCode(trackingCode);
    }

    public String kindCode() {
        return kindCode;
    }

    public ReportStatus status() {
        return status;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public ReportChannel channel() {
        return channel;
    }

    public ReportPlace place() {
        return place;
    }

    public Optional<Instant> occurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    public String description() {
        return description;
    }

    /** The client application's link to its own photo of the case, for officers only; never fetched. */
    public Optional<MediaLink> mediaLink() {
        return Optional.ofNullable(mediaUrl).map(MediaLink::new);
    }

    public String attributeValuesJson() {
        return attributeValuesJson;
    }

    public ReportContact contact() {
        return contact;
    }

    public boolean published() {
        return published;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Long> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public String closingReason() {
        return closingReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Boolean> satisfied() {
        return Optional.ofNullable(satisfied);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long unitId() {
        return unitId;
    }
}
