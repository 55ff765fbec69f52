package vn.tdc.portal.report.domain;

import vn.tdc.portal.unit.domain.UnitKey;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handing a report over to another ward: what the report itself allows, and what the move records. */
class ReportTransferTest {

    private static final Instant FRIDAY = Instant.parse("2026-11-20T02:00:00Z");
    private static final UnitKey DONG_CUU = new UnitKey(101, "/bac-ninh/xa-dong-cuu/");
    private static final UnitKey DUC_PHO = new UnitKey(301, "/quang-ngai/phuong-duc-pho/");
    private static final String TOLD = "Phản ánh được chuyển đến phường Đức Phổ, tỉnh Quảng Ngãi.";

    private static Report report() {
        Report report = new Report(DONG_CUU, TrackingCode.generate(2026), null, "can-thieu", "phong-kinh-te", 10,
                ReportChannel.WEB, new ReportPlace("Chợ Đức Phổ", "", null, null), null, "Cân thiếu 2 lạng", null, "{}",
                new ReportContact("Lan", "", "lan@example.vn"), FRIDAY);
        try {
            Field field = Report.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(report, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    private static String ruleOf(Throwable thrown) {
        return ((ReportRuleException) thrown).messageKey();
    }

    @Test
    void should_move_an_open_report_to_the_ward_and_record_both_units_the_public_text_and_the_internal_reason() {
        // given
        Report report = report();
        Instant later = FRIDAY.plusSeconds(3600);

        // when
        ReportEvent event = report.transferTo(DUC_PHO, "canbo.tinh", "  Chợ thuộc phường Đức Phổ  ", TOLD, later);

        // then
        assertThat(report.unitId()).isEqualTo(DUC_PHO.id());
        assertThat(report.status()).isEqualTo(ReportStatus.MOI);
        assertThat(report.updatedAt()).isEqualTo(later);
        assertThat(event.type()).isEqualTo(ReportEventType.TRANSFERRED);
        assertThat(event.reportId()).isEqualTo(7L);
        assertThat(event.actor()).isEqualTo("canbo.tinh");
        assertThat(event.fromUnitId()).contains(DONG_CUU.id());
        assertThat(event.toUnitId()).contains(DUC_PHO.id());
        assertThat(event.publicText()).isEqualTo(TOLD);
        assertThat(event.internalText()).isEqualTo("Chợ thuộc phường Đức Phổ");
        assertThat(event.fromStatus()).isEmpty();
    }

    @Test
    void should_refuse_a_transfer_without_a_reason() {
        Report report = report();

        assertThatThrownBy(() -> report.transferTo(DUC_PHO, "canbo.tinh", " ", TOLD, FRIDAY))
                .isInstanceOf(ReportRuleException.class)
                .extracting(ReportTransferTest::ruleOf).isEqualTo("report.rule.transfer_reason_required");
        assertThat(report.unitId()).isEqualTo(DONG_CUU.id());
    }

    @Test
    void should_refuse_a_transfer_to_the_ward_the_report_is_in() {
        Report report = report();

        assertThatThrownBy(() -> report.transferTo(DONG_CUU, "canbo.tinh", "Nhầm", TOLD, FRIDAY))
                .extracting(ReportTransferTest::ruleOf).isEqualTo("report.rule.transfer_same_unit");
    }

    @Test
    void should_refuse_to_move_a_closed_report() {
        Report report = report();
        report.moveTo(ReportStatus.KHONG_DU_CAN_CU, "canbo", null, "Cân đúng khi kiểm tra", "", "", FRIDAY);

        assertThatThrownBy(() -> report.transferTo(DUC_PHO, "canbo.tinh", "Chợ thuộc Đức Phổ", TOLD, FRIDAY))
                .extracting(ReportTransferTest::ruleOf).isEqualTo("report.rule.transfer_closed");
        assertThat(report.unitId()).isEqualTo(DONG_CUU.id());
    }
}
