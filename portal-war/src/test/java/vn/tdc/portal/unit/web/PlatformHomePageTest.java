package vn.tdc.portal.unit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformHomePageTest {

    @Test
    void should_take_a_position_in_decimal_degrees() {
        assertThat(PlatformHomePage.parse("21.07", " 106.18 ")).isPresent();
    }

    @Test
    void should_refuse_positions_that_are_no_point_on_earth() {
        assertThat(PlatformHomePage.parse("91", "106")).isEmpty();
        assertThat(PlatformHomePage.parse("21", "181")).isEmpty();
        assertThat(PlatformHomePage.parse("NaN", "106")).isEmpty();
        assertThat(PlatformHomePage.parse("abc", "106")).isEmpty();
        assertThat(PlatformHomePage.parse(null, "106")).isEmpty();
        assertThat(PlatformHomePage.parse("1".repeat(30), "106")).isEmpty();
    }
}
