package vn.tdc.portal.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeLocationFilterTest {

    @Test
    void should_cut_an_address_on_the_requests_own_host_back_to_its_path() {
        assertThat(RelativeLocationFilter.relative("http://evil.example/dang-nhap?next=%2Fquan-tri#top", "evil.example"))
                .isEqualTo("/dang-nhap?next=%2Fquan-tri#top");
        assertThat(RelativeLocationFilter.relative("http://EVIL.example:8092", "evil.example:8092")).isEqualTo("/");
    }

    @Test
    void should_leave_relative_paths_and_other_sites_alone() {
        assertThat(RelativeLocationFilter.relative("/tra-cuu?ma=PA-2026-7KQ3XZ4M", "evil.example"))
                .isEqualTo("/tra-cuu?ma=PA-2026-7KQ3XZ4M");
        assertThat(RelativeLocationFilter.relative("https://www.openstreetmap.org/", "evil.example"))
                .isEqualTo("https://www.openstreetmap.org/");
        assertThat(RelativeLocationFilter.relative("/x", null)).isEqualTo("/x");
    }
}
