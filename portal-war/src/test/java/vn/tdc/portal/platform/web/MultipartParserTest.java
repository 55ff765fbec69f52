package vn.tdc.portal.platform.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartParserTest {

    private static final String TYPE = "multipart/form-data; boundary=----b0undary";

    @Test
    void should_read_fields_and_a_file_with_a_vietnamese_name() throws Exception {
        // given
        String body = "------b0undary\r\n"
                + "Content-Disposition: form-data; name=\"issuer\"\r\n\r\n"
                + "UBND xã Đông Cứu\r\n"
                + "------b0undary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"Kế hoạch \\\"số 1\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "dòng 1\r\n\r\ndòng 2\r\n"
                + "------b0undary--\r\n";

        // when
        List<MultipartParser.Part> parts = parse(body, TYPE);

        // then
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("issuer");
        assertThat(parts.get(0).fileName()).isNull();
        assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("UBND xã Đông Cứu");
        assertThat(parts.get(1).fileName()).isEqualTo("Kế hoạch \"số 1\".txt");
        assertThat(parts.get(1).contentType()).isEqualTo("text/plain");
        assertThat(new String(parts.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("dòng 1\r\n\r\ndòng 2");
    }

    @Test
    void should_read_an_empty_field_and_an_empty_file_part() throws Exception {
        // given
        String body = "--x\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\n\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n--x--";

        // when
        List<MultipartParser.Part> parts = parse(body, "multipart/form-data; boundary=\"x\"");

        // then
        assertThat(parts).extracting(MultipartParser.Part::name).containsExactly("number", "file");
        assertThat(parts).allSatisfy(p -> assertThat(p.content()).isEmpty());
        assertThat(parts.get(1).fileName()).isEmpty();
    }

    @Test
    void should_refuse_a_body_over_the_limit_without_reading_further() {
        // given
        String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                + "a".repeat(10_000) + "\r\n--x--";

        // when / then
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        // when / then: without a declared length (chunked), and with one
        assertThatThrownBy(() -> MultipartParser.parse(new ByteArrayInputStream(bytes), "multipart/form-data; boundary=x",
                -1, 1_000)).isInstanceOf(MultipartParser.TooLargeException.class);
        assertThatThrownBy(() -> MultipartParser.parse(new ByteArrayInputStream(bytes), "multipart/form-data; boundary=x",
                bytes.length, 1_000)).isInstanceOf(MultipartParser.TooLargeException.class);
    }

    @Test
    void should_refuse_malformed_bodies() {
        assertThatThrownBy(() -> parse("no boundary here", TYPE)).isInstanceOf(MultipartParser.MalformedException.class);
        assertThatThrownBy(() -> parse("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed", "multipart/form-data; boundary=x"))
                .isInstanceOf(MultipartParser.MalformedException.class);
        assertThatThrownBy(() -> parse("--x\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--x--", "multipart/form-data; boundary=x"))
                .isInstanceOf(MultipartParser.MalformedException.class);
        assertThatThrownBy(() -> parse("", "multipart/form-data")).isInstanceOf(MultipartParser.MalformedException.class);
        assertThatThrownBy(() -> parse("", "application/json")).isInstanceOf(MultipartParser.MalformedException.class);
    }

    /** Parsed twice, with and without a declared length: both must agree. */
    private static List<MultipartParser.Part> parse(String body, String contentType) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<MultipartParser.Part> chunked = MultipartParser.parse(new ByteArrayInputStream(bytes), contentType, -1, 1_000_000);
        List<MultipartParser.Part> declared = MultipartParser.parse(new ByteArrayInputStream(bytes), contentType,
                bytes.length, 1_000_000);
        assertThat(declared).usingRecursiveFieldByFieldElementComparator().isEqualTo(chunked);
        return declared;
    }
}
