package vn.tdc.portal.search.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPageTest {

    private static SearchPage page(String q, String type) {
        SearchPage page = new SearchPage();
        page.setQ(q);
        page.setType(type);
        return page;
    }

    @Test
    void should_link_the_tabs_to_the_first_page_of_the_same_query() {
        // given
        SearchPage page = page("cân đối chứng", "article");
        page.setPage(3);

        // then
        assertThat(page.typeLink("")).isEqualTo("/tim-kiem?q=c%C3%A2n+%C4%91%E1%BB%91i+ch%E1%BB%A9ng");
        assertThat(page.typeLink("document")).isEqualTo("/tim-kiem?q=c%C3%A2n+%C4%91%E1%BB%91i+ch%E1%BB%A9ng&type=document");
        assertThat(page.isCurrentType("article")).isTrue();
        assertThat(page.isCurrentType("")).isFalse();
    }

    @Test
    void should_keep_the_type_in_the_links_to_other_pages() {
        // given
        SearchPage page = page("a&b", "document");

        // then
        assertThat(page.pageLink(2)).isEqualTo("/tim-kiem?q=a%26b&type=document&trang=2");
        assertThat(page.pageLink(1)).isEqualTo("/tim-kiem?q=a%26b&type=document");
    }

    @Test
    void should_treat_no_type_as_all() {
        assertThat(page("x", null).isCurrentType("")).isTrue();
        assertThat(page("x", " ").isCurrentType("")).isTrue();
    }
}
