package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client's photo link is kept only when it is a plain http(s) address an officer can safely open. */
class MediaLinkTest {

    @Test
    void should_accept_absolute_http_and_https_addresses_as_fixmystreet_and_the_open311_gems_send_them() {
        for (String url : new String[]{"https://www.fixmystreet.com/photo/12345.0.full.jpeg",
                "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg",
                "HTTPS://example.vn:8443/anh?ma=1&kich-thuoc=lon#dau"}) {
            assertThat(MediaLink.isValid(url)).as(url).isTrue();
            assertThat(new MediaLink(url).url()).isEqualTo(url);
        }
    }

    @Test
    void should_refuse_other_schemes_relative_addresses_credentials_spaces_and_overlong_links() {
        String overlong = "https://example.vn/" + "a".repeat(MediaLink.MAX_LENGTH);
        for (String url : new String[]{"javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://example.vn/a.jpg",
                "file:///etc/passwd", "/phan-anh/anh/7", "example.vn/a.jpg", "https://", "http:///a.jpg",
                "https://nguoi:matkhau@example.vn/a.jpg", "https://example.vn/a b.jpg", "", overlong}) {
            assertThat(MediaLink.isValid(url)).as(url).isFalse();
        }
        assertThat(MediaLink.isValid(null)).isFalse();
        assertThatThrownBy(() -> new MediaLink("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }
}
