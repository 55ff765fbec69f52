package vn.tdc.portal.metrology.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.metrology.domain.FindingResult;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the dashboard's figures and of the inspection's public update. */
class DashboardRulesTest {

    @Test
    void should_round_the_usable_share_down() {
        assertThat(PlaceShare.of(1, "Chợ", "", "", 3, 2).percent()).isEqualTo(66);
        assertThat(PlaceShare.of(1, "Chợ", "", "", 251, 250).percent()).isEqualTo(99);
        assertThat(PlaceShare.of(1, "Chợ", "", "", 4, 4).percent()).isEqualTo(100);
        assertThat(PlaceShare.of(1, "Chợ", "", "", 0, 0).percent()).isZero();
    }

    @Test
    void should_tell_the_resident_the_inspection_result_without_naming_the_owner() {
        String text = InspectionService.publicUpdate(LocalDate.of(2026, 12, 4), "Chợ Đông Cứu", FindingResult.FAILED,
                "Cân điện tử, sạp 12, số máy SN-1", "-50 g / 2 kg", "Lập biên bản, đình chỉ sử dụng cân");

        assertThat(text).isEqualTo("Kết quả kiểm tra ngày 04/12/2026 tại Chợ Đông Cứu: Không đạt."
                + " Phương tiện đo: Cân điện tử, sạp 12, số máy SN-1. Sai số: -50 g / 2 kg."
                + " Biện pháp xử lý: Lập biên bản, đình chỉ sử dụng cân.");
    }

    @Test
    void should_leave_out_the_parts_an_officer_did_not_fill() {
        String text = InspectionService.publicUpdate(LocalDate.of(2026, 1, 9), "Chợ Đông Cứu", FindingResult.PASSED,
                null, " ", "");

        assertThat(text).isEqualTo("Kết quả kiểm tra ngày 09/01/2026 tại Chợ Đông Cứu: Đạt.");
    }
}
