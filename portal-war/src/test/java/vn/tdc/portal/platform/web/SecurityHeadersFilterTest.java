package vn.tdc.portal.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

    @Test
    void should_allow_scripts_from_the_portal_only_when_no_page_nonce_is_known() {
        String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;

        assertThat(policy).contains("script-src 'self';", "default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
    }

    @Test
    void should_put_the_nonce_primefaces_announces_into_the_portal_policy() {
        String primeFaces = "script-src 'self' 'nonce-ZjdhNmI0ZGUtMWQ3Ny00NmQxLWI0ZTAtYzQ2ZTU3ZDdmNTI3';";

        String policy = SecurityHeadersFilter.merged(primeFaces);

        assertThat(policy).contains("script-src 'self' 'nonce-ZjdhNmI0ZGUtMWQ3Ny00NmQxLWI0ZTAtYzQ2ZTU3ZDdmNTI3';")
                .contains("frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-eval");
    }

    @Test
    void should_not_let_a_requested_policy_widen_the_portal_policy() {
        String policy = SecurityHeadersFilter.merged("script-src * 'unsafe-inline' 'unsafe-eval'; frame-ancestors *");

        assertThat(policy).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void should_ignore_a_nonce_that_could_break_out_of_the_header() {
        String policy = SecurityHeadersFilter.merged("script-src 'nonce-abc'; script-src *");

        assertThat(policy).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }
}
