package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdc.knowledge.document.upload.SamplePlan.bulletText;
import static vn.tdc.knowledge.document.upload.TestDocxs.Paragraph.numbered;
import static vn.tdc.knowledge.document.upload.TestDocxs.Paragraph.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;

/** Uploads of real DOCX files generated with POI XWPF. */
class DocxUploadTest {

    private final DocumentUploadParser parser = new DocumentUploadParser();

    @Test
    void should_read_a_docx_plan_with_typed_numbers_and_layout_tables() {
        // given the header block and the "Nơi nhận" / signature block are two-column tables, as in Word templates
        List<Object> parts = new ArrayList<>();
        parts.add(new TestDocxs.LayoutTable(SamplePlan.HEADER.subList(0, 3), SamplePlan.HEADER.subList(3, 6)));
        parts.add(text(SamplePlan.KIND_LINE));
        parts.add(text(SamplePlan.PRINTED_TITLE));
        SamplePlan.body().forEach(p -> parts.add(text(p)));
        List<String> recipients = new ArrayList<>(List.of(SamplePlan.RECIPIENTS));
        recipients.addAll(SamplePlan.RECIPIENT_LINES);
        parts.add(new TestDocxs.LayoutTable(recipients, SamplePlan.SIGNATURE));
        UploadedFile file = new UploadedFile(TestDocxs.docx(parts), "ke-hoach-12.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // when
        UploadedDocument uploaded = parser.read(file, SamplePlan.metadata());
        LegalDocument document = uploaded.document();

        // then
        assertThat(uploaded.type()).isEqualTo(DocumentType.DOCX);
        assertThat(uploaded.body().split("\n")).startsWith(SamplePlan.body().toArray(String[]::new));
        assertThat(document.sections()).extracting(Section::anchor)
                .containsExactly(Section.PREAMBLE_ANCHOR, "I", "II", "III", Section.CLOSING_ANCHOR, Section.RECIPIENTS_ANCHOR);
        assertThat(document.findSection("II.2").orElseThrow().label()).isEqualTo("II.2 — Tăng cường quản lý nhà nước về đo lường");
        assertThat(document.findSection("III.1").orElseThrow().heading()).isEqualTo("Phòng Văn hóa và Xã hội");
        assertThat(document.findSection(Section.RECIPIENTS_ANCHOR).orElseThrow().children()).hasSize(3);
        assertThat(uploaded.body()).doesNotContain("CỘNG HÒA", "CHỦ TỊCH", "Nguyễn Thanh Tùng");
    }

    @Test
    void should_restore_word_automatic_numbering_so_that_items_get_their_anchors() {
        // given "I.", "1." and the bullets come from Word's list numbering, not from the text
        byte[] docx = TestDocxs.docx(List.of(
                text(SamplePlan.KIND_LINE),
                text(SamplePlan.PRINTED_TITLE),
                text(SamplePlan.LEGAL_BASIS),
                numbered(0, "MỤC ĐÍCH, YÊU CẦU"),
                numbered(1, "Mục đích"),
                numbered(3, bulletText(SamplePlan.BULLET_I_1_1)),
                numbered(1, "Yêu cầu"),
                numbered(3, "Bám sát thực tiễn của xã."),
                numbered(0, "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"),
                numbered(1, "Công tác thông tin, tuyên truyền và nâng cao nhận thức"),
                numbered(3, bulletText(SamplePlan.BULLET_II_1_1)),
                numbered(3, bulletText(SamplePlan.BULLET_II_1_2)),
                numbered(1, "Tăng cường quản lý nhà nước về đo lường"),
                numbered(2, "Tại các chợ: kiểm tra cân thương mại."),
                text(SamplePlan.CLOSING)));

        // when
        LegalDocument document = parser.parse(UploadedFile.of(docx, "tu-dong-danh-so.docx"), SamplePlan.metadata());

        // then
        assertThat(document.findSection("II").orElseThrow().children()).extracting(Section::label)
                .containsExactly("II.1 — Công tác thông tin, tuyên truyền và nâng cao nhận thức",
                        "II.2 — Tăng cường quản lý nhà nước về đo lường");
        assertThat(document.findSection("II.1").orElseThrow().children())
                .extracting(Section::kind, Section::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SectionKind.BULLET, bulletText(SamplePlan.BULLET_II_1_1)),
                        org.assertj.core.groups.Tuple.tuple(SectionKind.BULLET, bulletText(SamplePlan.BULLET_II_1_2)));
        assertThat(document.findSection("I.2").orElseThrow().heading()).isEqualTo("Yêu cầu");
        assertThat(document.findSection("II.2").orElseThrow().text()).isEqualTo("a) Tại các chợ: kiểm tra cân thương mại.");
    }

    @Test
    void should_reject_a_truncated_docx_as_corrupt() {
        // given
        byte[] docx = TestDocxs.docx(List.of(text(SamplePlan.LEGAL_BASIS)));
        UploadedFile file = UploadedFile.of(Arrays.copyOf(docx, docx.length - 200), "ke-hoach.docx");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("Không đọc được tệp DOCX: tệp bị hỏng hoặc không đúng định dạng Word.");
    }

    @Test
    void should_reject_a_docx_whose_document_part_is_not_xml_as_corrupt() throws IOException {
        // given a ZIP that looks like a DOCX but holds garbage
        UploadedFile file = UploadedFile.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document"), "hong.docx");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage(CorruptDocumentException.DOCX_MESSAGE)
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void should_reject_a_docx_without_text_as_empty() {
        // given
        UploadedFile file = UploadedFile.of(TestDocxs.docx(List.of(text("   "), text(""))), "trong.docx");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("Tệp không có nội dung văn bản.");
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
