package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePathFilterTest {

    @Test
    void should_take_one_slug_shaped_segment_as_an_article_address() {
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/can-doi-chung")).contains("can-doi-chung");
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/chi-thi-38-ct-tw/")).contains("chi-thi-38-ct-tw");
    }

    @Test
    void should_let_the_images_and_the_article_page_itself_pass() {
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/anh/" + "ab".repeat(32) + ".jpg")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/anh")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/bai-viet")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/bai-viet.xhtml")).isEmpty();
    }

    @Test
    void should_not_take_what_no_slug_can_be() {
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/Can-Doi")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/a/b")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/a--b")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/%3Cscript%3E")).isEmpty();
        assertThat(ArticlePathFilter.slugOf("/tin-tuc/" + "a".repeat(121))).isEmpty();
    }
}
