package vn.tdc.portal.metrology.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationBadgeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void should_say_a_valid_instrument_is_verified_until_its_due_date_in_green_with_a_check() {
        assertThat(VerificationBadge.of("con-hieu-luc", DUE))
                .isEqualTo(new VerificationBadge("ok", "pi-check-circle", "Đã kiểm định — còn hạn đến 31/12/2026"));
    }

    @Test
    void should_warn_in_amber_when_the_verification_expires_soon() {
        VerificationBadge badge = VerificationBadge.of("sap-het-han", DUE);

        assertThat(badge.tone()).isEqualTo("warn");
        assertThat(badge.icon()).isEqualTo("pi-exclamation-triangle");
        assertThat(badge.text()).startsWith("Sắp hết hạn kiểm định").contains("31/12/2026");
    }

    @Test
    void should_show_overdue_failed_and_suspended_in_red_with_words_and_an_icon() {
        assertThat(VerificationBadge.of("qua-han", DUE).text()).startsWith("Quá hạn kiểm định").contains("31/12/2026");
        assertThat(VerificationBadge.of("qua-han", null).text()).startsWith("Quá hạn kiểm định")
                .contains("chưa có kết quả");
        assertThat(VerificationBadge.of("khong-dat", DUE).text()).startsWith("Không đạt");
        assertThat(VerificationBadge.of("dinh-chi", DUE).text()).isEqualTo("Đình chỉ sử dụng");
        assertThat(VerificationBadge.of("dinh-chi", DUE).icon()).isEqualTo("pi-ban");
        for (String state : new String[]{"qua-han", "khong-dat", "dinh-chi"}) {
            assertThat(VerificationBadge.of(state, DUE).tone()).as(state).isEqualTo("bad");
        }
    }
}
