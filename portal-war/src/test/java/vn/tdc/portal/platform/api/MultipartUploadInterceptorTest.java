package vn.tdc.portal.platform.api;

import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.web.RequestBodyLimitFilter.BodyTooLargeException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartUploadInterceptorTest {

    @MultipartUpload(files = 3, fileBytes = 5 * 1024 * 1024, fieldBytes = 64 * 1024)
    private static final class Reports {
    }

    @MultipartUpload(fileBytes = 20 * 1024 * 1024, fieldBytes = 1024 * 1024, tooLarge = "document.error.file_too_large")
    private static final class Documents {
    }

    @Test
    void should_allow_the_files_and_the_fields_together() {
        assertThat(MultipartUploadInterceptor.maxBytes(Reports.class.getAnnotation(MultipartUpload.class)))
                .isEqualTo(3L * 5 * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void should_name_the_file_limit_in_megabytes_in_the_413() {
        ProblemException tooLarge = MultipartUploadInterceptor.tooLarge(Documents.class.getAnnotation(MultipartUpload.class));

        assertThat(tooLarge.kind()).isEqualTo(ProblemKind.TOO_LARGE);
        assertThat(tooLarge.getMessage()).isEqualTo("Tệp quá lớn: dung lượng tối đa là 20 MB.");
    }

    @Test
    void should_read_a_body_up_to_the_limit_and_refuse_one_byte_more() throws IOException {
        byte[] body = form(3);

        assertThat(bounded(body, body.length, 1).readAllBytes()).isEqualTo(body);
        assertThatThrownBy(() -> bounded(body, body.length - 1, 1).readAllBytes())
                .isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> bounded(body, body.length - 1, 7).readAllBytes())
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void should_read_as_many_parts_as_allowed_whatever_the_reads_cut() throws IOException {
        byte[] body = form(MultipartUploadInterceptor.MAX_PARTS);

        for (int chunk : new int[] {1, 2, 3, 7, 8192}) {
            assertThat(bounded(body, Long.MAX_VALUE, chunk).readAllBytes()).as("reads of %d bytes", chunk)
                    .isEqualTo(body);
        }
    }

    @Test
    void should_stop_a_body_of_too_many_parts_while_reading_it() {
        byte[] body = form(MultipartUploadInterceptor.MAX_PARTS + 1);

        for (int chunk : new int[] {1, 5, 8192}) {
            assertThatThrownBy(() -> bounded(body, Long.MAX_VALUE, chunk).readAllBytes()).as("reads of %d bytes", chunk)
                    .isInstanceOf(MultipartUploadInterceptor.TooManyPartsException.class);
        }
    }

    @Test
    void should_not_count_a_boundary_that_is_not_at_the_start_of_a_line() throws IOException {
        byte[] body = ("--b-b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n"
                + "x--b-b--b-b --b-b\r\n".repeat(200) + "\r\n--b-b--\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new MultipartUploadInterceptor.BoundedInputStream(new ByteArrayInputStream(body), Long.MAX_VALUE,
                "b-b").readAllBytes()).isEqualTo(body);
    }

    @Test
    void should_count_bytes_only_without_a_boundary() throws IOException {
        byte[] body = form(MultipartUploadInterceptor.MAX_PARTS * 2);

        assertThat(new MultipartUploadInterceptor.BoundedInputStream(new ByteArrayInputStream(body), body.length, null)
                .readAllBytes()).isEqualTo(body);
    }

    /** A form of {@code parts} one-character fields with the boundary {@code xyz}. */
    private static byte[] form(int parts) {
        String part = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
        return (part.repeat(parts) + "--xyz--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body read through the limit in reads of at most {@code chunk} bytes, as a network would deliver it. */
    private static InputStream bounded(byte[] body, long maxBytes, int chunk) {
        InputStream slow = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
        return new MultipartUploadInterceptor.BoundedInputStream(slow, maxBytes, "xyz");
    }
}
