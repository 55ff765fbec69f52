package vn.tdc.portal.security.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieSettingsTest {

    @Test
    void should_mark_the_session_cookie_secure_only_for_an_https_public_address() {
        assertThat(SessionCookieSettings.isHttps("https://tdc.dongcuu.gov.vn")).isTrue();
        assertThat(SessionCookieSettings.isHttps(" HTTPS://tdc.dongcuu.gov.vn/")).isTrue();
        assertThat(SessionCookieSettings.isHttps("http://localhost:8080")).isFalse();
    }
}
