package vn.tdc.portal.metrology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Optional;

/**
 * One finding of an {@link Inspection}: at a place, optionally on one instrument of it, đạt or không đạt, the error
 * measured (sai số, free text such as {@code "-50 g / 2 kg"}), the action taken, and the resident's report it answers.
 * Part of its inspection; created only through {@link Inspection#find}.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    private Inspection inspection;

    @Column(nullable = false)
    private int position;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "instrument_id")
    private Long instrumentId;

    @Column(nullable = false, length = 10)
    private String result;

    @Column(name = "error_text", nullable = false, length = 200)
    private String errorText;

    @Column(name = "action_text", nullable = false, length = 1000)
    private String actionText;

    @Column(name = "report_id")
    private Long reportId;

    protected InspectionFinding() {
    }

    InspectionFinding(Inspection inspection, int position, long placeId, Long instrumentId, FindingResult result,
                      String errorText, String actionText, Long reportId) {
        this.inspection = inspection;
        this.position = position;
        this.placeId = placeId;
        this.instrumentId = instrumentId;
        this.result = result.code();
        this.errorText = errorText == null ? "" : errorText.strip();
        this.actionText = actionText == null ? "" : actionText.strip();
        this.reportId = reportId;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public long placeId() {
        return placeId;
    }

    public Optional<Long> instrumentId() {
        return Optional.ofNullable(instrumentId);
    }

    public FindingResult result() {
        return FindingResult.ofCode(result).orElse(FindingResult.FAILED);
    }

    public String errorText() {
        return errorText;
    }

    public String actionText() {
        return actionText;
    }

    public Optional<Long> reportId() {
        return Optional.ofNullable(reportId);
    }
}
