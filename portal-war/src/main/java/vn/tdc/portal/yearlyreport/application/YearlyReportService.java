package vn.tdc.portal.yearlyreport.application;

import vn.tdc.portal.metrology.application.MetrologyLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.metrology.domain.InstrumentFilter;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.domain.ReportFigures;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.yearlyreport.domain.AssistantFigures;
import vn.tdc.portal.yearlyreport.domain.AssistantSummary;
import vn.tdc.portal.yearlyreport.domain.InspectionFigures;
import vn.tdc.portal.yearlyreport.domain.InspectionSummary;
import vn.tdc.portal.yearlyreport.domain.InstrumentFigures;
import vn.tdc.portal.yearlyreport.domain.NewsFigures;
import vn.tdc.portal.yearlyreport.domain.ReportYearFigures;
import vn.tdc.portal.yearlyreport.domain.Tally;
import vn.tdc.portal.yearlyreport.domain.WardYearFigures;
import vn.tdc.portal.yearlyreport.domain.YearlyFiguresRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The yearly report of a ward ("Báo cáo kết quả thực hiện Kế hoạch … về tiêu chuẩn, đo lường, chất lượng", due
 * before 15/11) and a province's roll-up of its wards, filled with what the portal's data holds.
 *
 * <p>Rules: an officer asks for a unit within his scope (a ward officer his ward, a province officer his province and
 * its wards, a platform administrator any); the unit defaults to the officer's own. A ward gets its own report; a
 * province the roll-up, one row per active ward plus the wards' sum. The year is {@value #FIRST_YEAR} to this year
 * (in Vietnam), this year by default. Counts of the year are of what happened in it (reports received, articles first
 * published, inspections held); the register of instruments is as it stands on the day the report is made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YearlyReportService {

    /** The earliest year a report can be asked for (the portal's statistics start then too). */
    public static final int FIRST_YEAR = 2020;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    @Inject
    YearlyFiguresRepository figures;

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog reportCatalog;

    @Inject
    ArticleRepository articles;

    @Inject
    MetrologyRepository register;

    @Inject
    InspectionFigures inspections;

    @Inject
    AssistantFigures assistant;

    @Inject
    PlanTasks planTasks;

    /**
     * The report of unit {@code unitCode} (blank: the caller's own) for {@code yearText} (blank: this year). An
     * unknown unit is a 404, a unit outside the caller's scope a 403, the whole platform (no ward, no province) or
     * a year that is not one of {@value #FIRST_YEAR}…this year a 400.
     */
    public YearlyReport report(String unitCode, String yearText) {
        UnitView unit = unit(unitCode);
        int year = year(yearText);
        List<UnitView> wards = unit.isWard() ? List.of(unit) : units.wardsOf(unit);
        List<WardYearFigures> rows = figuresOf(wards, year);
        PlanTasks.Tasks tasks = planTasks.of(unit.slug());
        WardYearFigures total = unit.isWard() ? rows.get(0) : sum(unit, rows);
        String parent = unit.isWard() ? units.parentOf(unit).map(UnitView::name).orElse("") : "";
        return new YearlyReport(unit.code(), unit.name(), parent, unit.isProvince(), year, PortalTime.today(),
                tasks.planTitle(), tasks.tasks(), total, unit.isWard() ? List.of() : rows);
    }

    /** The units the caller may report on: the active wards and provinces within its scope, provinces first. */
    public List<UnitView> reportableUnits() {
        UnitScope scope = scopes.current();
        List<UnitView> choices = new ArrayList<>();
        units.provinces().stream().filter(p -> scope.covers(p.path())).forEach(choices::add);
        units.wards().stream().filter(w -> scope.covers(w.path())).forEach(choices::add);
        return choices;
    }

    /** The caller's own unit when it is a ward or a province, else the first unit it may report on. */
    public String defaultUnitCode() {
        UnitView own = scopes.currentUnit();
        if (own.isWard() || own.isProvince()) {
            return own.code();
        }
        return reportableUnits().stream().findFirst().map(UnitView::code).orElse("");
    }

    /** The years a report can be asked for, this year first. */
    public List<Integer> years() {
        int thisYear = PortalTime.today().getYear();
        return IntStream.rangeClosed(FIRST_YEAR, thisYear).map(y -> thisYear - (y - FIRST_YEAR)).boxed().toList();
    }

    private UnitView unit(String unitCode) {
        UnitView unit;
        if (unitCode == null || unitCode.isBlank()) {
            unit = scopes.currentUnit();
        } else {
            unit = units.byCode(unitCode.strip()).filter(UnitView::active)
                    .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "yearlyReport.error.unit_unknown",
                            unitCode.strip()));
        }
        if (!unit.isWard() && !unit.isProvince()) {
            throw ProblemException.invalid("yearlyReport.error.invalid",
                    List.of(FieldProblem.of("unit", "yearlyReport.error.choose_unit")));
        }
        if (!scopes.current().covers(unit.path())) {
            throw ProblemException.of(ProblemKind.FORBIDDEN, "yearlyReport.error.outside_scope", unit.name());
        }
        return unit;
    }

    static int year(String text) {
        int thisYear = PortalTime.today().getYear();
        if (text == null || text.isBlank()) {
            return thisYear;
        }
        String typed = text.strip();
        if (!YEAR.matcher(typed).matches() || Integer.parseInt(typed) < FIRST_YEAR
                || Integer.parseInt(typed) > thisYear) {
            throw ProblemException.invalid("yearlyReport.error.invalid",
                    List.of(FieldProblem.of("year", "yearlyReport.error.year", FIRST_YEAR, thisYear)));
        }
        return Integer.parseInt(typed);
    }

    /** The figures of each ward, counted in the database with one grouped query per count for all of them. */
    private List<WardYearFigures> figuresOf(List<UnitView> wards, int year) {
        List<Long> ids = wards.stream().map(UnitView::id).toList();
        Instant from = PortalTime.startOf(LocalDate.of(year, 1, 1));
        Instant before = PortalTime.startOf(LocalDate.of(year + 1, 1, 1));
        LocalDate today = PortalTime.today();
        Map<Long, Map<String, Long>> news = figures.newsByCategory(ids, from, before);
        Map<Long, Map<String, Long>> kinds = figures.reportsByKind(ids, from, before);
        Map<Long, Map<String, Long>> states = figures.reportsByState(ids, from, before);
        Map<Long, ReportFigures> counts = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            reports.figuresByUnit(ids, from, before, today).forEach(f -> counts.put(f.unitId(), f));
        }
        Map<String, String> categoryNames = new LinkedHashMap<>();
        articles.categories().stream().filter(ArticleCategory::active)
                .forEach(c -> categoryNames.put(c.code(), c.name()));
        Map<String, String> kindNames = new LinkedHashMap<>();
        reportCatalog.kinds().forEach(k -> kindNames.put(k.code(), k.name()));
        Map<String, String> stateNames = new LinkedHashMap<>();
        Arrays.stream(ReportStatus.values())
                .forEach(s -> stateNames.put(s.code(), Messages.get("report.status." + s.code())));
        List<WardYearFigures> rows = new ArrayList<>();
        for (UnitView ward : wards) {
            long id = ward.id();
            ReportYearFigures reportFigures = new ReportYearFigures(
                    tallies(kindNames, kinds.getOrDefault(id, Map.of())),
                    tallies(stateNames, states.getOrDefault(id, Map.of())),
                    counts.getOrDefault(id, ReportFigures.none(id)));
            rows.add(new WardYearFigures(ward.code(), ward.name(),
                    new NewsFigures(tallies(categoryNames, news.getOrDefault(id, Map.of()))), reportFigures,
                    instruments(id, today), inspections.of(id, year), assistant.of(id, year)));
        }
        return rows;
    }

    /** One tally per known code (zeros included), then any counted code the list does not know, by its code. */
    static List<Tally> tallies(Map<String, String> names, Map<String, Long> counted) {
        List<Tally> tallies = new ArrayList<>();
        names.forEach((code, name) -> tallies.add(new Tally(code, name, counted.getOrDefault(code, 0L))));
        counted.forEach((code, count) -> {
            if (!names.containsKey(code)) {
                tallies.add(new Tally(code, code, count));
            }
        });
        return tallies;
    }

    /** The register of one ward today, counted by state with the register's own rule (MetrologyRepository). */
    private InstrumentFigures instruments(long wardId, LocalDate today) {
        List<Long> ward = List.of(wardId);
        List<Tally> byState = new ArrayList<>();
        long usable = 0;
        long overdue = 0;
        for (VerificationState state : VerificationState.values()) {
            long count = register.count(new InstrumentFilter(ward, null, null, state, null, null), today);
            byState.add(new Tally(state.code(), MetrologyLabels.of(state), count));
            usable += state.usable() ? count : 0;
            overdue += state == VerificationState.OVERDUE ? count : 0;
        }
        long total = register.count(new InstrumentFilter(ward, null, null, null, null, null), today);
        long references = register.count(new InstrumentFilter(ward, null, null, null, Boolean.TRUE, null), today);
        return new InstrumentFigures(total, usable, byState, overdue, references);
    }

    /** A province's figures: the sum of its wards' rows. */
    static WardYearFigures sum(UnitView province, List<WardYearFigures> rows) {
        WardYearFigures total = null;
        for (WardYearFigures row : rows) {
            total = total == null ? row : plus(total, row);
        }
        if (total == null) {
            return new WardYearFigures(province.code(), province.name(), new NewsFigures(List.of()),
                    new ReportYearFigures(List.of(), List.of(), ReportFigures.none(province.id())),
                    new InstrumentFigures(0, 0, List.of(), 0, 0), InspectionSummary.unavailable(),
                    AssistantSummary.unavailable());
        }
        return new WardYearFigures(province.code(), province.name(), total.news(), total.reports(),
                total.instruments(), total.inspections(), total.assistant());
    }

    private static WardYearFigures plus(WardYearFigures a, WardYearFigures b) {
        ReportYearFigures reportsSum = new ReportYearFigures(add(a.reports().byKind(), b.reports().byKind()),
                add(a.reports().byState(), b.reports().byState()),
                a.reports().figures().plus(b.reports().figures(), null));
        return new WardYearFigures(a.code(), a.name(),
                new NewsFigures(add(a.news().byCategory(), b.news().byCategory())), reportsSum,
                a.instruments().plus(b.instruments()), a.inspections().plus(b.inspections()),
                a.assistant().plus(b.assistant()));
    }

    /** Two tally lists added code by code, in the first's order, codes only the second has after. */
    static List<Tally> add(List<Tally> a, List<Tally> b) {
        Map<String, Tally> sums = new LinkedHashMap<>();
        for (Tally tally : a) {
            sums.put(tally.code(), tally);
        }
        for (Tally tally : b) {
            sums.merge(tally.code(), tally, (x, y) -> new Tally(x.code(), x.label(), x.count() + y.count()));
        }
        return List.copyOf(sums.values());
    }
}
