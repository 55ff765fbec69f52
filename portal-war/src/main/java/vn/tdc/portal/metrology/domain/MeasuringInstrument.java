package vn.tdc.portal.metrology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.tdc.portal.platform.persistence.AuditedEntity;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A measuring instrument used in trade at a place of a ward (and a stall of it), with its last verification.
 *
 * <p>Its state on a day ({@link #stateOn}) follows these rules, first match wins: suspended by officers →
 * {@link VerificationState#SUSPENDED}; last verification not passed → {@link VerificationState#FAILED}; never verified
 * or past its due date → {@link VerificationState#OVERDUE}; due within {@value #EXPIRING_DAYS} days →
 * {@link VerificationState#EXPIRING}; else {@link VerificationState#VALID}. The due date is the verification day plus
 * the type's cycle ({@link InstrumentType#dueAfter}); the instrument may be used up to and including that day.
 *
 * <p>{@link #code()} is its public code, printed on its QR sticker; it never changes. Owner details are for officers
 * only.
 */
@Entity
@Table(name = "measuring_instrument")
@AdditionalCriteria(UnitScope.CRITERION)
public class MeasuringInstrument extends AuditedEntity {

    /** How many days before its due date an instrument counts as expiring. */
    public static final int EXPIRING_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12, updatable = false)
    private String code;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode;

    @Column(nullable = false, length = 40)
    private String stall;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "serial_no", nullable = false, length = 80)
    private String serialNo;

    @Column(nullable = false, length = 120)
    private String brand;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "certificate_no", nullable = false, length = 80)
    private String certificateNo;

    @Column(name = "verification_passed", nullable = false)
    private boolean verificationPassed;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "reference_scale", nullable = false)
    private boolean referenceScale;

    @Column(nullable = false, length = 60)
    private String capacity;

    @Column(name = "opening_hours", nullable = false, length = 200)
    private String openingHours;

    @Version
    private long version;

    protected MeasuringInstrument() {
    }

    public MeasuringInstrument(InstrumentCode code, long unitId, String user, Instant now) {
        this.code = code.value();
        this.unitId = unitId;
        recordCreation(user, now);
    }

    /** Sets what the instrument is and where it is used. */
    public void describe(InstrumentType type, TradePlace place, String newStall, String newOwner, String newSerial,
                         String newBrand, String user, Instant now) {
        if (place.unitId() != unitId) {
            throw new IllegalArgumentException("place " + place.id() + " is not in unit " + unitId);
        }
        this.typeCode = type.code();
        this.placeId = place.id();
        this.stall = text(newStall);
        this.ownerName = newOwner == null || newOwner.isBlank() ? null : newOwner.strip();
        this.serialNo = newSerial.strip();
        this.brand = text(newBrand);
        if (verifiedOn != null) {
            this.dueOn = type.dueAfter(verifiedOn);
        }
        recordChange(user, now);
    }

    /**
     * Records a verification (kiểm định) on {@code day}: its certificate or stamp number and whether the instrument
     * passed. The due date moves to one cycle of its type later; {@code null} day clears the verification.
     */
    public void verified(InstrumentType type, LocalDate day, String certificate, boolean passed, String user,
                         Instant now) {
        this.verifiedOn = day;
        this.certificateNo = text(certificate);
        this.verificationPassed = day == null || passed;
        this.dueOn = day == null ? null : type.dueAfter(day);
        recordChange(user, now);
    }

    /** Marks the instrument as the place's reference scale (cân đối chứng) or not. */
    public void serveAsReference(boolean reference, String newCapacity, String newOpeningHours, String user,
                                 Instant now) {
        this.referenceScale = reference;
        this.capacity = reference ? text(newCapacity) : "";
        this.openingHours = reference ? text(newOpeningHours) : "";
        recordChange(user, now);
    }

    /** Suspends (or allows again) its use in trade, whatever its certificate says. */
    public void suspend(boolean suspend, String user, Instant now) {
        this.suspended = suspend;
        recordChange(user, now);
    }

    /** Its state on {@code day}; see the class comment for the rules. */
    public VerificationState stateOn(LocalDate day) {
        if (suspended) {
            return VerificationState.SUSPENDED;
        }
        if (verifiedOn != null && !verificationPassed) {
            return VerificationState.FAILED;
        }
        if (dueOn == null || day.isAfter(dueOn)) {
            return VerificationState.OVERDUE;
        }
        return ChronoUnit.DAYS.between(day, dueOn) <= EXPIRING_DAYS
                ? VerificationState.EXPIRING : VerificationState.VALID;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public Long id() {
        return id;
    }

    public InstrumentCode code() {
        return new InstrumentCode(code);
    }

    public long unitId() {
        return unitId;
    }

    public long placeId() {
        return placeId;
    }

    public String typeCode() {
        return typeCode;
    }

    public String stall() {
        return stall;
    }

    public String ownerName() {
        return ownerName;
    }

    public String serialNo() {
        return serialNo;
    }

    public String brand() {
        return brand;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public boolean verificationPassed() {
        return verificationPassed;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean suspended() {
        return suspended;
    }

    public boolean referenceScale() {
        return referenceScale;
    }

    public String capacity() {
        return capacity;
    }

    public String openingHours() {
        return openingHours;
    }

    public long version() {
        return version;
    }

    /**
     * An inspection found the instrument outside the permitted error ("không đạt"): its last verification no longer
     * counts as passed, so it is {@link VerificationState#FAILED} until it is verified again. The verification day,
     * certificate and due date stay as they were (they are the record of that verification). An instrument never
     * verified has nothing to fail: it stays {@link VerificationState#OVERDUE}, already unusable.
     *
     * @return whether its state changed
     */
    public boolean failedInspection(String user, Instant now) {
        if (verifiedOn == null || !verificationPassed) {
            return false;
        }
        this.verificationPassed = false;
        recordChange(user, now);
        return true;
    }
}
