package vn.tdc.portal.article.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHtmlSanitizerTest {

    @Test
    void should_keep_what_the_editor_can_format() {
        String html = "<h2>Cân đối chứng</h2><p class=\"ql-align-center\">Chợ <strong>Đông Cứu</strong> có <em>cân</em>"
                + " <u>đối</u> <s>chứng</s>.</p><ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote>Trích</blockquote>";

        String clean = ArticleHtmlSanitizer.sanitize(html);

        assertThat(clean).contains("<h2>Cân đối chứng</h2>", "class=\"ql-align-center\"", "<strong>Đông Cứu</strong>",
                "<em>cân</em>", "<u>đối</u>", "<s>chứng</s>", "<ul><li>Một</li></ul>", "<blockquote>Trích</blockquote>");
    }

    @Test
    void should_remove_script_handlers_styles_frames_and_javascript_links() {
        String html = "<p onclick=\"steal()\" style=\"color:red\">A</p><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example/\"></iframe><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=\"https://evil.example/x.png\" onerror=\"alert(1)\"><p class=\"evil\">B</p>";

        String clean = ArticleHtmlSanitizer.sanitize(html);

        assertThat(clean).doesNotContain("onclick", "style", "script", "iframe", "javascript", "evil.example", "onerror",
                "class=\"evil\"").contains("A", "B");
    }

    @Test
    void should_mark_links_nofollow_and_keep_own_images_only() {
        String clean = ArticleHtmlSanitizer.sanitize("<a href=\"https://mic.gov.vn\">Bộ</a>"
                + "<img src=\"/tin-tuc/anh/" + "a".repeat(64) + ".jpg\" alt=\"Cân\">");

        assertThat(clean).contains("href=\"https://mic.gov.vn\"", "nofollow", "noopener", "/tin-tuc/anh/", "alt=\"Cân\"");
    }

    @Test
    void should_turn_a_top_level_heading_into_h2_and_extract_text() {
        String clean = ArticleHtmlSanitizer.sanitize("<h1>Tiêu đề</h1><p>Nội&nbsp;dung</p>");

        assertThat(clean).startsWith("<h2>Tiêu đề</h2>");
        assertThat(ArticleHtmlSanitizer.text(clean)).isEqualTo("Tiêu đề Nội dung");
        assertThat(ArticleHtmlSanitizer.sanitize("<script>x</script>")).isEmpty();
    }
}
