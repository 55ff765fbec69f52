package vn.tdc.portal.security.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginPolicyTest {

    private static final Set<String> PORTAL = Set.of("http://localhost:8092", "https://tdc.dongcuu.gov.vn");

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void should_refuse_a_change_from_another_site_with_the_session_cookie(String method) {
        assertThat(SameOriginPolicy.allows(method, "http://evil.example", null, PORTAL, true, true)).isFalse();
    }

    @Test
    void should_refuse_a_change_from_another_site_that_sends_credentials_of_any_kind() {
        // a session cookie without a login (a form's view state), or Basic credentials the browser remembers
        assertThat(SameOriginPolicy.allows("POST", "http://evil.example", null, PORTAL, true, false)).isFalse();
    }

    @Test
    void should_judge_by_the_referer_when_there_is_no_origin() {
        assertThat(SameOriginPolicy.allows("POST", null, "http://evil.example/trang", PORTAL, true, true)).isFalse();
        assertThat(SameOriginPolicy.allows("POST", null, "http://localhost:8092/quan-tri/phan-anh", PORTAL, true, true))
                .isTrue();
    }

    @Test
    void should_accept_a_change_from_the_portal_itself_or_its_public_address() {
        assertThat(SameOriginPolicy.allows("POST", "http://localhost:8092", null, PORTAL, true, true)).isTrue();
        assertThat(SameOriginPolicy.allows("POST", "https://TDC.dongcuu.gov.vn:443", null, PORTAL, true, true)).isTrue();
    }

    @Test
    void should_refuse_a_cookie_login_that_names_no_source() {
        assertThat(SameOriginPolicy.allows("POST", null, null, PORTAL, true, true)).isFalse();
    }

    @Test
    void should_accept_programs_that_send_no_cookie_and_name_no_source() {
        // HTTP Basic (credentials but no cookie login), or nothing at all (Open311 with its key)
        assertThat(SameOriginPolicy.allows("POST", null, null, PORTAL, true, false)).isTrue();
        assertThat(SameOriginPolicy.allows("DELETE", null, null, PORTAL, false, false)).isTrue();
    }

    @Test
    void should_accept_another_site_that_acts_for_nobody() {
        assertThat(SameOriginPolicy.allows("POST", "http://evil.example", null, PORTAL, false, false)).isTrue();
    }

    @Test
    void should_treat_the_opaque_origin_null_as_another_site() {
        assertThat(SameOriginPolicy.allows("POST", "null", null, PORTAL, true, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void should_never_stop_reading(String method) {
        assertThat(SameOriginPolicy.allows(method, "http://evil.example", null, PORTAL, true, true)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"http://Localhost:80/x?y=1, http://localhost", "https://a.vn:443, https://a.vn",
            "http://a.vn:8092/, http://a.vn:8092", "https://a.vn:8443/p, https://a.vn:8443"})
    void should_reduce_an_address_to_its_origin(String url, String origin) {
        assertThat(SameOriginPolicy.originOf(url)).isEqualTo(origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "/quan-tri", "javascript:alert(1)", "file:///etc/passwd", "http://[bad"})
    void should_find_no_origin_in_what_is_not_a_web_address(String url) {
        assertThat(SameOriginPolicy.originOf(url)).isNull();
    }
}
