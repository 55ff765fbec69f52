package vn.tdc.portal.report.domain;

import vn.tdc.portal.unit.domain.UnitKey;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    /** Friday 20 November 2026, 09:00 in Hà Nội. */
    private static final Instant FRIDAY = Instant.parse("2026-11-20T02:00:00Z");



    private Report newReport(long id) {
        Report report = new Report(new UnitKey(101, "/bac-ninh/xa-dong-cuu/"), TrackingCode.generate(2026), null, "can-thieu", "phong-kinh-te", 10, ReportChannel.WEB,
                new ReportPlace("Chợ Đông Cứu", "", null, null), null, "Cân thiếu 2 lạng", null, "{}",
                new ReportContact("Lan", "", "lan@example.vn"), FRIDAY);
        try {
            Field field = Report.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(report, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    @Test
    void should_be_due_ten_working_days_after_submission_skipping_weekends() {
        // when a report arrives on a Friday
        Report report = newReport(1);

        // then the weekends are not counted
        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(report.status()).isEqualTo(ReportStatus.MOI);
        assertThat(report.published()).isFalse();
    }

    @Test
    void should_follow_the_legal_path_to_handled() {
        Report report = newReport(1);

        ReportEvent verifying = report.moveTo(ReportStatus.DANG_XAC_MINH, "canbo", null, null, "Đang kiểm tra", "", FRIDAY);
        ReportEvent handedOver = report.moveTo(ReportStatus.DA_CHUYEN, "canbo", "quan-ly-thi-truong", null, "", "", FRIDAY);
        ReportEvent handled = report.moveTo(ReportStatus.DA_XU_LY, "canbo", null, null, "Đã xử phạt", "", FRIDAY);

        assertThat(verifying.isPublic()).isTrue();
        assertThat(handedOver.toStatus()).contains(ReportStatus.DA_CHUYEN);
        assertThat(report.departmentCode()).isEqualTo("quan-ly-thi-truong");
        assertThat(handled.fromStatus()).contains(ReportStatus.DA_CHUYEN);
        assertThat(report.status().isClosed()).isTrue();
        assertThat(report.closedOnTime()).contains(true);
    }

    @Test
    void should_count_a_report_closed_on_its_due_day_in_vietnam_as_on_time_and_the_next_day_as_late() {
        // given two reports due on Friday 4 December 2026
        Report onDueDay = newReport(1);
        Report nextDay = newReport(2);
        onDueDay.moveTo(ReportStatus.DANG_XAC_MINH, "canbo", null, null, "", "", FRIDAY);
        nextDay.moveTo(ReportStatus.DANG_XAC_MINH, "canbo", null, null, "", "", FRIDAY);

        // when one is closed at 23:59 on the due day in Hà Nội (16:59 UTC), the other at 00:00 the next day
        onDueDay.moveTo(ReportStatus.DA_XU_LY, "canbo", null, null, "", "", Instant.parse("2026-12-04T16:59:59Z"));
        nextDay.moveTo(ReportStatus.DA_XU_LY, "canbo", null, null, "", "", Instant.parse("2026-12-04T17:00:00Z"));

        // then
        assertThat(onDueDay.closedOnTime()).contains(true);
        assertThat(nextDay.closedOnTime()).contains(false);
    }

    @Test
    void should_forget_whether_it_was_on_time_when_reopened() {
        // given
        Report report = newReport(1);
        report.moveTo(ReportStatus.KHONG_DU_CAN_CU, "canbo", null, "Cân đúng khi kiểm tra", "", "", FRIDAY);

        // when
        report.feedback(false, true, "Vẫn thiếu", FRIDAY.plus(Duration.ofDays(1)));

        // then
        assertThat(report.closedOnTime()).isEmpty();
        assertThat(report.satisfied()).contains(false);
    }

    @Test
    void should_reject_a_jump_from_new_to_handled() {
        Report report = newReport(1);

        assertThatThrownBy(() -> report.moveTo(ReportStatus.DA_XU_LY, "canbo", null, null, "", "", FRIDAY))
                .isInstanceOf(ReportRuleException.class)
                .extracting(e -> ((ReportRuleException) e).messageKey())
                .isEqualTo("report.rule.illegal_transition");
        assertThat(report.status()).isEqualTo(ReportStatus.MOI);
    }

    @Test
    void should_require_a_reason_to_close_as_unfounded_and_show_it_to_the_resident() {
        Report report = newReport(1);

        assertThatThrownBy(() -> report.moveTo(ReportStatus.KHONG_DU_CAN_CU, "canbo", null, " ", "", "", FRIDAY))
                .isInstanceOf(ReportRuleException.class);
        ReportEvent closed = report.moveTo(ReportStatus.KHONG_DU_CAN_CU, "canbo", null, "Cân đúng khi kiểm tra", "", "",
                FRIDAY);

        assertThat(closed.publicText()).isEqualTo("Cân đúng khi kiểm tra");
        assertThat(report.closingReason()).isEqualTo("Cân đúng khi kiểm tra");
    }

    @Test
    void should_require_a_department_to_hand_over() {
        Report report = newReport(1);

        assertThatThrownBy(() -> report.moveTo(ReportStatus.DA_CHUYEN, "canbo", " ", null, "", "", FRIDAY))
                .isInstanceOf(ReportRuleException.class)
                .extracting(e -> ((ReportRuleException) e).messageKey())
                .isEqualTo("report.rule.department_required");
    }

    @Test
    void should_let_the_resident_reopen_within_seven_days_but_not_after() {
        Report report = newReport(1);
        report.moveTo(ReportStatus.DANG_XAC_MINH, "canbo", null, null, "", "", FRIDAY);
        report.moveTo(ReportStatus.DA_XU_LY, "canbo", null, null, "", "", FRIDAY);

        assertThatThrownBy(() -> report.feedback(false, true, "Vẫn cân thiếu", FRIDAY.plus(Duration.ofDays(8))))
                .isInstanceOf(ReportRuleException.class);
        ReportEvent reopened = report.feedback(false, true, "Vẫn cân thiếu", FRIDAY.plus(Duration.ofDays(6)));

        assertThat(report.status()).isEqualTo(ReportStatus.DANG_XAC_MINH);
        assertThat(reopened.internalText()).isEqualTo("Vẫn cân thiếu");
        assertThat(reopened.publicText()).isEqualTo(ReportEventText.REOPEN_REQUESTED.code());
        assertThat(report.closedAt()).isEmpty();
    }

    @Test
    void should_accept_feedback_only_on_a_closed_report() {
        Report report = newReport(1);

        assertThatThrownBy(() -> report.feedback(true, false, "", FRIDAY)).isInstanceOf(ReportRuleException.class);
    }

    @Test
    void should_close_a_duplicate_with_the_original_code_only_in_the_internal_text() {
        Report original = newReport(1);
        Report duplicate = newReport(2);

        ReportEvent event = duplicate.markDuplicateOf(original, "canbo", "", FRIDAY);

        assertThat(duplicate.status()).isEqualTo(ReportStatus.KHONG_DU_CAN_CU);
        assertThat(duplicate.duplicateOf()).contains(1L);
        assertThat(event.type()).isEqualTo(ReportEventType.MARKED_DUPLICATE);
        assertThat(event.publicText()).isEqualTo(ReportEventText.DUPLICATE.code());
        assertThat(duplicate.closingReason()).isEqualTo(ReportEventText.DUPLICATE.code());
        assertThat(event.internalText()).contains(original.trackingCode().value());
        assertThatThrownBy(() -> original.markDuplicateOf(original, "canbo", "", FRIDAY))
                .isInstanceOf(ReportRuleException.class);
    }

    @Test
    void should_be_overdue_only_while_open_after_the_due_date() {
        Report report = newReport(1);

        assertThat(report.isOverdue(LocalDate.of(2026, 12, 4))).isFalse();
        assertThat(report.isOverdue(LocalDate.of(2026, 12, 5))).isTrue();
        report.moveTo(ReportStatus.KHONG_DU_CAN_CU, "canbo", null, "Không có cơ sở", "", "", FRIDAY);
        assertThat(report.isOverdue(LocalDate.of(2026, 12, 5))).isFalse();
    }

    @Test
    void should_not_publish_twice() {
        Report report = newReport(1);
        report.publish("canbo", FRIDAY);

        assertThatThrownBy(() -> report.publish("canbo", FRIDAY)).isInstanceOf(ReportRuleException.class);
        report.unpublish("canbo", FRIDAY);
        assertThat(report.published()).isFalse();
    }
}
