package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FormPartsTest {

    @Test
    void should_read_fields_as_utf8_and_files_with_their_name_and_type() {
        FormParts form = FormParts.read(List.of(
                part("title", null, null, "Kế hoạch kiểm tra đo lường".getBytes(StandardCharsets.UTF_8)),
                part("file", latin1("Kế hoạch vải thiều.docx"), "text/plain", new byte[] {1, 2, 3})));

        assertThat(form.field("title")).hasValue("Kế hoạch kiểm tra đo lường");
        assertThat(form.files("file")).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("Kế hoạch vải thiều.docx");
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(file.content()).containsExactly(1, 2, 3);
        });
        assertThat(form.field("file")).isEmpty();
        assertThat(form.files("title")).isEmpty();
    }

    @Test
    void should_leave_out_an_empty_file_part_without_a_name_as_browsers_send_for_no_file() {
        FormParts form = FormParts.read(List.of(
                part("photos", "", "application/octet-stream", new byte[0]),
                part("photos", "", "image/jpeg", new byte[] {9}),
                part("note", null, null, new byte[0])));

        assertThat(form.files("photos")).singleElement().satisfies(p -> assertThat(p.content()).containsExactly(9));
        assertThat(form.field("note")).hasValue("");
    }

    @Test
    void should_keep_the_first_of_two_fields_of_one_name_and_read_no_body_as_an_empty_form() {
        FormParts form = FormParts.read(List.of(part("a", null, null, "1".getBytes(StandardCharsets.UTF_8)),
                part("a", null, null, "2".getBytes(StandardCharsets.UTF_8))));

        assertThat(form.field("a")).hasValue("1");
        assertThat(FormParts.read(null).all()).isEmpty();
    }

    @Test
    void should_keep_a_latin1_name_that_is_not_utf8() {
        assertThat(FormParts.utf8("café.txt")).isEqualTo("café.txt");
        assertThat(FormParts.utf8("plan.pdf")).isEqualTo("plan.pdf");
        assertThat(FormParts.utf8(latin1("Đông Cứu"))).isEqualTo("Đông Cứu");
    }

    /** What MIMEPull makes of UTF-8 header bytes: each byte one ISO-8859-1 character. */
    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static EntityPart part(String name, String fileName, String contentType, byte[] content) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        return new EntityPart() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Optional<String> getFileName() {
                return Optional.ofNullable(fileName);
            }

            @Override
            public InputStream getContent() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public <T> T getContent(Class<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T getContent(GenericType<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public MultivaluedMap<String, String> getHeaders() {
                return headers;
            }

            @Override
            public MediaType getMediaType() {
                return contentType == null ? MediaType.TEXT_PLAIN_TYPE : MediaType.valueOf(contentType);
            }
        };
    }
}
