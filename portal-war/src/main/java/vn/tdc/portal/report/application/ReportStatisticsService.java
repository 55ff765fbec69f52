package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.ReportFigures;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public aggregate figures of reports: by kind, state, month (last 12) and department, and the on-time rate — of
 * the whole platform, of one ward or of one province — and the comparison of the wards of a province for a year.
 *
 * <p>They are public: everyone, signed in or not, sees the same figures, so they are counted as a resident would
 * (the caller's unit scope is set aside for these aggregate counts, which never show a report's content). A ward or
 * province asked for is an explicit view filter in the queries. Everything is counted in the database (COUNT and
 * conditional SUM grouped by unit), never by reading reports into memory.
 */
@ApplicationScoped
@Transactional
public class ReportStatisticsService {

    /** The earliest year the province table can be asked for. */
    public static final int FIRST_YEAR = 2020;
    private static final int MONTHS = 12;

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    @Inject
    UnitDirectory units;

    @Inject
    CallerScopes scopes;

    @Inject
    PublicFiguresCache cache;

    /** The figures of every unit. */
    public PublicStatistics statistics() {
        return statistics(null);
    }

    /**
     * The figures of the unit with code {@code unitCode} (a ward, or a province: its wards together), of every unit
     * when it is null or blank. A code that names no active ward or province is a 400 on {@code unit}.
     */
    public PublicStatistics statistics(String unitCode) {
        Optional<UnitView> unit = unitOf(unitCode);
        Collection<Long> unitIds = unit.map(this::unitIds).orElse(null);
        return cache.get(new UnitFiguresKey(unit.map(UnitView::code).orElse("")), () -> {
            try (CallerScopes.Entered asPublic = scopes.enter(null)) {
                return count(unitIds);
            }
        });
    }

    /** What {@link #statistics(String)} keeps figures under: a unit's code, blank for the whole platform. */
    private record UnitFiguresKey(String unitCode) {
    }

    /** What {@link #province(String, int)} keeps a table under. */
    private record ProvinceTableKey(String provinceCode, int year) {
    }

    private PublicStatistics count(Collection<Long> unitIds) {
        LocalDate today = PortalTime.today();
        ReportFigures all = reports.figures(unitIds, Instant.EPOCH, PortalTime.startOf(today.plusDays(1)), today);
        Map<String, Long> byStatus = reports.countBy("status", unitIds);
        Map<String, Long> byKind = reports.countBy("kind_code", unitIds);
        List<PublicStatistics.Count> kinds = catalog.kinds().stream()
                .map(k -> new PublicStatistics.Count(k.code(), k.name(), byKind.getOrDefault(k.code(), 0L))).toList();
        List<PublicStatistics.Count> states = Arrays.stream(ReportStatus.values())
                .map(s -> new PublicStatistics.Count(s.code(), Messages.get("report.status." + s.code()),
                        byStatus.getOrDefault(s.code(), 0L))).toList();
        Map<String, Long> byDepartment = reports.countBy("department_code", unitIds);
        List<PublicStatistics.Count> departments = catalog.departments().stream()
                .map(d -> new PublicStatistics.Count(d.code(), d.name(), byDepartment.getOrDefault(d.code(), 0L)))
                .toList();

        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= MONTHS; i++) {
            bounds.add(PortalTime.startOf(first.plusMonths(i)));
        }
        List<Long> submitted = reports.countSubmitted(unitIds, bounds);
        List<PublicStatistics.Count> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            months.add(new PublicStatistics.Count(month.toString(),
                    String.format("%02d/%d", month.getMonthValue(), month.getYear()), submitted.get(i)));
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long closed = byStatus.getOrDefault(ReportStatus.DA_XU_LY.code(), 0L)
                + byStatus.getOrDefault(ReportStatus.KHONG_DU_CAN_CU.code(), 0L);
        return new PublicStatistics(total, total - closed, closed, all.overdueOpen(), all.onTimeRate(), kinds, states,
                months, departments);
    }

    /** The ward or province a code names; none for a blank code; a 400 on {@code unit} for an unknown one. */
    private Optional<UnitView> unitOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(units.byCode(unitCode).filter(UnitView::active)
                .filter(u -> u.isWard() || u.isProvince())
                .orElseThrow(() -> ProblemException.invalid("reportStats.error.invalid",
                        List.of(FieldProblem.of("unit", "reportStats.error.unit_unknown", unitCode.strip())))));
    }

    /** The units a ward or province stands for: the ward itself, or a province and its wards. */
    private Collection<Long> unitIds(UnitView unit) {
        if (unit.isWard()) {
            return List.of(unit.id());
        }
        List<Long> ids = new ArrayList<>(List.of(unit.id()));
        units.wardsOf(unit).forEach(ward -> ids.add(ward.id()));
        return ids;
    }

    /** The active provinces, for the page's choice. */
    public List<UnitView> provinces() {
        return units.provinces();
    }

    /** The active wards, for the page's choice. */
    public List<UnitView> wards() {
        return units.wards();
    }

    /** The unit (ward or province) with that code, if it is active. */
    public Optional<UnitView> unit(String code) {
        return units.byCode(code).filter(UnitView::active).filter(u -> u.isWard() || u.isProvince());
    }

    /** The code of the province {@code ward} belongs to, if it has one. */
    public Optional<String> provinceCodeOf(UnitView ward) {
        return units.parentOf(ward).filter(UnitView::isProvince).map(UnitView::code);
    }

    /** The province of the default ward ({@code portal.ward.default}), shown when none is chosen. */
    public String defaultProvinceCode() {
        UnitView ward = units.defaultWard();
        return units.parentOf(ward).filter(UnitView::isProvince).map(UnitView::code)
                .or(() -> units.provinces().stream().findFirst().map(UnitView::code))
                .orElseThrow(() -> new IllegalStateException("The platform has no province"));
    }

    /**
     * The wards of the province with code {@code provinceCode} compared for reports received in {@code year} (a
     * year in Vietnam): one row per active ward, zeros for a ward without reports, and the province's total (which
     * also counts reports filed at the province itself). An unknown province is a 404; a year before
     * {@value #FIRST_YEAR} or after this one a 400 on {@code year}.
     */
    public ProvinceStatistics province(String provinceCode, int year) {
        UnitView province = units.byCode(provinceCode).filter(UnitView::isProvince).filter(UnitView::active)
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "reportStats.error.province_unknown",
                        provinceCode == null ? "" : provinceCode.strip()));
        LocalDate today = PortalTime.today();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid("reportStats.error.invalid", List.of(FieldProblem.of("year",
                    "reportStats.error.year", FIRST_YEAR, today.getYear())));
        }
        return cache.get(new ProvinceTableKey(province.code(), year), () -> table(province, year, today));
    }

    private ProvinceStatistics table(UnitView province, int year, LocalDate today) {
        List<UnitView> wards = units.wardsOf(province);
        List<Long> ids = new ArrayList<>(List.of(province.id()));
        wards.forEach(ward -> ids.add(ward.id()));
        Instant from = PortalTime.startOf(LocalDate.of(year, 1, 1));
        Instant before = PortalTime.startOf(LocalDate.of(year + 1, 1, 1));
        Map<Long, ReportFigures> byUnit;
        try (CallerScopes.Entered asPublic = scopes.enter(null)) {
            byUnit = reports.figuresByUnit(ids, from, before, today).stream()
                    .collect(Collectors.toMap(ReportFigures::unitId, Function.identity()));
        }
        ReportFigures total = ReportFigures.none(province.id());
        for (ReportFigures figures : byUnit.values()) {
            total = total.plus(figures, province.id());
        }
        List<ProvinceStatistics.WardFigures> rows = wards.stream()
                .map(ward -> row(ward, byUnit.getOrDefault(ward.id(), ReportFigures.none(ward.id())))).toList();
        return new ProvinceStatistics(province.code(), province.title(), year, rows, row(province, total));
    }

    static ProvinceStatistics.WardFigures row(UnitView unit, ReportFigures figures) {
        return new ProvinceStatistics.WardFigures(unit.code(), unit.title(), figures.received(), figures.closed(),
                figures.closedOnTime(), figures.onTimeRate(), figures.answered(), figures.satisfied(),
                figures.satisfactionRate(), figures.overdueOpen());
    }
}
