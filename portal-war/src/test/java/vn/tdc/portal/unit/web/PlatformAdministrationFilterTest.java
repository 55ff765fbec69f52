package vn.tdc.portal.unit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** Which platform-wide addresses a ward's administrator still reaches: its ward's department list only. */
class PlatformAdministrationFilterTest {

    @ParameterizedTest(name = "{0}{1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "/api, /admin/units/xa-dong-cuu/departments, true",
            "/api, /admin/units/xa-dong-cuu/departments/, true",
            "/api, /admin/units, false",
            "/api, /admin/units/xa-dong-cuu, false",
            "/api, /admin/units/import, false",
            "/api, /admin/units/xa-dong-cuu/departments/x, false",
            "/api, /admin/units/a/b/departments, false",
            "/api, /admin/units/x;y/departments, false",
            "/api, /admin/report-departments, false",
            "/quan-tri/don-vi, null, false"})
    void should_let_through_only_a_wards_department_list(String servletPath, String pathInfo, boolean through) {
        assertThat(PlatformAdministrationFilter.isWardDepartments(request(servletPath, pathInfo))).isEqualTo(through);
    }

    private static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    default -> null;
                });
    }
}
