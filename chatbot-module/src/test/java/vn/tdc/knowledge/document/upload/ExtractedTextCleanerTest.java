package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.DocumentMetadata;

/** The cleanup rules one by one, on text as the extractors return it. */
class ExtractedTextCleanerTest {

    private static final DocumentMetadata METADATA = SamplePlan.metadata().toDocumentMetadata("test");

    private final ExtractedTextCleaner cleaner = new ExtractedTextCleaner();

    @Test
    void should_remove_a_running_header_repeated_on_every_pdf_page() {
        // given three pages that each start with the same header line and a page number
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add("UBND xã Đông Cứu - Kế hoạch 12/KH-UBND");
            lines.add("Trang " + page + "/3");
            for (int i = 1; i <= 16; i++) {
                lines.add("- Nhiệm vụ " + page + "." + i + " được giao cho các phòng chuyên môn theo dõi thực hiện.");
            }
        }

        // when
        String body = cleaner.clean(String.join("\n", lines), DocumentType.PDF, METADATA);

        // then
        assertThat(body).doesNotContain("Kế hoạch 12/KH-UBND", "Trang");
        assertThat(body.lines()).hasSize(48).allMatch(l -> l.startsWith("- Nhiệm vụ"));
    }

    @Test
    void should_keep_a_short_line_that_repeats_close_together() {
        // given the same short line three times within a few lines: content, not a page header
        String text = "I. MỤC ĐÍCH\nĐạt yêu cầu\n- Một.\nĐạt yêu cầu\n- Hai.\nĐạt yêu cầu";

        // when
        String body = cleaner.clean(text, DocumentType.PDF, METADATA);

        // then
        assertThat(body.lines().filter(l -> l.equals("Đạt yêu cầu"))).hasSize(3);
    }

    @Test
    void should_turn_bullet_glyphs_into_dashes_and_collapse_spaces() {
        // given Symbol-font bullets as PDF text carries them, no-break spaces and tabs
        String text = "I. MỤC ĐÍCH\n\uF0B7 Quán triệt\u00A0\u00A0nghiêm túc.\n•\tTuyên   truyền rộng rãi.";

        // when
        String body = cleaner.clean(text, DocumentType.DOCX, METADATA);

        // then
        assertThat(body).isEqualTo("I. MỤC ĐÍCH\n- Quán triệt nghiêm túc.\n- Tuyên truyền rộng rãi.");
    }

    @Test
    void should_not_start_a_bullet_at_a_dash_inside_a_wrapped_phrase() {
        // given "kinh tế - xã hội" broken before its dash at the end of a full line
        String text = String.join("\n",
                "I. MỤC ĐÍCH",
                "- Góp phần bảo đảm quốc phòng, an ninh trên địa bàn phường và phát triển kinh tế",
                "- xã hội của địa phương, nâng cao đời sống vật chất và tinh thần của Nhân dân trên",
                "địa bàn.",
                "- Xác định rõ trách nhiệm của từng bộ phận, từng cá nhân trong công tác quản lý nhà",
                "nước về tiêu chuẩn, đo lường, chất lượng.");

        // when
        String body = cleaner.clean(text, DocumentType.PDF, METADATA);

        // then
        assertThat(body.lines()).containsExactly("I. MỤC ĐÍCH",
                "- Góp phần bảo đảm quốc phòng, an ninh trên địa bàn phường và phát triển kinh tế - xã hội của địa phương, nâng "
                        + "cao đời sống vật chất và tinh thần của Nhân dân trên địa bàn.",
                "- Xác định rõ trách nhiệm của từng bộ phận, từng cá nhân trong công tác quản lý nhà nước về tiêu chuẩn, đo "
                        + "lường, chất lượng.");
    }

    @Test
    void should_join_a_heading_wrapped_in_capitals_and_end_it_before_lower_case_text() {
        // given
        String text = String.join("\n",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM TRONG CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG,",
                "CHẤT LƯỢNG",
                "Các phòng, ban chuyên môn căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện",
                "các nhiệm vụ sau đây.");

        // when
        String body = cleaner.clean(text, DocumentType.PDF, METADATA);

        // then
        assertThat(body.lines()).containsExactly(
                "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM TRONG CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG",
                "Các phòng, ban chuyên môn căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện các nhiệm vụ sau đây.");
    }

    @Test
    void should_remove_header_lines_even_when_the_kind_line_is_missing() {
        // given
        String text = String.join("\n",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập – Tự do – Hạnh phúc",
                "Số: 45/UBND-VP",
                "V/v kiểm tra phương tiện đo tại chợ",
                "Đông Cứu, ngày 02 tháng 4 năm 2026",
                "Căn cứ Luật Đo lường năm 2011.");

        // when
        String body = cleaner.clean(text, DocumentType.DOCX, METADATA);

        // then
        assertThat(body).isEqualTo("Căn cứ Luật Đo lường năm 2011.");
    }

    @Test
    void should_keep_a_printed_title_that_differs_from_the_form_title() {
        // given
        String text = "KẾ HOẠCH\nTổ chức Ngày Tiêu chuẩn thế giới\nCăn cứ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.";

        // when
        String body = cleaner.clean(text, DocumentType.DOCX, METADATA);

        // then
        assertThat(body.lines()).containsExactly("Tổ chức Ngày Tiêu chuẩn thế giới", "Căn cứ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.");
    }

    @Test
    void should_remove_a_signature_printed_beside_the_distribution_list() {
        // given a two-column block extracted row by row: "Nơi nhận:" shares its line with the capacity
        String text = String.join("\n",
                "Trên đây là Kế hoạch của UBND xã./.",
                "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
                "- UBND tỉnh (b/c);",
                "KT. CHỦ TỊCH",
                "- Lưu: VT.",
                "PHÓ CHỦ TỊCH",
                "(Đã ký)",
                "Nguyễn Thanh Tùng");

        // when
        String body = cleaner.clean(text, DocumentType.PDF, METADATA);

        // then
        assertThat(body.lines()).containsExactly("Trên đây là Kế hoạch của UBND xã./.", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.");
    }

    @Test
    void should_remove_a_signature_printed_before_the_distribution_list_and_an_unknown_signer_at_the_end() {
        // given
        DocumentMetadata unsigned = new UploadMetadata(DocumentKind.CONG_VAN, "", "UBND xã Đông Cứu", "", "", "", "", "", "Về việc kiểm tra")
                .toDocumentMetadata("test");
        String text = String.join("\n", "Đề nghị các đơn vị thực hiện.", "CHỦ TỊCH", "Nơi nhận:", "- Như trên;", "Trần Văn Hòa");

        // when
        String body = cleaner.clean(text, DocumentType.DOCX, unsigned);

        // then
        assertThat(body.lines()).containsExactly("Đề nghị các đơn vị thực hiện.", "Nơi nhận:", "- Như trên;");
    }

    @Test
    void should_render_word_list_numbers_in_each_format() {
        // when / then
        assertThat(ListNumbering.render(4, "upperRoman")).isEqualTo("IV");
        assertThat(ListNumbering.render(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(ListNumbering.render(2, "lowerLetter")).isEqualTo("b");
        assertThat(ListNumbering.render(28, "upperLetter")).isEqualTo("BB");
        assertThat(ListNumbering.render(7, "decimalZero")).isEqualTo("07");
        assertThat(ListNumbering.render(12, "decimal")).isEqualTo("12");
    }
}
