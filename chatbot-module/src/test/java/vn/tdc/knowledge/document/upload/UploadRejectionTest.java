package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.application.DocumentFormatException;

/** Files that must be refused, each with the exception type and Vietnamese message the editor sees. */
class UploadRejectionTest {

    private final DocumentUploadParser parser = new DocumentUploadParser();

    @Test
    void should_reject_a_php_file_named_docx() {
        // given
        UploadedFile file = new UploadedFile(utf8("<?php system($_GET['c']); ?>"), "ke-hoach.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(UnsupportedDocumentException.class)
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("Chỉ nhận tệp PDF, DOCX, TXT hoặc Markdown.");
    }

    @Test
    void should_reject_an_executable_renamed_pdf() {
        // given the start of a Windows executable: "MZ", then a DOS header full of NUL bytes
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        UploadedFile file = new UploadedFile(exe, "ke-hoach.pdf", "application/pdf");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(UnsupportedDocumentException.class)
                .hasMessage(UnsupportedDocumentException.MESSAGE);
    }

    @Test
    void should_reject_a_legacy_word_doc_with_a_hint_to_save_it_as_docx() {
        // given the OLE2 compound-file signature of Word 97–2003
        byte[] doc = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 1024);
        UploadedFile file = new UploadedFile(doc, "ke-hoach.doc", "application/msword");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(UnsupportedDocumentException.class)
                .hasMessageStartingWith("Chỉ nhận tệp PDF, DOCX, TXT hoặc Markdown.")
                .hasMessageContaining("(.doc)");
    }

    @Test
    void should_reject_an_image_named_txt() {
        // given
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(png, "anh.txt"), SamplePlan.metadata()))
                .isInstanceOf(UnsupportedDocumentException.class);
    }

    @Test
    void should_reject_a_zip_that_is_not_a_word_document() throws IOException {
        // given a spreadsheet-like archive named .docx
        byte[] xlsx = DocxUploadTest.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");

        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(xlsx, "bang.docx"), SamplePlan.metadata()))
                .isInstanceOf(UnsupportedDocumentException.class);
    }

    @Test
    void should_reject_utf8_text_under_another_extension() {
        // given
        UploadedFile file = UploadedFile.of(utf8("I. MỤC ĐÍCH\n1. Mục đích"), "ke-hoach.html");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata())).isInstanceOf(UnsupportedDocumentException.class);
    }

    @Test
    void should_reject_text_that_is_not_utf8() {
        // given Vietnamese saved as Windows-1258 (the legacy Vietnamese code page)
        byte[] windows1258 = "Kế hoạch đẩy mạnh công tác tiêu chuẩn".getBytes(Charset.forName("windows-1258"));

        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(windows1258, "ke-hoach.txt"), SamplePlan.metadata()))
                .isInstanceOf(TextEncodingException.class)
                .hasMessage("Tệp văn bản phải được mã hóa UTF-8.");
    }

    @Test
    void should_reject_utf16_text_as_an_encoding_problem() {
        // given
        byte[] utf16 = "Kế hoạch".getBytes(StandardCharsets.UTF_16);

        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(utf16, "ke-hoach.md"), SamplePlan.metadata()))
                .isInstanceOf(TextEncodingException.class);
    }

    @Test
    void should_reject_an_empty_file() {
        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(new byte[0], "ke-hoach.pdf"), SamplePlan.metadata()))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("Tệp tải lên rỗng.");
    }

    @Test
    void should_reject_a_text_file_of_only_blank_lines() {
        // when / then
        assertThatThrownBy(() -> parser.parse(UploadedFile.of(utf8(" \n\t\n\u00A0\n"), "trong.txt"), SamplePlan.metadata()))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("Tệp không có nội dung văn bản.");
    }

    @Test
    void should_reject_a_file_over_the_size_limit() {
        // given
        DocumentUploadParser smallLimit = new DocumentUploadParser(1024);
        byte[] text = utf8("Căn cứ luật. ".repeat(100));

        // when / then
        assertThat(new DocumentUploadParser().maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThatThrownBy(() -> smallLimit.parse(UploadedFile.of(text, "lon.txt"), SamplePlan.metadata()))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("Tệp quá lớn: dung lượng tối đa là 1 KB.");
        assertThat(new DocumentTooLargeException(DocumentUploadParser.DEFAULT_MAX_BYTES)).hasMessage("Tệp quá lớn: dung lượng tối đa là 20 MB.");
    }

    @Test
    void should_decide_by_content_and_use_the_extension_only_between_text_and_markdown() {
        // given
        DocumentTypeDetector detector = new DocumentTypeDetector();
        byte[] pdf = TestPdfs.pdf(List.of(List.of("I. MUC DICH")));

        // when / then
        assertThat(detector.detect(UploadedFile.of(pdf, "ke-hoach.txt"))).isEqualTo(DocumentType.PDF);
        assertThat(detector.detect(UploadedFile.of(pdf, "khong-co-duoi"))).isEqualTo(DocumentType.PDF);
        assertThat(detector.detect(UploadedFile.of(TestDocxs.docx(List.of(TestDocxs.Paragraph.text("x"))), "ke-hoach.pdf")))
                .isEqualTo(DocumentType.DOCX);
        assertThat(detector.detect(UploadedFile.of(utf8("# KẾ HOẠCH"), "C:\\fakepath\\Ke-Hoach.MD"))).isEqualTo(DocumentType.MARKDOWN);
        assertThat(detector.detect(UploadedFile.of(utf8("KẾ HOẠCH"), "ke-hoach.txt"))).isEqualTo(DocumentType.TEXT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
