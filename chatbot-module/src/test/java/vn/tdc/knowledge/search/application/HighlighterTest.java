package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.Highlight;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter();

    private static SearchPlan plan(String query) {
        return new SearchPlanner().plan(query, 10, Optional.empty(), PlaceDirectory.EMPTY, t -> true);
    }

    private static List<String> marked(String text, List<Highlight> highlights) {
        return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void should_highlight_accented_words_for_a_query_typed_without_diacritics_as_one_phrase() {
        // given
        String text = "Cân đối chứng của chợ được đặt ở cổng chợ.";

        // when
        List<Highlight> highlights = highlighter.highlight(text, plan("can doi chung"));

        // then
        assertThat(highlights).containsExactly(new Highlight(0, 13));
        assertThat(marked(text, highlights)).containsExactly("Cân đối chứng");
    }

    @Test
    void should_match_a_word_typed_with_diacritics_only_as_typed() {
        // given
        String text = "Người dân cần biết cân đối chứng đặt ở đâu.";

        // when
        List<Highlight> highlights = highlighter.highlight(text, plan("cân đối chứng"));

        // then
        assertThat(marked(text, highlights)).containsExactly("cân đối chứng");
    }

    @Test
    void should_mark_a_function_word_only_inside_a_query_phrase_and_keep_lines_apart() {
        // given
        String text = "Kiểm tra đo lường tại chợ do ban quản lý.\n- Phối hợp đo lường hàng đóng gói.";

        // when
        List<String> words = marked(text, highlighter.highlight(text, plan("do luong")));

        // then
        assertThat(words).containsExactly("đo lường", "đo lường");
    }

    @Test
    void should_not_mark_a_syllable_typed_without_diacritics_outside_its_query_pair() {
        // given
        String text = "Người dân tham gia phát hiện hàng giả, hàng nhái tại chợ; giá cả niêm yết.";

        // when
        List<String> words = marked(text, highlighter.highlight(text, plan("hang gia xu ly the nao")));

        // then
        assertThat(words).containsExactly("hàng giả");
    }

    @Test
    void should_mark_a_lone_syllable_when_it_is_the_whole_query() {
        String text = "Người dân tham gia phát hiện hàng giả.";

        assertThat(marked(text, highlighter.highlight(text, plan("gia")))).containsExactly("gia", "giả");
    }

    @Test
    void should_highlight_the_place_the_query_names() {
        // given
        SourceInfo source = new SourceInfo("d", SourceType.DOCUMENT, "t", "UBND xã Đông Cứu", "r", "", List.of("xã Đông Cứu"),
                List.of(), "", "", "", "");
        SearchPlan plan = new SearchPlanner().plan("cân đối chứng xa dong cuu", 10, Optional.empty(),
                PlaceDirectory.of(List.of(source)), t -> true);
        String text = "Chợ Đông Cứu có cân đối chứng.";

        // when
        List<String> words = marked(text, highlighter.highlight(text, plan));

        // then
        assertThat(words).containsExactly("Đông Cứu", "cân đối chứng");
    }

    @Test
    void should_not_highlight_anything_for_a_query_of_function_words_or_an_empty_text() {
        assertThat(highlighter.highlight("Kế hoạch của xã.", plan("của và các"))).isEmpty();
        assertThat(highlighter.highlight("", plan("can doi chung"))).isEmpty();
    }
}
