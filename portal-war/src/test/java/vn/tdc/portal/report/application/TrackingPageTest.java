package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.unit.application.UnitFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingPageTest {

    private final TrackingPage trackingPage = new TrackingPage();

    TrackingPageTest() {
        trackingPage.units = UnitFixtures.directory();
    }

    @Test
    void should_follow_a_wards_report_on_that_wards_tracking_page() {
        assertThat(trackingPage.path("PA-2026-7KQ3XZ4M", UnitFixtures.DUC_PHO))
                .isEqualTo("/phuong-duc-pho/tra-cuu?ma=PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_follow_a_provinces_report_on_its_first_ward_and_any_other_on_the_default_ward() {
        assertThat(trackingPage.path("PA-2026-7KQ3XZ4M", UnitFixtures.QUANG_NGAI))
                .isEqualTo("/phuong-duc-pho/tra-cuu?ma=PA-2026-7KQ3XZ4M");
        assertThat(trackingPage.path("PA-2026-7KQ3XZ4M", UnitFixtures.ROOT))
                .isEqualTo("/xa-dong-cuu/tra-cuu?ma=PA-2026-7KQ3XZ4M");
    }
}
