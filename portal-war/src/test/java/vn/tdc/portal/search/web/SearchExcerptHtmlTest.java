package vn.tdc.portal.search.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchExcerptHtmlTest {

    @Test
    void should_wrap_highlights_in_mark_and_escape_everything_else() {
        // given
        String text = "Cân đối chứng & <b>chợ</b>";

        // when
        String html = SearchExcerptHtml.of(text, List.of(List.of(0, 13)));

        // then
        assertThat(html).isEqualTo("<mark>Cân đối chứng</mark> &amp; &lt;b&gt;chợ&lt;/b&gt;");
    }

    @Test
    void should_keep_a_script_in_the_text_escaped_even_inside_a_highlight() {
        // given
        String text = "Đừng dán <script>alert(\"x\")</script> vào ô tìm kiếm.";
        int start = text.indexOf("<script>");

        // when
        String html = SearchExcerptHtml.of(text, List.of(List.of(start, start + "<script>alert".length())));

        // then
        assertThat(html).doesNotContain("<script").doesNotContain("\"")
                .contains("<mark>&lt;script&gt;alert</mark>(&quot;x&quot;)&lt;/script&gt;");
    }

    @Test
    void should_ignore_highlights_out_of_range_or_overlapping() {
        // when
        String html = SearchExcerptHtml.of("đo lường", List.of(List.of(0, 2), List.of(1, 5), List.of(3, 99)));

        // then
        assertThat(html).isEqualTo("<mark>đo</mark> lường");
    }

    @Test
    void should_render_an_empty_excerpt_as_nothing() {
        assertThat(SearchExcerptHtml.of("", List.of())).isEmpty();
        assertThat(SearchExcerptHtml.of(null, List.of())).isEmpty();
    }
}
