package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The public aggregate figures of reports: by kind, state, month (last 12) and department, and the on-time rate. */
@ApplicationScoped
@Transactional
public class ReportStatisticsService {

    private static final int MONTHS = 12;

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    public PublicStatistics statistics() {
        return statistics(null);
    }

    /** The figures of one ward's reports ({@code /{ward}/thong-ke}); {@code unitId} null for every report. */
    public PublicStatistics statistics(Long unitId) {
        Map<String, Long> byStatus = reports.countBy("status", unitId);
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long closed = byStatus.getOrDefault(ReportStatus.DA_XU_LY.code(), 0L)
                + byStatus.getOrDefault(ReportStatus.KHONG_DU_CAN_CU.code(), 0L);
        long overdue = reports.countOverdue(PortalTime.today(), unitId);
        long[] onTime = reports.closedAndOnTime(unitId);
        Double rate = onTime[0] == 0 ? null : Math.round(1000.0 * onTime[1] / onTime[0]) / 10.0;

        Map<String, Long> byKind = reports.countBy("kind_code", unitId);
        List<PublicStatistics.Count> kinds = catalog.kinds().stream()
                .map(k -> new PublicStatistics.Count(k.code(), k.name(), byKind.getOrDefault(k.code(), 0L))).toList();
        List<PublicStatistics.Count> states = Arrays.stream(ReportStatus.values())
                .map(s -> new PublicStatistics.Count(s.code(), Messages.get("report.status." + s.code()),
                        byStatus.getOrDefault(s.code(), 0L))).toList();
        Map<String, Long> byDepartment = reports.countBy("department_code", unitId);
        List<PublicStatistics.Count> departments = catalog.departments().stream()
                .map(d -> new PublicStatistics.Count(d.code(), d.name(), byDepartment.getOrDefault(d.code(), 0L)))
                .toList();

        YearMonth first = YearMonth.from(PortalTime.today()).minusMonths(MONTHS - 1L);
        List<PublicStatistics.Count> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            months.add(new PublicStatistics.Count(month.toString(),
                    String.format("%02d/%d", month.getMonthValue(), month.getYear()),
                    reports.countSubmitted(PortalTime.startOf(month), PortalTime.startOf(month.plusMonths(1)), unitId)));
        }
        return new PublicStatistics(total, total - closed, closed, overdue, rate, kinds, states, months, departments);
    }
}
