package vn.tdc.portal.security.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.user.domain.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StaffHomeTest {

    @Test
    void should_start_an_officer_at_the_reports_inbox() {
        assertThat(StaffHome.of(Set.of(Role.OFFICER)::contains)).isEqualTo("/quan-tri/phan-anh");
        assertThat(StaffHome.of(Set.of(Role.OFFICER, Role.EDITOR)::contains)).isEqualTo("/quan-tri/phan-anh");
    }

    @Test
    void should_start_an_editor_at_the_news_list() {
        assertThat(StaffHome.of(Set.of(Role.EDITOR)::contains)).isEqualTo("/quan-tri/tin-tuc");
    }

    @Test
    void should_start_an_administrator_at_the_home_page() {
        assertThat(StaffHome.of(Set.of(Role.ADMIN)::contains)).isEqualTo("/");
    }
}
