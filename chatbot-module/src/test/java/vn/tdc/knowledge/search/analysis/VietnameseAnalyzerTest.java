package vn.tdc.knowledge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.analysis.VietnameseAnalyzer.Variant;

class VietnameseAnalyzerTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void should_fold_diacritics_and_d_stroke_in_folded_variant() throws IOException {
        // given
        Analyzer folded = new VietnameseAnalyzer(Variant.FOLDED, false);

        // when
        List<String> result = tokens(folded, "Đo lường, Phòng Văn hoá – Xã hội");

        // then
        assertThat(result).containsExactly("do", "luong", "phong", "van", "hoa", "xa", "hoi");
    }

    @Test
    void should_keep_diacritics_and_lowercase_in_exact_variant() throws IOException {
        // given
        Analyzer exact = new VietnameseAnalyzer(Variant.EXACT, false);

        // when
        List<String> result = tokens(exact, "Đo Lường");

        // then
        assertThat(result).containsExactly("đo", "lường");
    }

    @Test
    void should_emit_syllable_bigrams_together_with_unigrams() throws IOException {
        // given
        Analyzer exact = new VietnameseAnalyzer(Variant.EXACT, true);

        // when
        List<String> result = tokens(exact, "hàng giả đo lường");

        // then
        assertThat(result).contains("hàng", "giả", "hàng giả", "đo", "lường", "đo lường");
    }

    @Test
    void should_join_syllables_around_a_removed_stop_word_without_filler_tokens() throws IOException {
        // given
        Analyzer folded = new VietnameseAnalyzer(Variant.FOLDED, true);

        // when
        List<String> result = tokens(folded, "công tác của phường");

        // then
        assertThat(result).contains("cong tac", "tac phuong").noneMatch(t -> t.contains("_")).doesNotContain("cua");
    }

    @Test
    void should_remove_function_words_but_keep_question_words() throws IOException {
        // given
        Analyzer exact = new VietnameseAnalyzer(Variant.EXACT, false);

        // when
        List<String> result = tokens(exact, "Các cơ quan nào của phường là ai, làm gì?");

        // then
        assertThat(result).doesNotContain("các", "của", "là").contains("nào", "ai", "gì", "cơ", "quan");
    }

    @Test
    void should_normalise_decomposed_unicode_input_to_the_same_tokens() throws IOException {
        // given
        Analyzer exact = new VietnameseAnalyzer(Variant.EXACT, false);
        String decomposed = Normalizer.normalize("Tiền Giang đẩy mạnh", Normalizer.Form.NFD);

        // when
        List<String> result = tokens(exact, decomposed);

        // then
        assertThat(result).containsExactly("tiền", "giang", "đẩy", "mạnh");
    }

    @Test
    void should_fold_like_the_evaluation_script() {
        // given
        String text = "Phòng Văn hoá – Xã hội phường Đức Phổ";

        // when
        String folded = VietnameseFolding.fold(text);

        // then
        assertThat(folded).isEqualTo("phong van hoa – xa hoi phuong duc pho");
        assertThat(VietnameseFolding.hasDiacritics("đức")).isTrue();
        assertThat(VietnameseFolding.hasDiacritics("duc pho")).isFalse();
    }
}
