package vn.tdc.portal.open311.api;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class Open311FormatTest {

    /** The {@code {format}} of a resource path as Jakarta REST matches it: the whole segment's extension. */
    private static final Pattern EXTENSION = Pattern.compile(Open311Format.PATH_PARAMETER
            .substring("{format: ".length(), Open311Format.PATH_PARAMETER.length() - 1));

    @Test
    void should_take_the_format_from_the_extension_in_any_case() {
        assertThat(Open311Format.of("json")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.of("XML")).isEqualTo(Open311Format.XML);
        assertThat(EXTENSION.matcher("XmL").matches()).isTrue();
        assertThat(EXTENSION.matcher("json").matches()).isTrue();
    }

    @Test
    void should_match_no_other_extension() {
        assertThat(EXTENSION.matcher("yaml").matches()).isFalse();
        assertThat(EXTENSION.matcher("jsonp").matches()).isFalse();
        assertThat(EXTENSION.matcher("").matches()).isFalse();
    }

    @Test
    void should_answer_any_path_in_the_format_of_its_last_extension_and_in_json_without_one() {
        assertThat(Open311Format.ofPath("services/can-thieu.XML")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/khong-co.xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("services.yaml")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("services")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("v2.xml/services")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("requests/.xml")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath(null)).isEqualTo(Open311Format.JSON);
    }

    @Test
    void should_write_each_format_with_its_content_type() {
        assertThat(Open311Format.JSON.contentType).startsWith("application/json").endsWith("charset=utf-8");
        assertThat(Open311Format.XML.contentType).startsWith("text/xml").endsWith("charset=utf-8");
    }
}
