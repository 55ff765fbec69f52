package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdc.knowledge.document.upload.SamplePlan.bulletText;
import static vn.tdc.knowledge.document.upload.TestPdfs.printable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;

/** Uploads of real PDFs generated with PDFBox (Vietnamese with Noto Sans, ASCII without it). */
class PdfUploadTest {

    private static final int LINE_WIDTH = 88;
    private static final int LINES_PER_PAGE = 24;

    private static byte[] planPdf;
    private final DocumentUploadParser parser = new DocumentUploadParser();

    @BeforeAll
    static void printPlan() {
        // the plan wrapped at a fixed width, cut into pages that start with a page number from page 2 on
        List<String> lines = TestPdfs.wrap(SamplePlan.paragraphs(), LINE_WIDTH);
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0, page = 1; from < lines.size(); from += LINES_PER_PAGE, page++) {
            List<String> pageLines = new ArrayList<>();
            if (page > 1) {
                pageLines.add(String.valueOf(page));
            }
            pageLines.addAll(lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE)));
            pages.add(pageLines);
        }
        planPdf = TestPdfs.pdf(pages);
    }

    @Test
    void should_read_a_pdf_plan_into_parts_items_and_bullets() {
        // given
        UploadedFile file = new UploadedFile(planPdf, "ke-hoach-12.pdf", "application/pdf");

        // when
        UploadedDocument uploaded = parser.read(file, SamplePlan.metadata());
        LegalDocument document = uploaded.document();

        // then
        assertThat(uploaded.type()).isEqualTo(DocumentType.PDF);
        assertThat(document.id()).isEqualTo("ke-hoach-12-kh-ubnd-xa-dong-cuu");
        assertThat(document.metadata().source()).isEqualTo("ke-hoach-12.pdf");
        assertThat(document.findSection("I").orElseThrow().children()).extracting(Section::anchor).containsExactly("I.1", "I.2");
        assertThat(document.findSection("II").orElseThrow().heading()).isEqualTo(printable("NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"));
        Section item = document.findSection("II.1").orElseThrow();
        assertThat(item.label()).isEqualTo("II.1 — " + printable("Công tác thông tin, tuyên truyền và nâng cao nhận thức"));
        assertThat(item.children()).extracting(Section::kind).containsExactly(SectionKind.BULLET, SectionKind.BULLET);
        assertThat(item.children()).extracting(Section::text)
                .containsExactly(printable(bulletText(SamplePlan.BULLET_II_1_1)), printable(bulletText(SamplePlan.BULLET_II_1_2)));
    }

    @Test
    void should_join_lines_broken_by_the_pdf_layout_and_page_breaks_into_paragraphs() {
        // given
        UploadedFile file = UploadedFile.of(planPdf, "ke-hoach-12.pdf");

        // when
        UploadedDocument uploaded = parser.read(file, SamplePlan.metadata());

        // then every paragraph of the body comes back whole, in order, with nothing between them
        List<String> expected = SamplePlan.body().stream().map(TestPdfs::printable).toList();
        List<String> bodyLines = Arrays.asList(uploaded.body().split("\n"));
        assertThat(bodyLines).containsSubsequence(expected);
        assertThat(bodyLines.subList(0, expected.size())).isEqualTo(expected);
        Section requirement = uploaded.document().findSection("I.2").orElseThrow();
        assertThat(requirement.heading()).isEqualTo(printable("Yêu cầu"));
        assertThat(requirement.text()).isEqualTo(printable(SamplePlan.TEXT_I_2));
    }

    @Test
    void should_drop_the_header_block_title_page_numbers_and_signature_of_a_pdf() {
        // given
        UploadedFile file = UploadedFile.of(planPdf, "ke-hoach-12.pdf");

        // when
        UploadedDocument uploaded = parser.read(file, SamplePlan.metadata());

        // then
        Section preamble = uploaded.document().findSection(Section.PREAMBLE_ANCHOR).orElseThrow();
        assertThat(preamble.text()).isEqualTo(printable(SamplePlan.LEGAL_BASIS + "\n" + SamplePlan.INTRODUCTION));
        assertThat(uploaded.body()).doesNotContain(printable("CỘNG HÒA"), printable("Độc lập"), printable("KẾ HOẠCH"),
                printable("CHỦ TỊCH"), printable("Nguyễn Thanh Tùng"));
        assertThat(uploaded.body().lines()).noneMatch(line -> line.matches("\\d+"));
        if (TestPdfs.hasVietnameseFont()) { // "Nơi nhận" is only recognised with its diacritics
            assertThat(uploaded.document().findSection(Section.RECIPIENTS_ANCHOR).orElseThrow().children()).extracting(Section::text)
                    .containsExactly("Sở Khoa học và Công nghệ tỉnh Bắc Ninh (b/c);", "TT Đảng ủy, HĐND xã (b/c);", "Lưu: VT, VH-XH.");
        }
    }

    @Test
    void should_reject_a_truncated_pdf_as_corrupt() {
        // given
        UploadedFile file = UploadedFile.of(Arrays.copyOf(planPdf, 200), "ke-hoach.pdf");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("Không đọc được tệp PDF: tệp bị hỏng hoặc được bảo vệ.")
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void should_reject_a_password_protected_pdf() {
        // given
        UploadedFile file = UploadedFile.of(TestPdfs.encryptedPdf(List.of("I. MUC DICH"), "bi-mat"), "mat.pdf");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage(CorruptDocumentException.PDF_MESSAGE);
    }

    @Test
    void should_reject_a_pdf_without_text_such_as_a_scan() {
        // given
        UploadedFile file = UploadedFile.of(TestPdfs.pdf(List.of(List.of())), "scan.pdf");

        // when / then
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage(EmptyDocumentException.NO_PDF_TEXT_MESSAGE);
    }
}
