package vn.tdc.knowledge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {

    private final Abbreviations abbreviations = Abbreviations.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chủ tịch UBND phường | Chủ tịch Ủy ban nhân dân phường",
            "hdnd phuong hai duong | Hội đồng nhân dân phuong hai duong",
            "Đảng đoàn HĐND tỉnh | Đảng đoàn Hội đồng nhân dân tỉnh",
            "do tỉnh, Sở KH&CN tổ chức | do tỉnh, Sở Khoa học và Công nghệ tổ chức",
            "Kế hoạch số 40/KH-UBND ngày 09/9/2025 | Kế hoạch số 40/KH-UBND ngày 09/9/2025",
            "Công văn số 350/SKHCN-TĐC | Công văn số 350/SKHCN-TĐC",
            "hoàn thiện văn bản | hoàn thiện văn bản"})
    void should_spell_out_whole_word_abbreviations_but_not_document_numbers(String text, String expected) {
        // when
        String expanded = abbreviations.expand(text);

        // then
        assertThat(expanded).isEqualTo(expected);
    }
}
