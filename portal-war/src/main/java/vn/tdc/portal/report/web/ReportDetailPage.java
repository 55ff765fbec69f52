package vn.tdc.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.OfficerReportView;
import vn.tdc.portal.report.application.ReportInbox;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.report.application.ReportWorkflowService;
import vn.tdc.portal.report.application.StatusChange;
import vn.tdc.portal.report.application.WardDepartments;

import java.io.Serializable;
import java.util.List;

/**
 * One report as an officer handles it ({@code /quan-tri/phan-anh/chi-tiet?id=}): everything about it, its audit
 * trail and possible duplicates, and the actions — change of state (only the legal next states are offered), public
 * update or internal note, publishing, marking as a duplicate, and, for staff above the wards (a province's or the
 * platform's), handing it over to another ward. A ward's report is handed to a department only among the ward's
 * active ones. An unknown or malformed id shows the not-found notice
 * with status 404.
 */
@Named
@ViewScoped
public class ReportDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "report";
    private static final String STATUS_PANEL = FORM + ":statusPanel";
    private static final String NOTE_PANEL = FORM + ":notePanel";
    private static final String PUBLISH_PANEL = FORM + ":publishPanel";
    private static final String DUPLICATE_PANEL = FORM + ":duplicatePanel";
    private static final String TRANSFER_PANEL = FORM + ":transferPanel";

    @Inject
    ReportInbox inbox;

    @Inject
    ReportWorkflowService workflow;

    @Inject
    WardDepartments wardDepartments;

    @Inject
    CallerScopes scopes;

    private String id;
    private OfficerReportView report;
    private List<DepartmentView> activeDepartments;

    private String newStatus;
    private String department;
    private String reason;
    private String statusPublicText;
    private String statusInternalText;
    private String notePublicText;
    private String noteInternalText;
    private String originalCode;
    private String duplicatePublicText;
    private boolean mayTransfer;
    private List<UnitView> transferWards = List.of();
    private String transferUnit;
    private String transferReason;

    /** Reads the report named by {@code id}; answers 404 (the page shows the notice) when there is none. */
    public void load() {
        report = parseId(id) == null ? null : inbox.detail(parseId(id)).orElse(null);
        if (report == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        activeDepartments = wardDepartments.choicesFor(report.unitCode());
        mayTransfer = !scopes.currentUnit().isWard();
        transferWards = mayTransfer ? inbox.visibleWards() : List.of();
    }

    /** Hands the report over to the chosen ward; the officer keeps seeing it (the ward is within their scope). */
    public void transfer() {
        try {
            String ward = transferWards.stream().filter(w -> w.code().equals(transferUnit)).map(UnitView::fullName)
                    .findFirst().orElse(transferUnit);
            workflow.transfer(report.id(), transferUnit, transferReason, officer());
            ReportPageMessages.info(TRANSFER_PANEL, Messages.format("units.transfer.done", ward));
            transferUnit = null;
            transferReason = null;
            reload();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, TRANSFER_PANEL);
        }
    }

    public void changeStatus() {
        try {
            workflow.changeStatus(report.id(), new StatusChange(newStatus, department, reason, statusPublicText,
                    statusInternalText), officer());
            ReportPageMessages.info(STATUS_PANEL, Messages.format("reportDetail.statusChanged",
                    Messages.get("report.status." + newStatus)));
            newStatus = null;
            department = null;
            reason = null;
            statusPublicText = null;
            statusInternalText = null;
            reload();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, STATUS_PANEL);
        }
    }

    public void addNote() {
        try {
            workflow.addNote(report.id(), notePublicText, noteInternalText, officer());
            ReportPageMessages.info(NOTE_PANEL, Messages.get("reportDetail.noteAdded"));
            notePublicText = null;
            noteInternalText = null;
            reload();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, NOTE_PANEL);
        }
    }

    public void publish() {
        try {
            workflow.publish(report.id(), officer());
            ReportPageMessages.info(PUBLISH_PANEL, Messages.get("reportDetail.published"));
            reload();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, PUBLISH_PANEL);
        }
    }

    public void unpublish() {
        try {
            workflow.unpublish(report.id(), officer());
            ReportPageMessages.info(PUBLISH_PANEL, Messages.get("reportDetail.unpublished"));
            reload();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, PUBLISH_PANEL);
        }
    }

    /** Puts a suggested report's code into the duplicate form. */
    public void useHint(String trackingCode) {
        originalCode = trackingCode;
    }

    public void markDuplicate() {
        try {
            workflow.markDuplicate(report.id(), originalCode, duplicatePublicText, officer());
            originalCode = null;
            duplicatePublicText = null;
            reload();
            ReportPageMessages.info(DUPLICATE_PANEL, Messages.format("reportDetail.markedDuplicate",
                    report.duplicateOfCode()));
        } catch (ProblemException e) {
            ReportPageMessages.show(e, DUPLICATE_PANEL);
        }
    }

    private void reload() {
        report = inbox.detail(report.id()).orElse(null);
        if (report != null) {
            activeDepartments = wardDepartments.choicesFor(report.unitCode());
        }
    }

    private static String officer() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    /** The id as a positive number, or null when it is missing or not one. */
    static Long parseId(String id) {
        if (id == null || id.isBlank() || id.length() > 18 || !id.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(id.strip());
        return value > 0 ? value : null;
    }

    public OfficerReportView getReport() {
        return report;
    }

    public boolean isMayTransfer() {
        return mayTransfer;
    }

    /** The wards the report may go to: those the officer sees, other than its own. */
    public List<UnitView> getTransferWards() {
        return report == null ? transferWards
                : transferWards.stream().filter(w -> !w.code().equals(report.unitCode())).toList();
    }

    public String getTransferUnit() {
        return transferUnit;
    }

    public void setTransferUnit(String transferUnit) {
        this.transferUnit = transferUnit;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public List<DepartmentView> getActiveDepartments() {
        return activeDepartments;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatusPublicText() {
        return statusPublicText;
    }

    public void setStatusPublicText(String statusPublicText) {
        this.statusPublicText = statusPublicText;
    }

    public String getStatusInternalText() {
        return statusInternalText;
    }

    public void setStatusInternalText(String statusInternalText) {
        this.statusInternalText = statusInternalText;
    }

    public String getNotePublicText() {
        return notePublicText;
    }

    public void setNotePublicText(String notePublicText) {
        this.notePublicText = notePublicText;
    }

    public String getNoteInternalText() {
        return noteInternalText;
    }

    public void setNoteInternalText(String noteInternalText) {
        this.noteInternalText = noteInternalText;
    }

    public String getOriginalCode() {
        return originalCode;
    }

    public void setOriginalCode(String originalCode) {
        this.originalCode = originalCode;
    }

    public String getDuplicatePublicText() {
        return duplicatePublicText;
    }

    public void setDuplicatePublicText(String duplicatePublicText) {
        this.duplicatePublicText = duplicatePublicText;
    }
}
