package vn.tdc.portal.metrology.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.tdc.portal.platform.persistence.AuditedEntity;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An inspection (đợt kiểm tra) of the measuring instruments of a ward on one day: the team, what it covered and
 * found, the actions taken, and its {@link InspectionFinding findings} (the aggregate: findings are added only through
 * it, in order). Its rules:
 * <ul>
 *   <li>it is held on a day that is not in the future;</li>
 *   <li>every finding is at a place of the inspection's ward, and an instrument it names stands at that place;</li>
 *   <li>a finding "không đạt" on an instrument makes the instrument {@link VerificationState#FAILED}
 *   ({@link MeasuringInstrument#failedInspection}); a finding "đạt" changes nothing (an inspection is not a
 *   verification).</li>
 * </ul>
 * Owned by its ward: seen within the caller's unit scope like a place of trade.
 */
@Entity
@Table(name = "inspection")
@AdditionalCriteria(UnitScope.CRITERION)
public class Inspection extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 500)
    private String team;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 2000)
    private String actions;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InspectionFinding> findings = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
    }

    /**
     * A new inspection of ward {@code unitId} held on {@code heldOn}, which must not be after {@code today}.
     *
     * @throws IllegalArgumentException for a day in the future
     */
    public Inspection(long unitId, LocalDate heldOn, LocalDate today, String team, String summary, String actions,
                      String user, Instant now) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new IllegalArgumentException("an inspection is held on a past day or today: " + heldOn);
        }
        this.unitId = unitId;
        this.heldOn = heldOn;
        this.team = team.strip();
        this.summary = summary == null ? "" : summary.strip();
        this.actions = actions == null ? "" : actions.strip();
        recordCreation(user, now);
        recordChange(user, now);
    }

    /**
     * Records a finding at {@code place} (of this ward), on {@code instrument} (at that place) when not null. A
     * "không đạt" on an instrument marks it failed.
     *
     * @throws IllegalArgumentException when the place is of another ward or the instrument not at the place
     */
    public InspectionFinding find(TradePlace place, MeasuringInstrument instrument, FindingResult result,
                                  String errorText, String actionText, Long reportId, String user, Instant now) {
        if (place.unitId() != unitId) {
            throw new IllegalArgumentException("place " + place.id() + " is not in unit " + unitId);
        }
        if (instrument != null && instrument.placeId() != place.id()) {
            throw new IllegalArgumentException("instrument " + instrument.id() + " is not at place " + place.id());
        }
        InspectionFinding finding = new InspectionFinding(this, findings.size(), place.id(),
                instrument == null ? null : instrument.id(), result, errorText, actionText, reportId);
        findings.add(finding);
        if (instrument != null && result == FindingResult.FAILED) {
            instrument.failedInspection(user, now);
        }
        return finding;
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String team() {
        return team;
    }

    public String summary() {
        return summary;
    }

    public String actions() {
        return actions;
    }

    public List<InspectionFinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public long passedCount() {
        return findings.stream().filter(f -> f.result() == FindingResult.PASSED).count();
    }

    public long failedCount() {
        return findings.stream().filter(f -> f.result() == FindingResult.FAILED).count();
    }

    public long version() {
        return version;
    }
}
