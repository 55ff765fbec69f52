package vn.tdc.knowledge.document.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.upload.ContentFileWriter;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.testing.ContentDocuments;

/** The {@code unit:} and {@code level:} headers: which unit a document belongs to, and its tier (issue 10). */
class UnitHeaderTest {

    private final LegalDocumentParser parser = new LegalDocumentParser();

    private static String file(String extraHeader, String region) {
        return "---\nid: chi-thi-x\nkind: Chỉ thị\nissuer: Ban Bí thư\nregion: " + region + "\ntitle: Chỉ thị X\n" + extraHeader
                + "---\n\nI. MỤC ĐÍCH\n\nNội dung.\n";
    }

    @Test
    void should_give_every_shipped_plan_its_unit_and_level() {
        // when
        Map<String, String> units = ContentDocuments.documents().stream().map(LegalDocument::metadata)
                .collect(Collectors.toMap(DocumentMetadata::id, m -> m.unit() + "/" + m.level().code()));

        // then
        assertThat(units).containsOnly(
                Map.entry("ke-hoach-168-kh-tu-tinh-uy-tien-giang", "tien-giang/tinh"),
                Map.entry("ke-hoach-kh-du-dang-uy-phuong-hai-duong", "phuong-hai-duong/xa"),
                Map.entry("ke-hoach-kh-ubnd-phuong-thanh-dong", "phuong-thanh-dong/xa"),
                Map.entry("ke-hoach-ubnd-phuong-duc-pho", "phuong-duc-pho/xa"),
                Map.entry("ke-hoach-ubnd-xa-dong-cuu", "xa-dong-cuu/xa"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | ''                  | ''               | quoc-gia",
            "'unit: bac-ninh\n'          | ''                  | bac-ninh         | tinh",
            "'unit: xa-dong-cuu\n'       | tỉnh Bắc Ninh       | xa-dong-cuu      | xa",
            "'unit: hai-phong\nlevel: tinh\n' | thành phố Hải Phòng | hai-phong   | tinh",
    })
    void should_read_the_unit_and_infer_the_level_when_absent(String header, String region, String unit, String level) {
        // when
        DocumentMetadata m = parser.parse(file(header, region), "x.md").metadata();

        // then
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.level().code()).isEqualTo(level);
    }

    @Test
    void should_refuse_an_unknown_level_a_malformed_unit_and_a_national_document_with_a_unit() {
        assertThatThrownBy(() -> parser.parse(file("unit: bac-ninh\nlevel: huyen\n", ""), "x.md"))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> parser.parse(file("unit: Bắc Ninh\n", ""), "x.md"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> parser.parse(file("unit: bac-ninh\nlevel: quoc-gia\n", ""), "x.md"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_write_the_unit_and_level_so_that_they_read_back() {
        // given
        DocumentMetadata m = parser.parse(file("", ""), "x.md").metadata().withUnit("phuong-duc-pho", AdministrativeLevel.WARD);

        // when
        DocumentMetadata read = parser.parse(ContentFileWriter.write(m, "Nội dung."), "x.md").metadata();

        // then
        assertThat(read.unit()).isEqualTo("phuong-duc-pho");
        assertThat(read.level()).isEqualTo(AdministrativeLevel.WARD);
    }

    @Test
    void should_index_the_unit_and_level_on_every_chunk() {
        // when
        Map<String, SourceInfo> sources = ContentDocuments.sharedIndex().sources();

        // then
        assertThat(sources.get("ke-hoach-ubnd-xa-dong-cuu").unit()).isEqualTo("xa-dong-cuu");
        assertThat(sources.get("ke-hoach-ubnd-xa-dong-cuu").level()).isEqualTo(AdministrativeLevel.WARD);
        assertThat(sources.get("ke-hoach-168-kh-tu-tinh-uy-tien-giang").level()).isEqualTo(AdministrativeLevel.PROVINCE);
        assertThat(ContentDocuments.sharedIndex().chunk("ke-hoach-ubnd-phuong-duc-pho", "III.3"))
                .hasValueSatisfying(c -> assertThat(c.source().unit()).isEqualTo("phuong-duc-pho"));
    }
}
