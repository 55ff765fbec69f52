package vn.tdc.portal.metrology.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * One finding of an inspection as an officer records it: the place (required), the instrument checked (optional),
 * {@code result} {@code dat} or {@code khong-dat}, the error measured (sai số, e.g. {@code "-50 g / 2 kg"}), the action
 * taken, and the tracking code of the resident's report it answers (optional).
 */
public class FindingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long placeId;

    private Long instrumentId;

    @NotBlank
    @Pattern(regexp = "dat|khong-dat", message = "{metrology.finding.result.pattern}")
    private String result = "dat";

    @Size(max = 200)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String errorText;

    @Size(max = 1000)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String actionText;

    @Size(max = 40)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String reportCode;

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(Long instrumentId) {
        this.instrumentId = instrumentId;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getErrorText() {
        return errorText;
    }

    public void setErrorText(String errorText) {
        this.errorText = errorText;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getReportCode() {
        return reportCode;
    }

    public void setReportCode(String reportCode) {
        this.reportCode = reportCode;
    }
}
