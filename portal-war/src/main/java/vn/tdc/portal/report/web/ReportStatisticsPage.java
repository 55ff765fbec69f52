package vn.tdc.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.PublicStatistics;
import vn.tdc.portal.report.application.ReportStatisticsService;
import vn.tdc.portal.unit.web.CurrentWard;

import java.text.NumberFormat;

/**
 * The public statistics of one ward's reports ({@code /{ward}/thong-ke}): totals, the on-time rate and four charts, each also given
 * as a table. Aggregates only: nothing of any report's content.
 */
@Named
@RequestScoped
public class ReportStatisticsPage {

    @Inject
    ReportStatisticsService service;

    @Inject
    CurrentWard currentWard;

    private PublicStatistics statistics;

    public PublicStatistics getStatistics() {
        if (statistics == null) {
            statistics = service.statistics(currentWard.getWard().id());
        }
        return statistics;
    }

    /** True until the first report arrives (EL cannot name a property {@code empty}). */
    public boolean isWithoutReports() {
        return getStatistics().total() == 0;
    }

    /** "87,5 %", or "chưa có" while no report is closed. */
    public String getOnTimeRate() {
        return onTimeRate(getStatistics().onTimeRate());
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
}
