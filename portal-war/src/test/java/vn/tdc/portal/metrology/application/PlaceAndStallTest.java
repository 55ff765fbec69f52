package vn.tdc.portal.metrology.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceAndStallTest {

    @Test
    void should_call_a_numbered_stall_a_stall_and_write_others_as_registered() {
        assertThat(PlaceAndStall.of("Chợ Đông Cứu", "12")).isEqualTo("Chợ Đông Cứu, sạp 12");
        assertThat(PlaceAndStall.of("Chợ Đông Cứu", "Quầy thịt A3")).isEqualTo("Chợ Đông Cứu, Quầy thịt A3");
        assertThat(PlaceAndStall.of("Cửa hàng xăng dầu số 5", " ")).isEqualTo("Cửa hàng xăng dầu số 5");
    }
}
