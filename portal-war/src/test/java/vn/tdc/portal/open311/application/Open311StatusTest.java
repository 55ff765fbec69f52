package vn.tdc.portal.open311.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class Open311StatusTest {

    @Test
    void should_close_only_handled_and_unfounded_reports() {
        assertThat(Open311Status.CLOSED.reportStatuses())
                .containsExactlyInAnyOrder(ReportStatus.DA_XU_LY, ReportStatus.KHONG_DU_CAN_CU);
        assertThat(Open311Status.OPEN.reportStatuses())
                .containsExactlyInAnyOrder(ReportStatus.MOI, ReportStatus.DANG_XAC_MINH, ReportStatus.DA_CHUYEN);
        assertThat(Open311Status.of(ReportStatus.DA_CHUYEN).wireName()).isEqualTo("open");
    }

    @Test
    void should_expect_a_report_by_the_end_of_its_due_day_in_vietnam() {
        assertThat(Open311Queries.expectedAt(LocalDate.of(2026, 12, 4)))
                .isEqualTo(Instant.parse("2026-12-04T16:59:59Z"));
    }
}
