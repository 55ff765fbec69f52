package vn.tdc.portal.article.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.article.application.PublishedArticle;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonLdTest {

    private static final String PAGE = "https://tdc.example.vn/tin-tuc/can-doi-chung";

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void should_describe_the_article_as_a_news_article_published_by_the_ward() {
        // given
        PublishedArticle article = Articles.withCover(7, "can-doi-chung", "Cân đối chứng tại chợ");

        // when
        JsonObject data = parse(ArticleJsonLd.of(article, PAGE, "https://tdc.example.vn/tin-tuc/anh/x.jpg",
                "Xã Đông Cứu", "https://tdc.example.vn/"));

        // then
        assertThat(data.getString("@context")).isEqualTo("https://schema.org");
        assertThat(data.getString("@type")).isEqualTo("NewsArticle");
        assertThat(data.getString("headline")).isEqualTo("Cân đối chứng tại chợ");
        assertThat(data.getString("description")).isEqualTo("Tóm tắt của Cân đối chứng tại chợ");
        assertThat(data.getString("datePublished")).isEqualTo("2026-10-14T01:00:00Z");
        assertThat(data.getString("dateModified")).isEqualTo("2026-10-15T03:30:00Z");
        assertThat(data.getJsonObject("author").getString("name")).isEqualTo("Trung tâm Văn hóa – Thể thao phường");
        assertThat(data.getJsonObject("publisher").getString("name")).isEqualTo("Xã Đông Cứu");
        assertThat(data.getJsonObject("mainEntityOfPage").getString("@id")).isEqualTo(PAGE);
        assertThat(data.getJsonArray("image").getString(0)).isEqualTo("https://tdc.example.vn/tin-tuc/anh/x.jpg");
        assertThat(data.getString("keywords")).isEqualTo("cân, chợ đông cứu");
    }

    @Test
    void should_leave_out_the_image_when_the_article_has_no_cover() {
        JsonObject data = parse(ArticleJsonLd.of(Articles.article(1, "a", "A"), PAGE, "", "Xã Đông Cứu", "https://x/"));

        assertThat(data.containsKey("image")).isFalse();
    }

    @Test
    void should_keep_a_title_that_tries_to_close_the_script_element_inside_the_json_string() {
        // given
        String title = "\"</script><script>alert(1)</script> & <!-- \\ '";
        PublishedArticle article = Articles.article(2, "b", title);

        // when
        String json = ArticleJsonLd.of(article, PAGE, "", "Xã Đông Cứu", "https://x/");

        // then: nothing HTML reacts to inside a script element, and the same title comes back out of the JSON
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(json).contains("\\u003c/script\\u003e");
        assertThat(parse(json).getString("headline")).isEqualTo(title);
    }

    @Test
    void should_escape_the_line_separators_javascript_parsers_trip_over() {
        String json = ArticleJsonLd.of(Articles.article(3, "c", "một\u2028hai\u2029ba"), PAGE, "", "X", "https://x/");

        assertThat(json).doesNotContain("\u2028", "\u2029");
        assertThat(parse(json).getString("headline")).isEqualTo("một\u2028hai\u2029ba");
    }
}
