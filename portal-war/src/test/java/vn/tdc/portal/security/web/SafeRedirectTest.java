package vn.tdc.portal.security.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/quan-tri/nguoi-dung", "/van-ban?loai=K%E1%BA%BF", "/"})
    void should_return_to_a_page_of_the_portal(String next) {
        assertThat(SafeRedirect.target(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)",
            "/dang-nhap?next=/x", "/a\r\nSet-Cookie: x=1"})
    void should_refuse_to_leave_the_portal(String next) {
        assertThat(SafeRedirect.target(next)).isEqualTo("/");
        assertThat(SafeRedirect.target(next, "/quan-tri/phan-anh")).isEqualTo("/quan-tri/phan-anh");
    }
}
