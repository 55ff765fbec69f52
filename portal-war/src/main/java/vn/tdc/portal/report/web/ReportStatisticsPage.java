package vn.tdc.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ProvinceStatistics;
import vn.tdc.portal.report.application.PublicStatistics;
import vn.tdc.portal.report.application.ReportStatisticsService;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.web.CurrentWard;

import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The public statistics of reports ({@code /thong-ke}): totals, the on-time rate and four charts, each also given
 * as a table — of every unit, or of the ward or province chosen ({@code ?don-vi=xa-dong-cuu}); then the wards of a
 * province compared for a year ({@code ?tinh=bac-ninh&nam=2026}; by default the default ward's province and this
 * year). Aggregates only: nothing of any report's content. A code or year that names nothing is said on the page and
 * the page shows what it would without it.
 */
@Named
@RequestScoped
public class ReportStatisticsPage {

    @Inject
    ReportStatisticsService service;

    @Inject
    CurrentWard currentWard;

    private String unit;
    private String provinceCode;
    private String year;
    private PublicStatistics statistics;
    private ProvinceStatistics province;

    public PublicStatistics getStatistics() {
        if (statistics == null) {
            statistics = service.statistics(getChosenUnit().map(UnitView::code).orElse(null));
        }
        return statistics;
    }

    /**
     * The ward or province chosen with {@code don-vi}, if it names one; without {@code don-vi}, the ward of a ward's
     * page ({@code /xa-dong-cuu/thong-ke}).
     */
    public Optional<UnitView> getChosenUnit() {
        if (unit == null || unit.isBlank()) {
            return currentWard.isInWard() ? Optional.of(currentWard.getWard()) : Optional.empty();
        }
        return service.unit(unit);
    }

    /** A {@code don-vi} was given that names no ward or province. */
    public boolean isUnknownUnit() {
        return unit != null && !unit.isBlank() && getChosenUnit().isEmpty();
    }

    /** "Xã Đông Cứu" when a unit is chosen, else empty. */
    public String getUnitName() {
        return getChosenUnit().map(UnitView::title).orElse("");
    }

    public List<UnitView> getProvinces() {
        return service.provinces();
    }

    public List<UnitView> getWards() {
        return service.wards();
    }

    /** The years the province table can show, newest first. */
    public List<Integer> getYears() {
        int now = PortalTime.today().getYear();
        return IntStream.rangeClosed(ReportStatisticsService.FIRST_YEAR, now).map(y -> now - y
                + ReportStatisticsService.FIRST_YEAR).boxed().toList();
    }

    /**
     * The province table: the province chosen, else the province of the ward's page, else the default ward's
     * province; this year unless one is chosen.
     */
    public ProvinceStatistics getProvince() {
        if (province == null) {
            String code = service.unit(provinceCode).filter(UnitView::isProvince).map(UnitView::code)
                    .or(() -> currentWard.isInWard() ? service.provinceCodeOf(currentWard.getWard()) : Optional.empty())
                    .orElseGet(service::defaultProvinceCode);
            province = service.province(code, getChosenYear());
        }
        return province;
    }

    public int getChosenYear() {
        int now = PortalTime.today().getYear();
        if (year == null || !year.strip().matches("\\d{4}")) {
            return now;
        }
        int chosen = Integer.parseInt(year.strip());
        return chosen < ReportStatisticsService.FIRST_YEAR || chosen > now ? now : chosen;
    }

    /** True until the first report arrives (EL cannot name a property {@code empty}). */
    public boolean isWithoutReports() {
        return getStatistics().total() == 0;
    }

    /** "87,5 %", or "chưa có" while no report is closed. */
    public String getOnTimeRate() {
        return onTimeRate(getStatistics().onTimeRate());
    }

    /** A rate of the province table: "87,5 %", or "chưa có". */
    public String rate(Double rate) {
        return onTimeRate(rate);
    }

    static String onTimeRate(Double rate) {
        if (rate == null) {
            return Messages.get("reportStats.noRate");
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(rate) + " %";
    }

    public String getKindChart() {
        return StatisticsCharts.bar(getStatistics().byKind(), Messages.get("reportStats.series"), true);
    }

    public String getStatusChart() {
        return StatisticsCharts.doughnut(getStatistics().byStatus(), Messages.get("reportStats.series"));
    }

    public String getKindChartHeight() {
        return StatisticsCharts.barHeight(getStatistics().byKind().size());
    }

    public String getDepartmentChartHeight() {
        return StatisticsCharts.barHeight(getStatistics().byDepartment().size());
    }

    public String getMonthChart() {
        return StatisticsCharts.line(getStatistics().byMonth(), Messages.get("reportStats.series"));
    }

    public String getDepartmentChart() {
        return StatisticsCharts.bar(getStatistics().byDepartment(), Messages.get("reportStats.series"), true);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
