package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;

/** Uploads of plain text and Markdown. */
class TextUploadTest {

    private final DocumentUploadParser parser = new DocumentUploadParser();

    @Test
    void should_read_a_text_file_written_one_paragraph_per_line() {
        // given
        UploadedFile file = new UploadedFile(utf8(String.join("\r\n", SamplePlan.paragraphs())), "ke-hoach.txt", "text/plain");

        // when
        UploadedDocument uploaded = parser.read(file, SamplePlan.metadata());

        // then
        assertThat(uploaded.type()).isEqualTo(DocumentType.TEXT);
        assertThat(uploaded.body().split("\n")).startsWith(SamplePlan.body().toArray(String[]::new));
        assertThat(uploaded.document().findSection("I.1").orElseThrow().children()).extracting(Section::text)
                .containsExactly(SamplePlan.bulletText(SamplePlan.BULLET_I_1_1), SamplePlan.bulletText(SamplePlan.BULLET_I_1_2));
    }

    @Test
    void should_join_a_text_file_wrapped_at_a_fixed_width_like_a_pdf_conversion() {
        // given the text as a PDF-to-text conversion leaves it: hard line breaks, page number, form feed
        String text = """
                ỦY BAN NHÂN DÂN
                PHƯỜNG THÀNH ĐÔNG
                Số:         /KH-UBND
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Thành Đông, ngày      tháng 11 năm 2025
                KẾ HOẠCH
                Thực hiện Quyết định số 1703/QĐ-TTg ngày 31/12/2024 của
                Thủ tướng Chính phủ về đẩy mạnh công tác tiêu chuẩn, đo lường,
                chất lượng quốc gia đến năm 2030 và những năm tiếp theo
                Căn cứ Kế hoạch số 289/KH-UBND, ngày 6/11/2025 của Uỷ ban nhân dân
                thành phố Hải Phòng về việc thực hiện Quyết định số 1703/QĐ-TTg ngày
                31/12/2024 của Thủ tướng Chính phủ về đẩy mạnh công tác tiêu chuẩn, đo
                lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo.
                Ủy ban nhân dân phường Thành Đông ban hành Kế hoạch triển khai thực
                hiện Quyết định như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                - Quán triệt, triển khai nghiêm túc các chủ trương, nhiệm vụ của Trung
                ương, Thành ủy, UBND thành phố về công tác tiêu chuẩn, đo lường, chất
                lượng, góp phần phát triển kinh tế - xã hội địa phương.
                \f
                - 2 -
                - Xác định rõ trách nhiệm của từng bộ phận, từng cá nhân trong công tác
                quản lý, tuyên truyền và thực hiện các hoạt động về tiêu chuẩn, đo lường.
                """;
        UploadMetadata metadata = new UploadMetadata(DocumentKind.KE_HOACH, "/KH-UBND", "UBND phường Thành Đông", "phường Thành Đông",
                "thành phố Hải Phòng", "tháng 11 năm 2025", "", "", "Kế hoạch thực hiện Quyết định số 1703/QĐ-TTg ngày 31/12/2024 "
                + "của Thủ tướng Chính phủ về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo");

        // when
        UploadedDocument uploaded = parser.read(UploadedFile.of(utf8(text), "thanh-dong.txt"), metadata);

        // then
        LegalDocument document = uploaded.document();
        assertThat(document.id()).isEqualTo("ke-hoach-kh-ubnd-phuong-thanh-dong");
        assertThat(document.findSection(Section.PREAMBLE_ANCHOR).orElseThrow().text()).isEqualTo(
                "Căn cứ Kế hoạch số 289/KH-UBND, ngày 6/11/2025 của Uỷ ban nhân dân thành phố Hải Phòng về việc thực hiện "
                + "Quyết định số 1703/QĐ-TTg ngày 31/12/2024 của Thủ tướng Chính phủ về đẩy mạnh công tác tiêu chuẩn, đo "
                + "lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo.\n"
                + "Ủy ban nhân dân phường Thành Đông ban hành Kế hoạch triển khai thực hiện Quyết định như sau:");
        assertThat(document.findSection("I.1").orElseThrow().children()).extracting(Section::text).containsExactly(
                "Quán triệt, triển khai nghiêm túc các chủ trương, nhiệm vụ của Trung ương, Thành ủy, UBND thành phố về công tác "
                + "tiêu chuẩn, đo lường, chất lượng, góp phần phát triển kinh tế - xã hội địa phương.",
                "Xác định rõ trách nhiệm của từng bộ phận, từng cá nhân trong công tác quản lý, tuyên truyền và thực hiện các "
                + "hoạt động về tiêu chuẩn, đo lường.");
    }

    @Test
    void should_read_markdown_headings_lists_and_emphasis_as_plain_sections() {
        // given
        String markdown = """
                ---
                id: bi-bo-qua
                title: Tiêu đề trong tệp bị bỏ qua
                ---
                # KẾ HOẠCH

                Căn cứ **Kế hoạch số 37/KH-UBND** của [UBND tỉnh Bắc Ninh](https://bacninh.gov.vn).

                ## II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM

                ### 1. Công tác thông tin, tuyên truyền và nâng cao nhận thức

                * Thường xuyên tổ chức phổ biến *chính sách pháp luật* về tiêu chuẩn,
                  đo lường, chất lượng.
                + Đa dạng hóa hình thức tuyên truyền.

                * * *

                Báo cáo kết quả trước ngày 15/11 hằng năm.
                """;

        // when
        UploadedDocument uploaded = parser.read(UploadedFile.of(utf8(markdown), "ke-hoach.md"), SamplePlan.metadata());

        // then
        LegalDocument document = uploaded.document();
        assertThat(uploaded.type()).isEqualTo(DocumentType.MARKDOWN);
        assertThat(document.findSection(Section.PREAMBLE_ANCHOR).orElseThrow().text())
                .isEqualTo("Căn cứ Kế hoạch số 37/KH-UBND của UBND tỉnh Bắc Ninh.");
        Section item = document.findSection("II.1").orElseThrow();
        assertThat(item.label()).isEqualTo("II.1 — Công tác thông tin, tuyên truyền và nâng cao nhận thức");
        assertThat(item.children()).extracting(Section::text).containsExactly(
                "Thường xuyên tổ chức phổ biến chính sách pháp luật về tiêu chuẩn, đo lường, chất lượng.",
                "Đa dạng hóa hình thức tuyên truyền.");
        assertThat(document.findSection(Section.CLOSING_ANCHOR).orElseThrow().text()).isEqualTo("Báo cáo kết quả trước ngày 15/11 hằng năm.");
    }

    @Test
    void should_normalise_decomposed_vietnamese_to_nfc() {
        // given "Mục đích" typed with combining marks (NFD), as some Mac editors save it
        String nfd = java.text.Normalizer.normalize("I. MỤC ĐÍCH\n1. Mục đích\n- Quán triệt nghiêm túc.", java.text.Normalizer.Form.NFD);

        // when
        LegalDocument document = parser.parse(UploadedFile.of(utf8(nfd), "nfd.txt"), SamplePlan.metadata());

        // then
        assertThat(document.findSection("I.1").orElseThrow().heading()).isEqualTo("Mục đích");
        assertThat(document.findSection("I").orElseThrow().heading()).isEqualTo("MỤC ĐÍCH");
    }

    @Test
    void should_write_a_content_file_that_the_content_loader_reads_back_identically() {
        // given
        UploadedDocument uploaded = parser.read(UploadedFile.of(utf8(String.join("\n", SamplePlan.paragraphs())), "ke-hoach.txt"),
                SamplePlan.metadata());

        // when
        LegalDocument reread = new LegalDocumentParser().parse(uploaded.toContentFile(), "ke-hoach.md");

        // then
        assertThat(reread).isEqualTo(uploaded.document());
        assertThat(reread.flatten()).extracting(Section::kind).contains(SectionKind.PART, SectionKind.ITEM, SectionKind.BULLET);
        assertThat(uploaded.toContentFile()).startsWith("---\nid: ke-hoach-12-kh-ubnd-xa-dong-cuu\nkind: Kế hoạch\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
