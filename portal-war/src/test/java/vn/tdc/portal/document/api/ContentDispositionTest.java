package vn.tdc.portal.document.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void should_give_an_ascii_name_and_the_vietnamese_name_encoded_as_rfc_5987() {
        // when
        String header = ContentDisposition.attachment("Kế hoạch Đông Cứu.pdf", "ke-hoach.pdf");

        // then
        assertThat(header).isEqualTo("attachment; filename=\"Ke-hoach-Dong-Cuu.pdf\"; "
                + "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90%C3%B4ng%20C%E1%BB%A9u.pdf");
    }

    @Test
    void should_never_let_quotes_or_line_breaks_into_the_header() {
        // when
        String header = ContentDisposition.attachment("a\"b\r\nSet-Cookie: x.txt", "fallback.txt");

        // then
        assertThat(header).doesNotContain("\r", "\n").startsWith("attachment; filename=\"a-b-Set-Cookie-x.txt\";");
    }

    @Test
    void should_use_the_fallback_when_no_ascii_is_left() {
        assertThat(ContentDisposition.attachment("文件.txt", "ke-hoach.txt")).startsWith("attachment; filename=\"ke-hoach.txt\";");
        assertThat(ContentDisposition.attachment("", "ke-hoach.txt"))
                .isEqualTo("attachment; filename=\"ke-hoach.txt\"; filename*=UTF-8''ke-hoach.txt");
    }
}
