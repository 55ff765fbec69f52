package vn.tdc.portal.metrology.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An inspection as an officer records it (body of {@code POST /api/officer/metrology/inspections}, the dashboard's
 * form): the ward ({@code unitCode}, blank for the officer's own), the day it was held (not in the future, in
 * Vietnam's time), the team, a summary, the actions taken, and at least one finding.
 */
public class InspectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 40)
    private String unitCode;

    @NotNull
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String team;

    @Size(max = 2000)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String summary;

    @Size(max = 2000)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String actions;

    @NotNull
    @Size(min = 1, max = 200)
    private List<@Valid @NotNull FindingForm> findings = new ArrayList<>();

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public List<FindingForm> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingForm> findings) {
        this.findings = findings;
    }
}
