package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleListPageTest {

    /** 25 published articles in "do-luong", none elsewhere; remembers the queries asked. */
    private static class FakeQueries extends ArticleQueries {
        final List<String> asked = new ArrayList<>();

        @Override
        public Page<PublishedArticle> latest(String categoryCode, String tag, int page, int size,
                                             Collection<Long> units) {
            asked.add(categoryCode + "|" + tag + "|" + page);
            assertThat(units).containsExactly(WARD_CHAIN.toArray(Long[]::new));
            long total = categoryCode == null || categoryCode.equals("do-luong") ? 25 : 0;
            List<PublishedArticle> items = LongStream.rangeClosed((page - 1L) * size + 1, Math.min(total, (long) page * size))
                    .mapToObj(id -> Articles.article(id, "bai-" + id, "Bài " + id)).toList();
            return new Page<>(items, page, size, total);
        }

        @Override
        public List<ArticleCategoryView> categories(Collection<Long> units) {
            return List.of(new ArticleCategoryView("do-luong", "Đo lường", 25),
                    new ArticleCategoryView("canh-bao-vi-pham", "Cảnh báo vi phạm", 0));
        }
    }

    /** Xã Đông Cứu, tỉnh Bắc Ninh, the root: whose news the ward's list shows. */
    private static final List<Long> WARD_CHAIN = List.of(101L, 10L, 1L);

    private final FakeQueries queries = new FakeQueries();

    private static CurrentWard ward() {
        return new CurrentWard() {
            @Override
            public List<Long> getChainIds() {
                return WARD_CHAIN;
            }
        };
    }

    private ArticleListPage page(String category, String tag, String number) {
        ArticleListPage page = new ArticleListPage();
        page.queries = queries;
        page.currentWard = ward();
        page.setCategory(category);
        page.setTag(tag);
        page.setPage(number);
        page.load();
        return page;
    }

    @Test
    void should_show_ten_articles_a_page_and_the_page_asked_for() {
        ArticleListPage page = page(null, null, "2");

        assertThat(page.getArticles()).extracting(PublishedArticle::id).containsExactly(11L, 12L, 13L, 14L, 15L, 16L,
                17L, 18L, 19L, 20L);
        assertThat(page.getResult().pageCount()).isEqualTo(3);
        assertThat(page.getPageNumbers()).containsExactly(1, 2, 3);
    }

    @Test
    void should_fall_back_to_the_first_page_for_a_bad_page_number() {
        for (String bad : new String[]{"abc", "-3", "0", "1e3", "99", "9999999999", " "}) {
            assertThat(page(null, null, bad).getResult().page()).as(bad).isEqualTo(1);
        }
    }

    @Test
    void should_show_an_empty_state_without_querying_for_an_unknown_category() {
        ArticleListPage page = page("khong-co", null, null);

        assertThat(page.isUnknownCategory()).isTrue();
        assertThat(page.getArticles()).isEmpty();
        assertThat(queries.asked).isEmpty();
    }

    @Test
    void should_name_the_chosen_category_and_filter_by_it() {
        ArticleListPage page = page("do-luong", null, null);

        assertThat(page.getHeading()).isEqualTo("Đo lường");
        assertThat(queries.asked).containsExactly("do-luong|null|1");
    }

    @Test
    void should_match_tags_in_lower_case_and_keep_filters_in_page_links() {
        ArticleListPage page = page("do-luong", "  Chợ Đông Cứu ", "1");

        assertThat(queries.asked).containsExactly("do-luong|chợ đông cứu|1");
        assertThat(page.pageLink(2)).isEqualTo("/tin-tuc?chuyen-muc=do-luong&the=ch%E1%BB%A3+%C4%91%C3%B4ng+c%E1%BB%A9u&trang=2");
        assertThat(page.pageLink(1)).isEqualTo("/tin-tuc?chuyen-muc=do-luong&the=ch%E1%BB%A3+%C4%91%C3%B4ng+c%E1%BB%A9u");
    }

    @Test
    void should_leave_gaps_in_the_page_numbers_when_there_are_many_pages() {
        ArticleListPage page = new ArticleListPage();
        page.queries = new FakeQueries() {
            @Override
            public Page<PublishedArticle> latest(String categoryCode, String tag, int number, int size,
                                                 Collection<Long> units) {
                return new Page<>(List.of(Articles.article(1, "a", "A")), number, size, 200);
            }
        };
        page.currentWard = ward();
        page.setPage("10");
        page.load();

        assertThat(page.getPageNumbers()).containsExactly(1, 0, 9, 10, 11, 0, 20);
    }
}
