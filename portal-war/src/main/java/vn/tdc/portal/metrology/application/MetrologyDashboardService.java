package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.metrology.application.DashboardViews.Dashboard;
import vn.tdc.portal.metrology.application.DashboardViews.DueInstrument;
import vn.tdc.portal.metrology.application.DashboardViews.InspectionSummary;
import vn.tdc.portal.metrology.application.DashboardViews.PlaceFigures;
import vn.tdc.portal.metrology.application.DashboardViews.StateCount;
import vn.tdc.portal.metrology.application.DashboardViews.WardFigures;
import vn.tdc.portal.metrology.domain.FindingResult;
import vn.tdc.portal.metrology.domain.Inspection;
import vn.tdc.portal.metrology.domain.InspectionFinding;
import vn.tdc.portal.metrology.domain.InspectionRepository;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.ReportPlaceMatch;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportQuery;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.unit.application.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The officers' metrology dashboard: for each ward of the caller (or one), the share of trade instruments that may be
 * used today ({@link VerificationState#usable()}: valid or expiring) against the plan's target
 * ({@code portal.metrology.target-percent}, default 100), per place and in all, rounded down ({@link PlaceShare}); the
 * count in each state; the instruments overdue or expiring with their due dates; the year's inspections with their
 * findings; and the residents' reports of the year about measuring per place ({@link ReportPlaceMatch}: the kinds
 * cân thiếu, phương tiện đo, xăng dầu whose place text names the place, plus those a finding at the place answers).
 * A ward meets the target when its rounded-down share is at least the target; a ward without instruments does not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MetrologyDashboardService {

    /** Reports of one kind read per ward and year; beyond it the count is a lower bound. */
    static final int REPORTS_READ = 5_000;
    private static final int INSPECTIONS_READ = 1_000;

    @Inject
    MetrologyRegister register;

    @Inject
    MetrologyRepository repository;

    @Inject
    InspectionRepository inspections;

    @Inject
    ReportRepository reports;

    @Inject
    InspectionService inspectionService;

    @Inject
    @ConfigProperty(name = "portal.metrology.target-percent", defaultValue = "100")
    int targetPercent;

    /** The dashboard of {@code year} (this year when null) for ward {@code unitCode} or every ward of the caller. */
    public Dashboard dashboard(String unitCode, Integer year) {
        LocalDate today = PortalTime.today();
        int shown = year == null ? today.getYear() : year;
        if (shown < 2000 || shown > 2100) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.inspection.error.year",
                    String.valueOf(shown));
        }
        List<UnitView> wards = unitCode == null || unitCode.isBlank() ? register.wards()
                : List.of(inspectionService.ward(unitCode));
        Map<String, InstrumentType> types = repository.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, Function.identity()));
        List<WardFigures> figures = wards.stream().map(ward -> ward(ward, shown, today, types)).toList();
        return new Dashboard(shown, targetPercent, today, figures);
    }

    private WardFigures ward(UnitView ward, int year, LocalDate today, Map<String, InstrumentType> types) {
        Map<Long, TradePlace> places = repository.placesOf(List.of(ward.id())).stream()
                .collect(Collectors.toMap(TradePlace::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<MeasuringInstrument> instruments = repository.instrumentsAt(places.keySet());
        Map<Long, List<MeasuringInstrument>> byPlace = instruments.stream()
                .collect(Collectors.groupingBy(MeasuringInstrument::placeId));
        List<Inspection> held = inspections.inspections(List.of(ward.id()), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1), 0, INSPECTIONS_READ);
        List<InspectionFinding> findings = held.stream().flatMap(i -> i.findings().stream()).toList();
        Map<Long, Integer> reportsByPlace = reportsByPlace(ward, year, places);

        List<PlaceFigures> placeFigures = places.values().stream().map(place -> {
            List<MeasuringInstrument> at = byPlace.getOrDefault(place.id(), List.of());
            PlaceShare share = PlaceShare.of(place.id(), place.name(), MetrologyLabels.of(place.kind()), place.address(),
                    at.size(), (int) at.stream().filter(i -> i.stateOn(today).usable()).count());
            return new PlaceFigures(share, meets(share), reportsByPlace.getOrDefault(place.id(), 0),
                    count(findings, place.id(), FindingResult.PASSED),
                    count(findings, place.id(), FindingResult.FAILED));
        }).toList();

        int usable = (int) instruments.stream().filter(i -> i.stateOn(today).usable()).count();
        PlaceShare total = PlaceShare.of(0, ward.name(), "", "", instruments.size(), usable);
        Map<VerificationState, Long> byState = instruments.stream()
                .collect(Collectors.groupingBy(i -> i.stateOn(today), Collectors.counting()));
        List<StateCount> states = Arrays.stream(VerificationState.values())
                .map(s -> new StateCount(s.code(), MetrologyLabels.of(s), byState.getOrDefault(s, 0L).intValue())).toList();
        List<DueInstrument> due = instruments.stream()
                .filter(i -> i.stateOn(today) == VerificationState.OVERDUE
                        || i.stateOn(today) == VerificationState.EXPIRING)
                .sorted(Comparator.comparing(MeasuringInstrument::dueOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(MeasuringInstrument::id))
                .map(i -> due(i, places.get(i.placeId()), types.get(i.typeCode()), today)).toList();
        List<InspectionSummary> summaries = held.stream().map(i -> new InspectionSummary(i.id(), i.heldOn(),
                i.team(), (int) i.findings().stream().map(InspectionFinding::placeId).distinct().count(),
                (int) i.passedCount(), (int) i.failedCount())).toList();
        int allReports = reportsByPlace.values().stream().mapToInt(Integer::intValue).sum();
        return new WardFigures(ward.code(), ward.name(), total, meets(total), states, placeFigures, due, summaries,
                (int) findings.stream().filter(f -> f.result() == FindingResult.PASSED).count(),
                (int) findings.stream().filter(f -> f.result() == FindingResult.FAILED).count(), allReports);
    }

    private boolean meets(PlaceShare share) {
        return share.instruments() > 0 && share.percent() >= targetPercent;
    }

    private static int count(List<InspectionFinding> findings, long placeId, FindingResult result) {
        return (int) findings.stream().filter(f -> f.placeId() == placeId && f.result() == result).count();
    }

    private static DueInstrument due(MeasuringInstrument instrument, TradePlace place, InstrumentType type,
                                     LocalDate today) {
        VerificationState state = instrument.stateOn(today);
        return new DueInstrument(instrument.id(), instrument.code().grouped(), place == null ? "" : place.name(),
                instrument.stall(), type == null ? instrument.typeCode() : type.name(), instrument.serialNo(),
                instrument.ownerName(), instrument.dueOn(), state.code(), MetrologyLabels.of(state));
    }

    /** The number of the year's reports about measuring per place; see the class comment for the rule. */
    private Map<Long, Integer> reportsByPlace(UnitView ward, int year, Map<Long, TradePlace> places) {
        Instant from = PortalTime.startOf(LocalDate.of(year, 1, 1));
        Instant before = PortalTime.startOf(LocalDate.of(year + 1, 1, 1));
        Map<Long, Set<Long>> ids = new HashMap<>();
        List<Report> read = new ArrayList<>();
        for (String kind : ReportPlaceMatch.KINDS) {
            read.addAll(reports.find(new ReportQuery(null, kind, null, null, from, before, false,
                    ReportQuery.Sort.OLDEST, ward.path()), 0, REPORTS_READ));
        }
        Set<Long> linked = new HashSet<>();
        for (var found : inspections.reportsFoundAt(places.keySet())) {
            linked.add(found.reportId());
            ids.computeIfAbsent(found.placeId(), p -> new HashSet<>()).add(found.reportId());
        }
        if (!linked.isEmpty()) {
            // a linked report counts in the year it was submitted only
            Set<Long> ofYear = reports.findAllById(List.copyOf(linked)).stream()
                    .filter(r -> !r.submittedAt().isBefore(from) && r.submittedAt().isBefore(before))
                    .map(Report::id).collect(Collectors.toSet());
            ids.values().forEach(set -> set.retainAll(ofYear));
        }
        for (Report report : read) {
            if (linked.contains(report.id())) {
                continue;
            }
            ReportPlaceMatch.placeOf(report.place().name(), report.place().address(), places.values())
                    .ifPresent(place -> ids.computeIfAbsent(place.id(), p -> new HashSet<>()).add(report.id()));
        }
        Map<Long, Integer> counts = new HashMap<>();
        ids.forEach((place, set) -> counts.put(place, set.size()));
        return counts;
    }
}
