package vn.tdc.knowledge.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.knowledge.document.application.DocumentFormatException;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.testing.ContentDocuments;

class DocumentLoaderTest {

    @Test
    void should_load_the_metadata_of_all_five_documents() {
        // given
        Path dir = ContentDocuments.directory();

        // when
        List<LegalDocument> documents = new DocumentLoader().loadDirectory(dir);

        // then
        Map<String, DocumentMetadata> byIssuer = documents.stream()
                .map(LegalDocument::metadata)
                .collect(Collectors.toMap(DocumentMetadata::issuer, m -> m));
        assertThat(byIssuer).containsOnlyKeys("Tỉnh ủy Tiền Giang", "Đảng ủy phường Hải Dương", "UBND phường Đức Phổ",
                "UBND xã Đông Cứu", "UBND phường Thành Đông");
        DocumentMetadata tienGiang = byIssuer.get("Tỉnh ủy Tiền Giang");
        assertThat(tienGiang.number()).isEqualTo("168-KH/TU");
        assertThat(tienGiang.issued()).isEqualTo("24/10/2024");
        assertThat(tienGiang.signer()).isEqualTo("Võ Văn Bình — Phó Bí thư");
        assertThat(tienGiang.kind()).isEqualTo("Kế hoạch");
        assertThat(tienGiang.reference()).isEqualTo("Kế hoạch số 168-KH/TU của Tỉnh ủy Tiền Giang");
        assertThat(byIssuer.get("Đảng ủy phường Hải Dương").number()).isEqualTo("KH/ĐU");
        assertThat(byIssuer.get("Đảng ủy phường Hải Dương").issued()).isEqualTo("tháng 4 năm 2026");
        assertThat(byIssuer.get("UBND phường Thành Đông").number()).isEqualTo("/KH-UBND");
        assertThat(byIssuer.get("UBND phường Thành Đông").reference()).isEqualTo("Kế hoạch của UBND phường Thành Đông");
        assertThat(documents).allSatisfy(d -> assertThat(d.metadata().signer()).contains(" — "));
    }

    @Test
    void should_name_the_place_in_each_title_or_issuer() {
        // given
        List<LegalDocument> documents = ContentDocuments.documents();

        // when / then
        assertThat(documents).allSatisfy(d -> {
            DocumentMetadata m = d.metadata();
            String place = VietnameseFolding.fold(m.place().replaceFirst("^(phường|xã|tỉnh)\\s+", ""));
            assertThat(place).isNotBlank();
            assertThat(VietnameseFolding.fold(m.title() + " " + m.issuer())).contains(place);
        });
    }

    @Test
    void should_provide_clean_nfc_text_without_conversion_artefacts() {
        // given
        List<LegalDocument> documents = ContentDocuments.documents();

        // when
        List<String> texts = documents.stream()
                .flatMap(d -> d.flatten().stream())
                .map(s -> s.heading() + "\n" + s.text())
                .toList();

        // then
        assertThat(texts).allSatisfy(t -> {
            assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).isTrue();
            assertThat(t).doesNotContain("\t", "  ", "\u00a0", "QĐ-\n", "**");
        });
        LegalDocument thanhDong = ContentDocuments.byIdContaining("thanh-dong");
        assertThat(thanhDong.findSection("II.1-1").orElseThrow().text())
                .isEqualTo("Tổ chức phổ biến nội dung Chỉ thị số 38-CT/TW, Quyết định số 1703/QĐ-TTg, Kế hoạch của Thành ủy và "
                        + "UBND thành phố đến cán bộ, công chức, các Tổ dân phố, đoàn thể, hộ sản xuất kinh doanh.");
    }

    @Test
    void should_reject_a_file_without_front_matter(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("a.md"), "KẾ HOẠCH\nI. MỤC ĐÍCH\n", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new DocumentLoader().loadDirectory(dir))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("a.md");
    }

    @Test
    void should_reject_a_missing_required_field(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("a.md"), "---\nid: a\nkind: Kế hoạch\ntitle: T\n---\nI. A\n", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new DocumentLoader().loadDirectory(dir))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("issuer");
    }

    @Test
    void should_reject_duplicate_ids(@TempDir Path dir) throws IOException {
        // given
        String doc = "---\nid: same\nkind: Kế hoạch\nissuer: UBND xã A\ntitle: Kế hoạch xã A\n---\nI. A\n";
        Files.writeString(dir.resolve("a.md"), doc, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.md"), doc, StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new DocumentLoader().loadDirectory(dir))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void should_skip_notes_and_read_optional_fields_as_empty(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("_notes.md"), "not a document", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x.md"), "\uFEFF---\nid: x\nkind: Công văn\nnumber:\nissuer: UBND xã A\ntitle: Công văn xã A\n---\n"
                + "Kính gửi các thôn.\nI. NỘI DUNG\n1. Việc một\n", StandardCharsets.UTF_8);

        // when
        List<LegalDocument> documents = new DocumentLoader().loadDirectory(dir);

        // then
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.metadata().number()).isEmpty();
            assertThat(d.metadata().issued()).isEmpty();
            assertThat(d.metadata().reference()).isEqualTo("Công văn của UBND xã A");
            assertThat(d.sections()).extracting(Section::anchor).containsExactly(Section.PREAMBLE_ANCHOR, "I");
        });
    }
}
