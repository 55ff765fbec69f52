package vn.tdc.portal.document.domain;

import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.upload.DocumentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginalFileTest {

    private static final String SHA256 = "a".repeat(64);

    @Test
    void should_shorten_a_long_name_before_its_extension() {
        // given
        String name = "ke-hoach-".repeat(40) + ".pdf";

        // when
        OriginalFile file = new OriginalFile(name, DocumentType.PDF, 10, SHA256);

        // then
        assertThat(file.name()).hasSize(OriginalFile.MAX_NAME_LENGTH).endsWith(".pdf");
    }

    @Test
    void should_serve_each_type_with_its_media_type_and_extension() {
        assertThat(new OriginalFile("a", DocumentType.DOCX, 1, SHA256).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new OriginalFile("a", DocumentType.TEXT, 1, SHA256).contentType()).startsWith("text/plain");
        assertThat(new OriginalFile("a", DocumentType.MARKDOWN, 1, SHA256).extension()).isEqualTo("md");
    }

    @Test
    void should_refuse_an_empty_file_or_a_bad_checksum() {
        assertThatThrownBy(() -> new OriginalFile("a.pdf", DocumentType.PDF, 0, SHA256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginalFile("a.pdf", DocumentType.PDF, 1, "../x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
