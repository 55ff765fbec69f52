package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.FindingResult;
import vn.tdc.portal.metrology.domain.Inspection;
import vn.tdc.portal.metrology.domain.InspectionFinding;
import vn.tdc.portal.metrology.domain.InspectionRepository;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ReportWorkflowService;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Officers record the inspections (đợt kiểm tra) of their wards and read them back. The rules of an inspection are
 * {@link Inspection}'s; this service checks what a request names before it is recorded, all problems at once (400,
 * each under its field: {@code heldOn}, {@code findings[2].placeId}…):
 * <ul>
 *   <li>the day is not after today in Vietnam;</li>
 *   <li>every place, instrument and report exists within the caller's scope and belongs to the inspection's ward;
 *   an instrument stands at the finding's place;</li>
 *   <li>a report is named by its tracking code.</li>
 * </ul>
 * A finding "không đạt" on an instrument makes it {@code khong-dat} ({@link MeasuringInstrument#failedInspection}).
 * A finding that names a resident's report closes the loop: the report gets a public update through
 * {@link ReportWorkflowService#addNote} ("Kết quả kiểm tra ngày …: …"), which the resident reads on the tracking page
 * and by email; its state is left to the officer handling it.
 */
@ApplicationScoped
@Transactional
public class InspectionService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    InspectionRepository inspections;

    @Inject
    MetrologyRepository register;

    @Inject
    ReportRepository reports;

    @Inject
    ReportWorkflowService workflow;

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    @Inject
    ProblemValidator validator;

    Clock clock = Clock.systemUTC();

    /** Records an inspection with its findings; see the class comment for what is checked and what follows. */
    public InspectionView record(InspectionForm form, String user) {
        validator.valid(form, "metrology.inspection.error.invalid");
        UnitView ward = ward(form.getUnitCode());
        LocalDate today = PortalTime.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getHeldOn().isAfter(today)) {
            problems.add(FieldProblem.of("heldOn", "metrology.inspection.error.future",
                    DAY.format(form.getHeldOn())));
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < form.getFindings().size(); i++) {
            checked.add(check(form.getFindings().get(i), "findings[" + i + "].", ward, problems));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("metrology.inspection.error.invalid", problems);
        }
        var now = clock.instant();
        Inspection inspection = new Inspection(ward.id(), form.getHeldOn(), today, form.getTeam(), form.getSummary(),
                form.getActions(), user, now);
        for (Checked finding : checked) {
            inspection.find(finding.place(), finding.instrument(), finding.result(), finding.form().getErrorText(),
                    finding.form().getActionText(), finding.report() == null ? null : finding.report().id(), user,
                    now);
        }
        inspections.add(inspection);
        for (Checked finding : checked) {
            if (finding.report() != null) {
                workflow.addNote(finding.report().id(), publicUpdate(inspection.heldOn(), finding), "", user);
            }
        }
        return view(inspection);
    }

    /** A page of the inspections of the caller's wards (or of ward {@code unitCode}) of {@code year} (any if null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionView> list(String unitCode, Integer year, int page, int size) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.inspection.error.year",
                    String.valueOf(year));
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(1, page);
        List<Long> unitIds = unitIds(unitCode);
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate before = year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1);
        long total = inspections.count(unitIds, from, before);
        List<InspectionView> rows = views(inspections.inspections(unitIds, from, before, (pageNumber - 1) * pageSize,
                pageSize));
        return new Page<>(rows, pageNumber, pageSize, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionView inspection(long id) {
        return view(inspections.inspection(id).orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND,
                "metrology.inspection.error.not_found", String.valueOf(id))));
    }

    /** Views of inspections, reading the places, instruments and reports of all their findings once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InspectionView> views(Collection<Inspection> rows) {
        List<InspectionFinding> findings = rows.stream().flatMap(i -> i.findings().stream()).toList();
        Map<Long, TradePlace> places = findings.stream().map(InspectionFinding::placeId).distinct()
                .map(register::place).flatMap(Optional::stream)
                .collect(Collectors.toMap(TradePlace::id, Function.identity()));
        Map<Long, MeasuringInstrument> instruments = findings.stream().map(InspectionFinding::instrumentId)
                .flatMap(Optional::stream).distinct().map(register::instrument).flatMap(Optional::stream)
                .collect(Collectors.toMap(MeasuringInstrument::id, Function.identity()));
        List<Long> reportIds = findings.stream().map(InspectionFinding::reportId).flatMap(Optional::stream)
                .distinct().toList();
        Map<Long, String> codes = reportIds.isEmpty() ? Map.of() : reports.findAllById(reportIds).stream()
                .collect(Collectors.toMap(Report::id, r -> r.trackingCode().value()));
        Map<String, String> typeNames = register.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, InstrumentType::name));
        return rows.stream().map(inspection -> view(inspection, places, instruments, codes, typeNames)).toList();
    }

    private InspectionView view(Inspection inspection) {
        return views(List.of(inspection)).get(0);
    }

    private InspectionView view(Inspection inspection, Map<Long, TradePlace> places,
                                Map<Long, MeasuringInstrument> instruments, Map<Long, String> codes,
                                Map<String, String> typeNames) {
        List<FindingView> findings = inspection.findings().stream().map(f -> {
            TradePlace place = places.get(f.placeId());
            MeasuringInstrument instrument = f.instrumentId().map(instruments::get).orElse(null);
            return new FindingView(f.placeId(), place == null ? "" : place.name(),
                    instrument == null ? 0 : instrument.id(), instrument == null ? "" : instrument.code().grouped(),
                    instrument == null ? "" : label(instrument, typeNames), f.result().code(), MetrologyLabels.of(f.result()),
                    f.errorText(), f.actionText(), f.reportId().map(codes::get).orElse(""));
        }).toList();
        UnitView unit = units.byId(inspection.unitId()).orElse(null);
        return new InspectionView(inspection.id(), unit == null ? "" : unit.code(), unit == null ? "" : unit.name(),
                inspection.heldOn(), inspection.team(), inspection.summary(), inspection.actions(),
                (int) inspection.passedCount(), (int) inspection.failedCount(), findings, inspection.createdBy(),
                inspection.version());
    }

    /** "Cân điện tử, sạp 12, số máy ABC-1". */
    static String label(MeasuringInstrument instrument, Map<String, String> typeNames) {
        String type = typeNames.getOrDefault(instrument.typeCode(), instrument.typeCode());
        return Stream.of(type,
                        instrument.stall().isBlank() ? null : Messages.format("metrology.inspection.stall",
                                instrument.stall()),
                        Messages.format("metrology.inspection.serial", instrument.serialNo()))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    /**
     * What the resident reads on the tracking page: "Kết quả kiểm tra ngày 04/12/2026 tại Chợ Đông Cứu: Không đạt.
     * Phương tiện đo: Cân điện tử, sạp 12, số máy …. Sai số: -50 g / 2 kg. Biện pháp xử lý: …". No owner is named.
     */
    static String publicUpdate(LocalDate heldOn, String placeName, FindingResult result, String instrumentLabel,
                               String errorText, String actionText) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.format("metrology.inspection.update.result", DAY.format(heldOn), placeName,
                MetrologyLabels.of(result)));
        if (instrumentLabel != null && !instrumentLabel.isBlank()) {
            parts.add(Messages.format("metrology.inspection.update.instrument", instrumentLabel));
        }
        if (errorText != null && !errorText.isBlank()) {
            parts.add(Messages.format("metrology.inspection.update.error", errorText.strip()));
        }
        if (actionText != null && !actionText.isBlank()) {
            parts.add(Messages.format("metrology.inspection.update.action", actionText.strip()));
        }
        return String.join(" ", parts);
    }

    private String publicUpdate(LocalDate heldOn, Checked finding) {
        Map<String, String> typeNames = register.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, InstrumentType::name));
        return publicUpdate(heldOn, finding.place().name(), finding.result(),
                finding.instrument() == null ? null : label(finding.instrument(), typeNames),
                finding.form().getErrorText(), finding.form().getActionText());
    }

    /** The rows a finding names, or null for those that are not right (with their problems added). */
    private Checked check(FindingForm form, String prefix, UnitView ward, List<FieldProblem> problems) {
        TradePlace place = register.place(form.getPlaceId()).orElse(null);
        if (place == null) {
            problems.add(FieldProblem.of(prefix + "placeId", "metrology.inspection.error.place_unknown",
                    String.valueOf(form.getPlaceId())));
        } else if (place.unitId() != ward.id()) {
            problems.add(FieldProblem.of(prefix + "placeId", "metrology.inspection.error.place_other_ward",
                    place.name(), ward.name()));
        }
        MeasuringInstrument instrument = null;
        if (form.getInstrumentId() != null) {
            instrument = register.instrument(form.getInstrumentId()).orElse(null);
            if (instrument == null) {
                problems.add(FieldProblem.of(prefix + "instrumentId",
                        "metrology.inspection.error.instrument_unknown", String.valueOf(form.getInstrumentId())));
            } else if (place != null && instrument.placeId() != place.id()) {
                problems.add(FieldProblem.of(prefix + "instrumentId",
                        "metrology.inspection.error.instrument_elsewhere", instrument.code().grouped(),
                        place.name()));
            }
        }
        Report report = null;
        if (form.getReportCode() != null && !form.getReportCode().isBlank()) {
            String typed = form.getReportCode().strip();
            report = TrackingCode.parse(typed).flatMap(reports::findByTrackingCode).orElse(null);
            if (report == null) {
                problems.add(FieldProblem.of(prefix + "reportCode", "metrology.inspection.error.report_unknown",
                        typed));
            } else if (report.unitId() != ward.id()) {
                problems.add(FieldProblem.of(prefix + "reportCode",
                        "metrology.inspection.error.report_other_ward", typed, ward.name()));
                report = null;
            }
        }
        FindingResult result = FindingResult.ofCode(form.getResult()).orElse(FindingResult.PASSED);
        return new Checked(form, place, instrument, result, report);
    }

    private record Checked(FindingForm form, TradePlace place, MeasuringInstrument instrument, FindingResult result,
                           Report report) {
    }

    /** The ids of ward {@code unitCode} (404 outside the scope) or of every ward of the caller. */
    List<Long> unitIds(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            UnitScope scope = scopes.current();
            return units.wards().stream().filter(w -> scope.covers(w.path())).map(UnitView::id).toList();
        }
        return List.of(ward(unitCode).id());
    }

    /** The active ward {@code unitCode} within the scope, or the caller's own unit when blank; never a province. */
    UnitView ward(String unitCode) {
        UnitScope scope = scopes.current();
        UnitView unit = unitCode == null || unitCode.isBlank() ? scopes.currentUnit()
                : units.byCode(unitCode.strip()).filter(UnitView::active).filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found",
                        unitCode.strip()));
        if (!unit.isWard()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.error.choose_ward");
        }
        return unit;
    }
}
