package vn.tdc.portal.open311.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportEventType;
import vn.tdc.portal.report.domain.ReportStatus;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdc.portal.report.domain.ReportStatus.DANG_XAC_MINH;
import static vn.tdc.portal.report.domain.ReportStatus.DA_CHUYEN;
import static vn.tdc.portal.report.domain.ReportStatus.DA_XU_LY;
import static vn.tdc.portal.report.domain.ReportStatus.KHONG_DU_CAN_CU;
import static vn.tdc.portal.report.domain.ReportStatus.MOI;

/** What is published of reports: each update with the state its report was in after it. */
class Open311QueriesTest {

    private static final Instant T = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void should_give_each_event_the_state_its_report_was_in_after_it() {
        // given two reports' events, each report's oldest first: one handled, one closed as unfounded then reopened
        List<ReportEvent> events = List.of(
                event(1, 10, ReportEventType.SUBMITTED, null, MOI),
                event(2, 10, ReportEventType.PUBLIC_UPDATE, null, null),
                event(3, 10, ReportEventType.STATUS_CHANGED, MOI, DANG_XAC_MINH),
                event(4, 10, ReportEventType.STATUS_CHANGED, DANG_XAC_MINH, DA_CHUYEN),
                event(5, 10, ReportEventType.PUBLIC_UPDATE, null, null),
                event(6, 10, ReportEventType.STATUS_CHANGED, DA_CHUYEN, DA_XU_LY),
                event(7, 11, ReportEventType.SUBMITTED, null, MOI),
                event(8, 11, ReportEventType.STATUS_CHANGED, MOI, KHONG_DU_CAN_CU),
                event(9, 11, ReportEventType.FEEDBACK, KHONG_DU_CAN_CU, DANG_XAC_MINH));

        // when
        Map<Long, Open311UpdateStatus> after = Open311Queries.statusAfterEachEvent(events);

        // then
        assertThat(after).containsEntry(2L, Open311UpdateStatus.OPEN)
                .containsEntry(3L, Open311UpdateStatus.INVESTIGATING)
                .containsEntry(5L, Open311UpdateStatus.IN_PROGRESS)
                .containsEntry(6L, Open311UpdateStatus.FIXED)
                .containsEntry(7L, Open311UpdateStatus.OPEN)
                .containsEntry(8L, Open311UpdateStatus.NO_FURTHER_ACTION)
                .containsEntry(9L, Open311UpdateStatus.INVESTIGATING);
    }

    @Test
    void should_call_a_report_marked_as_duplicate_a_duplicate_until_it_is_reopened() {
        // given
        List<ReportEvent> events = List.of(
                event(1, 20, ReportEventType.SUBMITTED, null, MOI),
                event(2, 20, ReportEventType.MARKED_DUPLICATE, MOI, KHONG_DU_CAN_CU),
                event(3, 20, ReportEventType.PUBLIC_UPDATE, null, null),
                event(4, 20, ReportEventType.STATUS_CHANGED, KHONG_DU_CAN_CU, DANG_XAC_MINH),
                event(5, 20, ReportEventType.STATUS_CHANGED, DANG_XAC_MINH, KHONG_DU_CAN_CU));

        // when
        Map<Long, Open311UpdateStatus> after = Open311Queries.statusAfterEachEvent(events);

        // then
        assertThat(after).containsEntry(2L, Open311UpdateStatus.DUPLICATE)
                .containsEntry(3L, Open311UpdateStatus.DUPLICATE)
                .containsEntry(4L, Open311UpdateStatus.INVESTIGATING)
                .containsEntry(5L, Open311UpdateStatus.NO_FURTHER_ACTION);
    }

    private static ReportEvent event(long id, long reportId, ReportEventType type, ReportStatus from,
                                     ReportStatus to) {
        ReportEvent event = new ReportEvent(reportId, T.plusSeconds(id), "canbo", type, from, to, "Cập nhật " + id, "");
        try {
            Field field = ReportEvent.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }
}
