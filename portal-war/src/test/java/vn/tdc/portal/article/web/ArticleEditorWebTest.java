package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdc.portal.article.application.ArticleHtmlSanitizer;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleEditorWebTest {

    private static final String MARKER = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

    @Test
    void should_turn_the_editors_bullet_items_into_a_bulleted_list() {
        // given a bulleted list as Quill 2 writes it
        String quill = "<p>Cần mang:</p><ol><li data-list=\"bullet\">" + MARKER + "hóa đơn</li>"
                + "<li data-list=\"bullet\">" + MARKER + "hàng đã mua</li></ol>";

        // when
        String html = QuillHtml.semantic(quill);

        // then it stays a bulleted list once sanitized and published
        assertThat(html).isEqualTo("<p>Cần mang:</p><ul><li>hóa đơn</li><li>hàng đã mua</li></ul>");
        assertThat(ArticleHtmlSanitizer.sanitize(html)).contains("<ul><li>hóa đơn</li><li>hàng đã mua</li></ul>");
    }

    @Test
    void should_split_a_quill_list_that_mixes_numbers_and_bullets() {
        String quill = "<ol><li data-list=\"ordered\">" + MARKER + "một</li><li data-list=\"ordered\">" + MARKER
                + "hai</li><li data-list=\"bullet\" class=\"ql-indent-1\">" + MARKER + "<strong>chi tiết</strong></li>"
                + "<li data-list=\"ordered\">" + MARKER + "ba</li></ol>";

        assertThat(QuillHtml.semantic(quill)).isEqualTo("<ol><li>một</li><li>hai</li></ol>"
                + "<ul><li class=\"ql-indent-1\"><strong>chi tiết</strong></li></ul><ol><li>ba</li></ol>");
    }

    @Test
    void should_leave_html_without_quill_lists_alone() {
        String html = "<h2>Mục</h2><p><strong>Đậm</strong></p><ol><li>một</li></ol><ul><li>hai</li></ul>";

        assertThat(QuillHtml.semantic(html)).isEqualTo(html);
        assertThat(QuillHtml.semantic(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"draft,draft", "review,review", "' published ',published", "archived,archived", "nhap,''",
            "REVIEW,''"})
    void should_show_a_known_state_tab_or_all(String asked, String tab) {
        assertThat(ArticleAdminListPage.tab(asked)).isEqualTo(tab);
    }

    @ParameterizedTest
    @CsvSource({"2,2", "' 3 ',3", "0,1", "abc,1", "-4,1", "99999999999,1"})
    void should_read_the_page_number_or_start_at_the_first(String asked, int page) {
        assertThat(ArticleAdminListPage.pageNumber(asked)).isEqualTo(page);
    }

    @Test
    void should_link_to_a_tab_and_page_leaving_defaults_out() {
        assertThat(ArticleAdminListPage.link("", 1)).isEqualTo("/quan-tri/tin-tuc");
        assertThat(ArticleAdminListPage.link("review", 1)).isEqualTo("/quan-tri/tin-tuc?trang-thai=review");
        assertThat(ArticleAdminListPage.link("", 3)).isEqualTo("/quan-tri/tin-tuc?trang=3");
        assertThat(ArticleAdminListPage.link("published", 2)).isEqualTo("/quan-tri/tin-tuc?trang-thai=published&trang=2");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "-1", "0", "1e3", "99999999999999999999", "12 34"})
    void should_treat_a_missing_or_malformed_id_as_no_article(String id) {
        assertThat(ArticleEditorPage.parseId(id)).isNull();
    }

    @Test
    void should_read_an_article_id() {
        assertThat(ArticleEditorPage.parseId(" 42 ")).isEqualTo(42L);
    }

    @Test
    void should_compare_tags_as_they_are_stored() {
        assertThat(ArticleEditorPage.normalized(java.util.Arrays.asList(" Cân Đối Chứng ", "", null, "cân đối chứng", "Chợ")))
                .containsExactly("cân đối chứng", "chợ");
    }

    @Test
    void should_write_times_in_vietnam_and_states_in_vietnamese() {
        ArticleAdminFormat format = new ArticleAdminFormat();

        assertThat(format.when(java.time.Instant.parse("2026-11-21T11:05:00Z"))).isEqualTo("21/11/2026 18:05");
        assertThat(format.when(null)).isEmpty();
        assertThat(format.status("review")).isEqualTo("Chờ duyệt");
        assertThat(format.status("unknown")).isEqualTo("unknown");
    }
}
