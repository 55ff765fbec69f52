package vn.tdc.portal.open311.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's states as mySociety's extended statuses of servicerequestupdates (the table in docs/open311.md). */
class Open311UpdateStatusTest {

    @Test
    void should_map_every_state_to_the_status_fixmystreet_shows_for_it() {
        assertThat(Open311UpdateStatus.of(ReportStatus.MOI, false).wireName()).isEqualTo("open");
        assertThat(Open311UpdateStatus.of(ReportStatus.DANG_XAC_MINH, false).wireName()).isEqualTo("investigating");
        assertThat(Open311UpdateStatus.of(ReportStatus.DA_CHUYEN, false).wireName()).isEqualTo("in_progress");
        assertThat(Open311UpdateStatus.of(ReportStatus.DA_XU_LY, false).wireName()).isEqualTo("fixed");
    }

    @Test
    void should_not_call_an_unfounded_or_duplicate_report_fixed() {
        assertThat(Open311UpdateStatus.of(ReportStatus.KHONG_DU_CAN_CU, false).wireName())
                .isEqualTo("no_further_action");
        assertThat(Open311UpdateStatus.of(ReportStatus.KHONG_DU_CAN_CU, true).wireName()).isEqualTo("duplicate");
    }

    @Test
    void should_use_only_statuses_of_mysocietys_list() {
        // open311-adapter's status_extended enumeration (lower case), which FixMyStreet maps onto its states
        for (Open311UpdateStatus status : Open311UpdateStatus.values()) {
            assertThat(status.wireName()).isIn("open", "closed", "fixed", "in_progress", "action_scheduled",
                    "investigating", "duplicate", "not_councils_responsibility", "no_further_action",
                    "internal_referral", "reopen", "for_triage");
        }
    }
}
