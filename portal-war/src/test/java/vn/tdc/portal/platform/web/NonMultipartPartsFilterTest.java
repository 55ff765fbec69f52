package vn.tdc.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class NonMultipartPartsFilterTest {

    @Test
    void should_give_a_form_post_that_is_not_multipart_no_parts_instead_of_an_error() throws Exception {
        // given a form post sent url-encoded, whose container would throw when asked for parts
        HttpServletRequest urlEncoded = request("application/x-www-form-urlencoded");

        // when the filter wraps it
        NonMultipartPartsFilter.WithoutParts wrapped = new NonMultipartPartsFilter.WithoutParts(urlEncoded);

        // then it has no parts, and no part of any name
        assertThat(NonMultipartPartsFilter.isMultipart(urlEncoded)).isFalse();
        assertThat(wrapped.getParts()).isEmpty();
        assertThat(wrapped.getPart("report:photos")).isNull();
    }

    @Test
    void should_leave_multipart_posts_to_the_container() {
        assertThat(NonMultipartPartsFilter.isMultipart(request("multipart/form-data; boundary=x"))).isTrue();
        assertThat(NonMultipartPartsFilter.isMultipart(request("Multipart/Form-Data; boundary=x"))).isTrue();
        assertThat(NonMultipartPartsFilter.isMultipart(request(null))).isFalse();
    }

    private static HttpServletRequest request(String contentType) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getParts", "getPart" -> throw new jakarta.servlet.ServletException("not multipart");
                    default -> null;
                });
    }
}
