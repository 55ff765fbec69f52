package vn.tdc.knowledge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialAbbreviationsTest {

    private final OfficialAbbreviations abbreviations = OfficialAbbreviations.defaults();

    @Test
    void should_spell_out_a_document_kind_before_a_number_in_any_case() {
        assertThat(abbreviations.expand("KH 37 của tỉnh BN")).isEqualTo("Kế hoạch 37 của tỉnh Bắc Ninh");
        assertThat(abbreviations.expand("qd 1703 la gi")).isEqualTo("Quyết định 1703 la gi");
        assertThat(abbreviations.expand("CT38")).isEqualTo("Chỉ thị 38");
    }

    @Test
    void should_spell_out_short_names_only_when_typed_in_capitals() {
        assertThat(abbreviations.expand("UBND tỉnh QNg và TU TG")).isEqualTo("UBND tỉnh Quảng Ngãi và Tỉnh ủy Tiền Giang");
        assertThat(abbreviations.expand("co bn ho kinh doanh")).isEqualTo("co bn ho kinh doanh");
    }

    @Test
    void should_keep_an_abbreviation_that_is_part_of_a_document_number() {
        assertThat(abbreviations.expand("Kế hoạch số 37/KH-UBND và 38-CT/TW")).isEqualTo("Kế hoạch số 37/KH-UBND và 38-CT/TW");
    }

    @Test
    void should_spell_out_official_then_chat_abbreviations_in_a_question() {
        assertThat(Abbreviations.question("SKHCN tỉnh BN có bn công văn")).isEqualTo("Sở Khoa học và Công nghệ tỉnh Bắc Ninh có bao nhiêu công văn");
    }

    @Test
    void should_spell_out_a_dotted_prefix_typed_against_the_name() {
        assertThat(abbreviations.expand("P.Thành Đông và X.Đông Cứu")).isEqualTo("phường Thành Đông và xã Đông Cứu");
        assertThat(abbreviations.expand("Ban TT UBMTTQVN phường")).isEqualTo("Ban Thường trực UBMTTQVN phường");
        assertThat(abbreviations.expand("Phòng VH-XH")).isEqualTo("Phòng Văn hóa – Xã hội");
    }
}
