package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a unit's reports go: a ward's own active departments, a province's the whole catalogue. */
class DepartmentRoutingTest {

    private static final String KIND_DEFAULT = "phong-kinh-te";

    @Test
    void should_route_a_new_report_to_the_kinds_default_when_the_ward_has_it() {
        DepartmentRouting ward = new DepartmentRouting(true, List.of("cong-an-phuong", "phong-kinh-te"));

        assertThat(ward.routeNew(KIND_DEFAULT)).isEqualTo("phong-kinh-te");
    }

    @Test
    void should_route_a_new_report_to_the_wards_first_department_when_the_ward_lacks_the_default() {
        DepartmentRouting ward = new DepartmentRouting(true, List.of("quan-ly-thi-truong", "cong-an-phuong"));

        assertThat(ward.routeNew(KIND_DEFAULT)).isEqualTo("quan-ly-thi-truong");
    }

    @Test
    void should_keep_the_kinds_default_for_a_ward_without_any_active_department() {
        DepartmentRouting ward = new DepartmentRouting(true, List.of());

        assertThat(ward.routeNew(KIND_DEFAULT)).isEqualTo(KIND_DEFAULT);
    }

    @Test
    void should_route_a_province_report_to_the_kinds_default() {
        assertThat(DepartmentRouting.catalogue().routeNew(KIND_DEFAULT)).isEqualTo(KIND_DEFAULT);
    }

    @Test
    void should_allow_moving_a_ward_report_only_to_the_wards_departments() {
        DepartmentRouting ward = new DepartmentRouting(true, List.of("cong-an-phuong"));

        assertThat(ward.allows("cong-an-phuong")).isTrue();
        assertThat(ward.allows("phong-vh-xh")).isFalse();
    }

    @Test
    void should_allow_moving_a_province_report_to_any_catalogue_department() {
        assertThat(DepartmentRouting.catalogue().allows("phong-vh-xh")).isTrue();
    }

    @Test
    void should_not_change_when_the_given_list_changes() {
        List<String> codes = new ArrayList<>(List.of("cong-an-phuong"));
        DepartmentRouting ward = new DepartmentRouting(true, codes);

        codes.add(0, "phong-vh-xh");

        assertThat(ward.routeNew(KIND_DEFAULT)).isEqualTo("cong-an-phuong");
    }

    @Test
    void should_keep_the_department_of_a_report_handed_to_a_ward_that_has_it() {
        DepartmentRouting ward = new DepartmentRouting(true, List.of("cong-an-phuong", "quan-ly-thi-truong"));

        assertThat(ward.onArrival("quan-ly-thi-truong", KIND_DEFAULT)).isEqualTo("quan-ly-thi-truong");
    }

    @Test
    void should_route_a_report_handed_to_a_ward_without_its_department_as_a_new_report_of_its_kind() {
        DepartmentRouting withDefault = new DepartmentRouting(true, List.of("cong-an-phuong", "phong-kinh-te"));
        DepartmentRouting withoutDefault = new DepartmentRouting(true, List.of("cong-an-phuong"));

        assertThat(withDefault.onArrival("phong-vh-xh", KIND_DEFAULT)).isEqualTo("phong-kinh-te");
        assertThat(withoutDefault.onArrival("phong-vh-xh", KIND_DEFAULT)).isEqualTo("cong-an-phuong");
    }
}
