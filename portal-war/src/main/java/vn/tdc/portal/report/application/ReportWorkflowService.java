package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.report.domain.TrackingCode;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Instant;
import java.util.List;

/**
 * Officers' handling of a report: changes of state along the legal transitions, public updates and internal notes,
 * publishing, marking duplicates, handing over to another ward. A ward's report is handed over only to a department
 * active in its ward (a province's to any of the catalogue). Every change is recorded as an event with the officer's
 * name; a change with public text is mailed to the resident after it commits (if they gave an email).
 */
@ApplicationScoped
@Transactional
public class ReportWorkflowService {

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    @Inject
    Event<PublicUpdateIssued> publicUpdates;

    @Inject
    ProblemValidator validator;

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    @Inject
    WardDepartments wardDepartments;

    public void changeStatus(long reportId, StatusChange change, String officer) {
        FieldProblems problems = new FieldProblems();
        ReportStatus target = ReportStatus.fromCode(change.status()).orElse(null);
        if (target == null) {
            problems.add("status", "report.validation.unknown_status");
        }
        problems.addAll(validator.problems(change));
        String reason = stripped(change.reason());
        String publicText = stripped(change.publicText());
        String internalText = stripped(change.internalText());
        String department = change.departmentCode() == null || change.departmentCode().isBlank() ? null
                : change.departmentCode().strip();
        if (department != null && catalog.department(department).filter(DepartmentView::active).isEmpty()) {
            problems.add("departmentCode", "report.validation.unknown_department");
        }
        problems.throwIfAny();
        Report report = find(reportId);
        if (department != null && !wardDepartments.routingOf(report.unitId()).allows(department)) {
            problems.add("departmentCode", "report.validation.department_not_in_ward");
            problems.throwIfAny();
        }
        record(report, report.moveTo(target, officer, department, reason, publicText, internalText, Instant.now()));
    }

    public void addNote(long reportId, String publicText, String internalText, String officer) {
        FieldProblems problems = new FieldProblems();
        problems.addAll(validator.problems(StatusChange.class, "publicText", publicText));
        problems.addAll(validator.problems(StatusChange.class, "internalText", internalText));
        problems.throwIfAny();
        String shown = stripped(publicText);
        String internal = stripped(internalText);
        Report report = find(reportId);
        record(report, report.note(officer, shown, internal, Instant.now()));
    }

    public void publish(long reportId, String officer) {
        Report report = find(reportId);
        record(report, report.publish(officer, Instant.now()));
    }

    public void unpublish(long reportId, String officer) {
        Report report = find(reportId);
        record(report, report.unpublish(officer, Instant.now()));
    }

    /** Closes a report as a duplicate of the report with the given tracking code. */
    public void markDuplicate(long reportId, String originalCode, String publicText, String officer) {
        FieldProblems problems = new FieldProblems();
        problems.addAll(validator.problems(StatusChange.class, "publicText", publicText));
        String shown = stripped(publicText);
        Report original = TrackingCode.parse(originalCode).flatMap(reports::findByTrackingCode).orElse(null);
        if (original == null) {
            problems.add("original", "report.validation.unknown_original");
        }
        problems.throwIfAny();
        Report report = find(reportId);
        record(report, report.markDuplicateOf(original, officer, shown, Instant.now()));
    }

    /**
     * Hands a report over to another ward. It is decided above the wards: by a province's staff for the wards of the
     * province, by the platform's for every ward; a ward's own staff are refused (403). The ward named must be an
     * active unit within the caller's scope (404 otherwise, as if it did not exist) and a ward, not a province
     * (400 on {@code unit}). The resident is told which ward now handles the report; the reason stays internal.
     * A report whose department the new ward does not have goes where a new report of its kind would go there.
     */
    public void transfer(long reportId, String unitCode, String reason, String officer) {
        if (scopes.currentUnit().isWard()) {
            throw ProblemException.of(ProblemKind.FORBIDDEN, "report.transfer.forbidden");
        }
        UnitScope scope = scopes.current();
        UnitView target = units.byCode(unitCode).filter(UnitView::active).filter(unit -> scope.covers(unit.path()))
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "report.transfer.unknown_unit",
                        unitCode));
        if (!target.isWard()) {
            throw ProblemException.invalid("report.transfer.invalid",
                    List.of(FieldProblem.of("unit", "report.transfer.not_a_ward", target.name())));
        }
        Report report = find(reportId);
        ReportEvent transferred = report.transferTo(target.key(), officer, reason,
                Messages.format("report.transfer.public_text", target.fullName()), Instant.now());
        String kindDefault = catalog.kind(report.kindCode()).map(ReportKindView::departmentCode)
                .orElse(report.departmentCode());
        report.routeTo(wardDepartments.routingOf(target.id()).onArrival(report.departmentCode(), kindDefault));
        record(report, transferred);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private Report find(long reportId) {
        return reports.findById(reportId).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "report.error.id_not_found", String.valueOf(reportId)));
    }

    private void record(Report report, ReportEvent event) {
        reports.addEvent(event);
        if (event.isPublic() && report.contact().hasEmail()) {
            publicUpdates.fire(new PublicUpdateIssued(report.trackingCode().value(), report.contact().email(),
                    report.status().code(), ReportEventTexts.shown(event.publicText()), report.unitId()));
        }
    }
}
