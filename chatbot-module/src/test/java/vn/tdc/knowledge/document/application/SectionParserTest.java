package vn.tdc.knowledge.document.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;
import vn.tdc.knowledge.testing.ContentDocuments;

class SectionParserTest {

    private final SectionParser parser = new SectionParser();

    @Test
    void should_parse_duc_pho_item_heading_and_label() {
        // given
        LegalDocument ducPho = ContentDocuments.byIdContaining("duc-pho");

        // when
        Section item = ducPho.findSection("II.4").orElseThrow();

        // then
        assertThat(item.kind()).isEqualTo(SectionKind.ITEM);
        assertThat(item.heading()).isEqualTo("Đầu tư, phối hợp xây dựng cơ sở dữ liệu");
        assertThat(item.label()).isEqualTo("II.4 — Đầu tư, phối hợp xây dựng cơ sở dữ liệu");
    }

    @Test
    void should_attach_bullets_to_their_item_in_order() {
        // given
        LegalDocument ducPho = ContentDocuments.byIdContaining("duc-pho");

        // when
        List<Section> bullets = ducPho.findSection("II.4").orElseThrow().children();

        // then
        assertThat(bullets).hasSize(5).allMatch(b -> b.kind() == SectionKind.BULLET);
        assertThat(bullets.get(0).anchor()).isEqualTo("II.4-1");
        assertThat(bullets.get(0).text()).startsWith("Tham gia cung cấp số liệu");
        assertThat(bullets.get(1).label()).isEqualTo("II.4 (ý 2)");
    }

    @Test
    void should_parse_all_roman_parts_of_a_real_document() {
        // given
        LegalDocument ducPho = ContentDocuments.byIdContaining("duc-pho");

        // when
        List<String> anchors = ducPho.sections().stream().map(Section::anchor).toList();

        // then
        assertThat(anchors).containsExactly(Section.PREAMBLE_ANCHOR, "I", "II", "III", Section.CLOSING_ANCHOR, Section.RECIPIENTS_ANCHOR);
        assertThat(ducPho.findSection("II").orElseThrow().children()).extracting(Section::anchor)
                .containsExactly("II.1", "II.2", "II.3", "II.4", "II.5", "II.6");
    }

    @Test
    void should_accept_roman_headings_with_a_dash() {
        // given
        LegalDocument tienGiang = ContentDocuments.byIdContaining("tien-giang");

        // when
        Section part = tienGiang.findSection("II").orElseThrow();

        // then
        assertThat(part.heading()).isEqualTo("NHIỆM VỤ VÀ GIẢI PHÁP");
        assertThat(part.children()).hasSize(8);
    }

    @Test
    void should_split_an_item_heading_at_its_colon() {
        // given
        LegalDocument thanhDong = ContentDocuments.byIdContaining("thanh-dong");

        // when
        Section item = thanhDong.findSection("III.1").orElseThrow();

        // then
        assertThat(item.heading()).isEqualTo("Phòng Văn hoá – xã hội");
        assertThat(item.text()).startsWith("Chủ trì tham mưu triển khai Kế hoạch");
        assertThat(item.children()).hasSize(1);
    }

    @Test
    void should_keep_the_distribution_list_in_a_final_unanswerable_section() {
        // given
        LegalDocument haiDuong = ContentDocuments.byIdContaining("hai-duong");

        // when
        Section last = haiDuong.sections().get(haiDuong.sections().size() - 1);

        // then
        assertThat(last.kind()).isEqualTo(SectionKind.RECIPIENTS);
        assertThat(last.answerable()).isFalse();
        assertThat(last.children()).extracting(Section::text).contains("Lưu: VPĐU.");
        assertThat(haiDuong.findSection("III.7").orElseThrow().text()).doesNotContain("Nơi nhận");
    }

    @Test
    void should_start_the_closing_at_a_marker_line_or_at_tren_day() {
        // given
        String body = """
                Căn cứ luật.
                I. MỤC ĐÍCH
                1. Mục đích
                - Ý một
                Đoạn sau gạch đầu dòng.
                * * *
                Yêu cầu các phòng báo cáo trước ngày 15/11/2025.
                Trên đây là Kế hoạch.
                Nơi nhận:
                - Lưu: VT.
                """;

        // when
        List<Section> sections = parser.parse(body);

        // then
        assertThat(sections).extracting(Section::kind)
                .containsExactly(SectionKind.PREAMBLE, SectionKind.PART, SectionKind.CLOSING, SectionKind.RECIPIENTS);
        Section item = sections.get(1).children().get(0);
        assertThat(item.children()).extracting(Section::kind).containsExactly(SectionKind.BULLET, SectionKind.PARAGRAPH);
        assertThat(sections.get(2).text()).contains("15/11/2025").contains("Trên đây");
    }

    @Test
    void should_number_items_at_top_level_when_the_document_has_no_parts() {
        // given
        String body = "Kính gửi các phòng.\n1. Việc thứ nhất: làm ngay\n- chi tiết\n2. Việc thứ hai";

        // when
        List<Section> sections = parser.parse(body);

        // then
        assertThat(sections).extracting(Section::anchor).containsExactly(Section.PREAMBLE_ANCHOR, "1", "2");
        assertThat(sections.get(1).heading()).isEqualTo("Việc thứ nhất");
        assertThat(sections.get(1).children()).extracting(Section::anchor).containsExactly("1-1");
    }
}
