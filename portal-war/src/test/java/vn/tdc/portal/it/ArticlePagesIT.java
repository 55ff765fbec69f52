package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What residents see of the news: the list with its filters and pages, an article page with its metadata, the
 * images, the feeds, the sitemap, robots.txt and the news on the home page. Besides the six seed articles of
 * {@code content/articles}, the tests publish their own through the editors' API (once per run) and store one
 * article directly in the database whose title carries script markup the editors' API would refuse.
 */
class ArticlePagesIT extends PortalIntegrationTest {

    private static final String PUBLIC_URL = "http://localhost:8080";
    private static final String JSON = "application/json";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The seeded articles xã Đông Cứu shows: its own and the platform's (the others belong to other wards). */
    private static final List<String> DONG_CUU_SEEDS = List.of(
            "chi-thi-38-ct-tw-yeu-cau-gi-o-cap-phuong",
            "kiem-tra-can-bang-can-doi-chung-tai-cho",
            "phan-anh-can-thieu-tren-cong-thong-tin");
    /** A seeded article of phường Thành Đông (Hải Phòng), never in xã Đông Cứu's news. */
    private static final String THANH_DONG_SEED = "cot-bom-xang-dau-va-cach-kiem-tra-bom-thieu";
    private static final String SCRIPT_TITLE = "\"</script><script>alert(1)</script>";
    private static final String SCRIPT_SLUG = "tieu-de-co-ma-script";
    private static final String QUOTED_TITLE = "Cân \"đúng\" & đủ: hỏi đáp về 'cân đối chứng'";

    /** The articles this class publishes (and the draft it keeps), made once for all tests. */
    private record Fixture(JsonObject warning, JsonObject quoted, JsonObject draft, List<JsonObject> fillers) {
    }

    private static Fixture fixture;

    @BeforeEach
    void prepare() throws Exception {
        synchronized (ArticlePagesIT.class) {
            if (fixture == null) {
                fixture = createFixture();
            }
        }
    }

    @Test
    void should_list_every_published_article_newest_first_ten_a_page() throws SQLException {
        // given the published articles of xã Đông Cứu, tỉnh Bắc Ninh and the platform
        long published = IntegrationDatabase.count(
                "SELECT COUNT(*) FROM article WHERE status = 'published' AND unit_id IN (1, 10, 101)");
        assertThat(published).isGreaterThan(10);

        // when: a resident follows the page links of the ward's news from the first page to the last
        browser().get(url("/xa-dong-cuu/tin-tuc"));
        List<String> slugs = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        List<Integer> perPage = new ArrayList<>();
        while (true) {
            List<WebElement> cards = browser.findElements(By.cssSelector(".news-list .news-card"));
            perPage.add(cards.size());
            for (WebElement card : cards) {
                String href = card.findElement(By.cssSelector(".news-card__title a")).getAttribute("href");
                slugs.add(href.substring(href.lastIndexOf('/') + 1));
                dates.add(Instant.parse(card.findElement(By.cssSelector("time")).getAttribute("datetime")));
            }
            List<WebElement> next = browser.findElements(By.cssSelector(".news-pager a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            String target = next.get(0).getAttribute("href");
            assertThat(target).contains("trang=" + (perPage.size() + 1));
            browser.get(target);
        }

        // then
        assertThat(perPage.get(0)).isEqualTo(10);
        assertThat(perPage).hasSize((int) ((published + 9) / 10));
        assertThat(slugs).hasSize((int) published).doesNotHaveDuplicates();
        assertThat(slugs).containsAll(DONG_CUU_SEEDS).contains(fixture.warning().getString("slug"), SCRIPT_SLUG)
                .doesNotContain(fixture.draft().getString("slug"), THANH_DONG_SEED);
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void should_filter_by_category_from_the_chips_with_their_counts() {
        // given
        browser().get(url("/tin-tuc"));
        WebElement chip = browser.findElements(By.cssSelector(".news-chip")).stream()
                .filter(c -> c.getText().startsWith("Đo lường")).findFirst().orElseThrow();
        int count = Integer.parseInt(chip.findElement(By.cssSelector(".news-chip__count")).getText());

        // when
        chip.click();

        // then
        assertThat(browser.getCurrentUrl()).endsWith("/tin-tuc?chuyen-muc=do-luong");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đo lường");
        List<WebElement> cards = browser.findElements(By.cssSelector(".news-list .news-card"));
        assertThat(cards).hasSize(count);
        assertThat(cards).extracting(c -> c.findElement(By.cssSelector(".news-card__category")).getText())
                .containsOnly("Đo lường");
        assertThat(browser.findElement(By.cssSelector(".news-chip--active")).getText()).startsWith("Đo lường");
        assertThat(AxeAudit.violations(browser)).as("axe-core").isEmpty();
        assertThat(browser.getPageSource()).contains("kiem-tra-can-bang-can-doi-chung-tai-cho")
                .doesNotContain(THANH_DONG_SEED);
    }

    @Test
    void should_filter_by_a_tag_linked_from_an_article() {
        // given
        browser().get(url("/tin-tuc/cot-bom-xang-dau-va-cach-kiem-tra-bom-thieu"));
        WebElement tag = browser.findElements(By.cssSelector(".news-article__tags a")).stream()
                .filter(t -> t.getText().equals("xăng dầu")).findFirst().orElseThrow();

        // when
        tag.click();

        // then
        assertThat(browser.getCurrentUrl()).contains("/tin-tuc?the=x%C4%83ng+d%E1%BA%A7u");
        assertThat(browser.findElements(By.cssSelector(".news-list .news-card__title a")))
                .extracting(WebElement::getText).containsExactly("Cột bơm xăng dầu và cách kiểm tra bơm thiếu");
        assertThat(browser.findElement(By.cssSelector(".news-tag-filter")).getText()).contains("xăng dầu");
    }

    @Test
    void should_show_an_empty_state_for_an_unknown_category_or_tag_and_the_first_page_for_a_bad_page_number() {
        HttpResponse<String> category = http.get("/xa-dong-cuu/tin-tuc?chuyen-muc=khong-co-muc-nay", "Accept", "text/html");
        assertThat(category.statusCode()).isEqualTo(200);
        assertThat(category.body()).contains("Không có chuyên mục này").doesNotContain("news-card__title");

        HttpResponse<String> tag = http.get("/xa-dong-cuu/tin-tuc?the=" + encode("không có thẻ này"), "Accept", "text/html");
        assertThat(tag.statusCode()).isEqualTo(200);
        assertThat(tag.body()).contains("Chưa có bài viết nào phù hợp").doesNotContain("news-card__title");

        for (String bad : List.of("abc", "-1", "0", "999", "1%27%20OR%201=1")) {
            HttpResponse<String> page = http.get("/xa-dong-cuu/tin-tuc?trang=" + bad, "Accept", "text/html");
            assertThat(page.statusCode()).as(bad).isEqualTo(200);
            assertThat(page.body()).as(bad).containsPattern("news-pager__page--current\" aria-current=\"page\">\\s*1\\s*<");
        }
    }

    @Test
    void should_show_an_article_with_its_open_graph_tags_structured_data_and_body() {
        // given
        JsonObject warning = fixture.warning();
        String slug = warning.getString("slug");

        // when: read in phường Hải Dương, whose province (Hải Phòng) has a warning of its own
        browser().get(url("/phuong-hai-duong/tin-tuc/" + slug));

        // then: the page
        assertThat(browser.getTitle()).startsWith(warning.getString("title") + " — ");
        assertThat(browser.findElement(By.cssSelector("h1.news-article__title")).getText()).isEqualTo(warning.getString("title"));
        assertThat(browser.findElement(By.cssSelector(".news-article__category a")).getAttribute("href"))
                .endsWith("/tin-tuc?chuyen-muc=canh-bao-vi-pham");
        assertThat(browser.findElement(By.cssSelector(".news-article__meta")).getText())
                .matches("\\d{2}/\\d{2}/\\d{4} · Đội kiểm tra liên ngành phường");
        assertThat(browser.findElement(By.cssSelector(".news-article__cover img")).getAttribute("alt"))
                .isEqualTo("Chiếc cân điện tử bị chỉnh sai");
        assertThat(browser.findElement(By.cssSelector(".news-article__body")).getText())
                .contains("Đoàn kiểm tra phát hiện", "Cách tự kiểm tra");
        assertThat(browser.findElement(By.cssSelector(".news-article__body strong")).getText()).isEqualTo("cân đối chứng");
        assertThat(browser.findElements(By.cssSelector(".news-article__tags a"))).extracting(WebElement::getText)
                .containsExactly("cân điện tử", "kiểm thử tin tức");
        assertThat(browser.findElements(By.cssSelector(".news-actions a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(url("/phuong-hai-duong/phan-anh"), url("/phuong-hai-duong/hoi-dap"));
        assertThat(browser.findElements(By.cssSelector(".news-related .news-card"))).hasSizeBetween(1, 3)
                .allSatisfy(c -> assertThat(c.findElement(By.cssSelector(".news-card__category")).getText())
                        .isEqualTo("Cảnh báo vi phạm"));

        // then: the metadata
        String canonical = PUBLIC_URL + "/phuong-hai-duong/tin-tuc/" + slug;
        String cover = PUBLIC_URL + warning.getString("coverUrl");
        assertThat(browser.findElements(By.cssSelector("meta[name=description]"))).hasSize(1);
        assertThat(meta("name", "description")).isEqualTo(warning.getString("summary"));
        assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).isEqualTo(canonical);
        assertThat(meta("property", "og:type")).isEqualTo("article");
        assertThat(meta("property", "og:title")).isEqualTo(warning.getString("title"));
        assertThat(meta("property", "og:description")).isEqualTo(warning.getString("summary"));
        assertThat(meta("property", "og:url")).isEqualTo(canonical);
        assertThat(meta("property", "og:image")).isEqualTo(cover);
        assertThat(meta("property", "og:locale")).isEqualTo("vi_VN");
        assertThat(Instant.parse(meta("property", "article:published_time"))).isBefore(Instant.now());
        assertThat(meta("property", "article:section")).isEqualTo("Cảnh báo vi phạm");
        assertThat(browser.findElements(By.cssSelector("meta[property='article:tag']")))
                .extracting(m -> m.getAttribute("content")).containsExactly("cân điện tử", "kiểm thử tin tức");
        assertThat(meta("name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getAttribute("href")).isEqualTo(url("/phuong-hai-duong/feed.xml"));
        JsonObject data = Json.createReader(new StringReader(
                browser.findElement(By.id("structured-data")).getAttribute("textContent"))).readObject();
        assertThat(data.getString("@type")).isEqualTo("NewsArticle");
        assertThat(data.getString("headline")).isEqualTo(warning.getString("title"));
        assertThat(data.getString("description")).isEqualTo(warning.getString("summary"));
        assertThat(data.getString("datePublished")).isEqualTo(meta("property", "article:published_time"));
        assertThat(data.getString("dateModified")).isNotBlank();
        assertThat(data.getJsonObject("author").getString("name")).isEqualTo("Đội kiểm tra liên ngành phường");
        assertThat(data.getJsonObject("publisher").getString("name")).isEqualTo("Phường Hải Dương");
        assertThat(data.getJsonArray("image").getString(0)).isEqualTo(cover);
        assertThat(data.getJsonObject("mainEntityOfPage").getString("@id")).isEqualTo(canonical);
        assertThat(AxeAudit.violations(browser)).as("axe-core, article page").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console").isEmpty();
    }

    @Test
    void should_print_an_article_alone_black_on_white_with_its_link_addresses() {
        // given
        browser().get(url("/tin-tuc/chi-thi-38-ct-tw-yeu-cau-gi-o-cap-phuong"));

        String linkSuffix = "return getComputedStyle(document.querySelector('.news-article__body a[href]'), '::after').content";
        assertThat(browser.executeScript(linkSuffix)).isEqualTo("none");

        // when
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        // then
        assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".chat-widget")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".news-actions")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".news-article__title")).getCssValue("color"))
                .isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
        assertThat(String.valueOf(browser.executeScript(linkSuffix))).containsAnyOf("attr(href)", "/van-ban");
    }

    @Test
    void should_keep_a_title_with_script_markup_escaped_in_the_page_and_its_structured_data() {
        // when
        HttpResponse<String> page = http.get("/xa-dong-cuu/tin-tuc/" + SCRIPT_SLUG, "Accept", "text/html");

        // then: the raw page never carries the markup as markup
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).doesNotContain("<script>alert(1)", "<script>alert(2)", "<b>Tác giả</b>")
                .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        Matcher jsonLd = Pattern.compile("<script type=\"application/ld\\+json\" id=\"structured-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(jsonLd.find()).isTrue();
        JsonObject data = Json.createReader(new StringReader(jsonLd.group(1))).readObject();
        assertThat(data.getString("headline")).isEqualTo(SCRIPT_TITLE);

        // then: a browser shows the title as text and runs nothing
        browser().get(url("/tin-tuc/" + SCRIPT_SLUG));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.cssSelector("h1.news-article__title")).getText()).isEqualTo(SCRIPT_TITLE);
        assertThat(meta("property", "og:title")).isEqualTo(SCRIPT_TITLE);
        for (String listing : List.of("/xa-dong-cuu/tin-tuc", "/xa-dong-cuu", "/xa-dong-cuu/tin-tuc?chuyen-muc=tieu-chuan")) {
            assertThat(http.get(listing, "Accept", "text/html").body()).as(listing)
                    .doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        }
    }

    @Test
    void should_escape_quotes_and_ampersands_of_a_title_in_attributes_and_structured_data() {
        // given
        String slug = fixture.quoted().getString("slug");

        // when
        HttpResponse<String> page = http.get("/xa-dong-cuu/tin-tuc/" + slug, "Accept", "text/html");

        // then
        assertThat(page.body()).contains("content=\"Cân &quot;đúng&quot; &amp; đủ");
        browser().get(url("/tin-tuc/" + slug));
        assertThat(meta("property", "og:title")).isEqualTo(QUOTED_TITLE);
        assertThat(meta("name", "twitter:title")).isEqualTo(QUOTED_TITLE);
        JsonObject data = Json.createReader(new StringReader(
                browser.findElement(By.id("structured-data")).getAttribute("textContent"))).readObject();
        assertThat(data.getString("headline")).isEqualTo(QUOTED_TITLE);
        assertThat(meta("name", "twitter:card")).isEqualTo("summary");
        assertThat(browser.findElements(By.cssSelector("meta[property='og:image']"))).isEmpty();
    }

    @Test
    void should_answer_an_unknown_slug_with_404_and_a_vietnamese_notice() {
        for (String path : List.of("/xa-dong-cuu/tin-tuc/khong-co-bai-viet-nay", "/tin-tuc/bai-viet?slug=khong-co")) {
            HttpResponse<String> page = http.get(path, "Accept", "text/html");

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy bài viết",
                    "Bài viết không tồn tại hoặc đã được gỡ xuống").contains("<meta name=\"robots\" content=\"noindex\"");
        }
    }

    /**
     * Another node of a cluster (here: this test, through the database) publishes an article and later deletes it,
     * each time with its row of the search change log in the same transaction; this node's search follows within
     * seconds, though nothing called it. The article is the platform's and older than every other, and it is gone
     * when the test ends.
     */
    @Test
    void should_follow_an_article_published_and_removed_by_another_node_within_five_seconds() throws Exception {
        // given an article on a subject no other article or plan has, published by another node
        String slug = "dong-ho-nuoc-tram-khe-ngat-nut-khac";
        long id;
        try (Connection db = IntegrationDatabase.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO article (unit_id, slug, title, summary,"
                    + " body_html, category_code, tags, author, featured, status, published_at, first_published_at,"
                    + " created_by, created_at, updated_by, updated_at, revision_count)"
                    + " VALUES (1, ?, 'Kiểm định đồng hồ nước ở trạm Khe Ngát', 'Tin do nút khác đăng.',"
                    + " '<p>Các đồng hồ nước của trạm Khe Ngát được kiểm định lại.</p>', 'hoat-dong-cua-phuong', '', '',"
                    + " FALSE, 'published', UTC_TIMESTAMP(3) - INTERVAL 400 DAY, UTC_TIMESTAMP(3) - INTERVAL 400 DAY,"
                    + " 'nut-khac', UTC_TIMESTAMP(3), 'nut-khac', UTC_TIMESTAMP(3), 1)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, slug);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            recordSearchChange(db, id, "upsert");
            db.commit();
        }
        try {
            // when this node follows the change log, then it is searchable within five seconds
            List<JsonObject> hits = answerWithin(Duration.ofSeconds(5), () -> searchResults("dong ho nuoc khe ngat"),
                    found -> found.stream().anyMatch(hit -> hit.getString("url").endsWith("/tin-tuc/" + slug)));
            assertThat(hits).as("searchable on this node").anySatisfy(hit -> {
                assertThat(hit.getString("type")).isEqualTo("article");
                assertThat(hit.getString("url")).endsWith("/tin-tuc/" + slug);
            });
        } finally {
            // and when the other node deletes it
            try (Connection db = IntegrationDatabase.connect()) {
                db.setAutoCommit(false);
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM article WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
                recordSearchChange(db, id, "delete");
                db.commit();
            }
        }

        // then it leaves this node's index within five seconds
        List<JsonObject> after = answerWithin(Duration.ofSeconds(5), () -> searchResults("dong ho nuoc khe ngat"),
                found -> found.stream().noneMatch(hit -> hit.getString("url").endsWith("/tin-tuc/" + slug)));
        assertThat(after).noneSatisfy(hit -> assertThat(hit.getString("url")).endsWith("/tin-tuc/" + slug));
    }

    private List<JsonObject> searchResults(String query) {
        HttpResponse<String> response = http.get("/api/search?limit=10&q=" + encode(query));
        assertThat(response.statusCode()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("results").getValuesAs(JsonObject.class);
    }

    private static void recordSearchChange(Connection db, long articleId, String action) throws SQLException {
        try (PreparedStatement change = db.prepareStatement(
                "INSERT INTO search_change (kind, entity_id, action) VALUES ('article', ?, ?)")) {
            change.setString(1, String.valueOf(articleId));
            change.setString(2, action);
            change.executeUpdate();
        }
    }

    @Test
    void should_never_show_a_draft_to_the_public() throws Exception {
        // given
        String slug = fixture.draft().getString("slug");

        // then
        assertThat(http.get("/xa-dong-cuu/tin-tuc/" + slug, "Accept", "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("/xa-dong-cuu/tin-tuc?the=" + encode("bản nháp kiểm thử"), "Accept", "text/html").body())
                .contains("Chưa có bài viết nào phù hợp").doesNotContain(slug);
        assertThat(http.get("/xa-dong-cuu/tin-tuc?chuyen-muc=canh-bao-vi-pham", "Accept", "text/html").body()).doesNotContain(slug);
        assertThat(http.get("/xa-dong-cuu", "Accept", "text/html").body()).doesNotContain(slug);
        assertThat(http.get("/feed.xml").body()).doesNotContain(slug);
        assertThat(http.get("/feed/canh-bao-vi-pham.xml").body()).doesNotContain(slug);
        assertThat(http.get("/xa-dong-cuu/feed.xml").body()).doesNotContain(slug);
        assertThat(http.get("/xa-dong-cuu/sitemap.xml").body()).doesNotContain(slug);
    }

    @Test
    void should_publish_a_wards_feed_of_its_own_its_provinces_and_the_platforms_newest_articles_only()
            throws Exception {
        // given the published articles xã Đông Cứu's news shows (units 101, 10 and 1)
        List<String> shown = publishedSlugs("1, 10, 101");

        // when
        HttpResponse<String> response = http.get("/xa-dong-cuu/feed.xml", "Accept", "application/atom+xml");

        // then: a valid Atom feed titled with the ward, every link under the ward
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringWhitespace("application/atom+xml;charset=UTF-8");
        Element feed = xml(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).isEqualTo(PUBLIC_URL + "/xa-dong-cuu/feed.xml");
        assertThat(child(feed, "title")).isEqualTo("Tin tức — Xã Đông Cứu");
        assertThat(links(feed)).containsExactlyInAnyOrder("self " + PUBLIC_URL + "/xa-dong-cuu/feed.xml",
                "alternate " + PUBLIC_URL + "/xa-dong-cuu/tin-tuc");
        List<Element> entries = elements(feed, "entry");
        assertThat(entries).hasSize(Math.min(20, shown.size()));
        List<String> slugs = new ArrayList<>();
        for (Element entry : entries) {
            String id = child(entry, "id");
            assertThat(id).startsWith(PUBLIC_URL + "/xa-dong-cuu/tin-tuc/");
            assertThat(links(entry)).contains("alternate " + id);
            slugs.add(id.substring(id.lastIndexOf('/') + 1));
        }
        assertThat(shown).containsAll(slugs);
        assertThat(slugs).contains(fixture.warning().getString("slug")).doesNotContain(THANH_DONG_SEED);
        if (shown.size() <= 20) {
            assertThat(slugs).containsExactlyInAnyOrderElementsOf(shown).contains("tin-tinh-bac-ninh-kiem-thu-1");
        }

        // and another ward's feed has its own article and none of xã Đông Cứu's own
        Element thanhDong = xml(http.get("/phuong-thanh-dong/feed.xml").body()).getDocumentElement();
        assertThat(child(thanhDong, "title")).isEqualTo("Tin tức — Phường Thành Đông");
        List<String> thanhDongSlugs = elements(thanhDong, "entry").stream().map(e -> child(e, "id")).toList();
        assertThat(thanhDongSlugs).allMatch(id -> id.startsWith(PUBLIC_URL + "/phuong-thanh-dong/tin-tuc/"))
                .contains(PUBLIC_URL + "/phuong-thanh-dong/tin-tuc/" + THANH_DONG_SEED)
                .noneMatch(id -> id.endsWith("/" + SCRIPT_SLUG) || id.endsWith("/tin-tinh-bac-ninh-kiem-thu-1"));
    }

    @Test
    void should_publish_a_wards_category_feed_and_404_for_an_unknown_category() throws Exception {
        HttpResponse<String> response = http.get("/xa-dong-cuu/feed/do-luong.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = xml(response.body()).getDocumentElement();
        assertThat(child(feed, "id")).isEqualTo(PUBLIC_URL + "/xa-dong-cuu/feed/do-luong.xml");
        assertThat(child(feed, "title")).isEqualTo("Đo lường — Xã Đông Cứu");
        assertThat(elements(feed, "entry")).isNotEmpty().allSatisfy(e -> {
            assertThat(elements(e, "category").get(0).getAttribute("term")).isEqualTo("do-luong");
            assertThat(child(e, "id")).startsWith(PUBLIC_URL + "/xa-dong-cuu/tin-tuc/");
        });
        assertThat(http.get("/xa-dong-cuu/feed/khong-co.xml", "Accept", "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("/khong-co-xa/feed.xml", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void should_publish_an_atom_feed_of_the_newest_articles() throws Exception {
        // when
        HttpResponse<String> response = http.get("/feed.xml", "Accept", "application/atom+xml");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringWhitespace("application/atom+xml;charset=UTF-8");
        Element feed = xml(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(feed, "id")).isEqualTo(PUBLIC_URL + "/feed.xml");
        assertThat(child(feed, "title")).isEqualTo("Tin tức — Cổng thông tin TĐC");
        assertThat(Instant.parse(child(feed, "updated"))).isNotNull();
        assertThat(links(feed)).contains("self " + PUBLIC_URL + "/feed.xml", "alternate " + PUBLIC_URL + "/tin-tuc");
        List<Element> entries = elements(feed, "entry");
        long published = PortalHttp.json(http.get("/api/articles?size=50")).getJsonNumber("total").longValue();
        assertThat(entries).hasSize((int) Math.min(20, published));
        Element warning = entries.stream().filter(e -> child(e, "title").equals(fixture.warning().getString("title")))
                .findFirst().orElseThrow();
        String url = PUBLIC_URL + "/xa-dong-cuu/tin-tuc/" + fixture.warning().getString("slug");
        assertThat(child(warning, "id")).isEqualTo(url);
        assertThat(links(warning)).contains("alternate " + url);
        assertThat(Instant.parse(child(warning, "published"))).isBefore(Instant.now());
        assertThat(Instant.parse(child(warning, "updated"))).isNotNull();
        assertThat(child(warning, "summary")).isEqualTo(fixture.warning().getString("summary"));
        assertThat(child(warning, "name")).isEqualTo("Đội kiểm tra liên ngành phường");
        Element category = elements(warning, "category").get(0);
        assertThat(category.getAttribute("term")).isEqualTo("canh-bao-vi-pham");
        assertThat(category.getAttribute("label")).isEqualTo("Cảnh báo vi phạm");
        Element content = elements(warning, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<strong>cân đối chứng</strong>");
        assertThat(entries).extracting(e -> child(e, "title")).contains(SCRIPT_TITLE);
    }

    @Test
    void should_publish_a_feed_per_category_and_404_for_an_unknown_one() throws Exception {
        HttpResponse<String> response = http.get("/feed/do-luong.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = xml(response.body()).getDocumentElement();
        assertThat(child(feed, "id")).isEqualTo(PUBLIC_URL + "/feed/do-luong.xml");
        assertThat(child(feed, "title")).isEqualTo("Đo lường — Cổng thông tin TĐC");
        List<Element> entries = elements(feed, "entry");
        assertThat(entries).hasSize(2).allSatisfy(e ->
                assertThat(elements(e, "category").get(0).getAttribute("term")).isEqualTo("do-luong"));
        assertThat(http.get("/feed/khong-co.xml", "Accept", "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("/feed/do-luong.json", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void should_index_one_sitemap_per_ward_listing_its_pages_articles_and_documents() throws Exception {
        // when
        HttpResponse<String> response = http.get("/sitemap.xml", "Accept", "application/xml");

        // then: an index of the platform's sitemap and every ward's
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        Document index = xml(response.body());
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> sitemaps = locs(index);
        List<String> wards = List.of("/xa-dong-cuu", "/phuong-hai-duong", "/phuong-thanh-dong", "/phuong-duc-pho");
        assertThat(sitemaps).contains(PUBLIC_URL + "/sitemap-nen-tang.xml")
                .containsAll(wards.stream().map(ward -> PUBLIC_URL + ward + "/sitemap.xml").toList());
        assertThat(locs(xml(http.get("/sitemap-nen-tang.xml").body()))).containsExactly(PUBLIC_URL + "/");

        // and each ward's sitemap lists its pages (not the tracking page) and its news under the ward
        Map<String, String> lastModified = new java.util.HashMap<>();
        for (String ward : wards) {
            HttpResponse<String> wardSitemap = http.get(ward + "/sitemap.xml", "Accept", "application/xml");
            assertThat(wardSitemap.statusCode()).as(ward).isEqualTo(200);
            Map<String, String> entries = urls(xml(wardSitemap.body()));
            assertThat(entries).as(ward).containsKeys(PUBLIC_URL + ward, PUBLIC_URL + ward + "/tin-tuc",
                    PUBLIC_URL + ward + "/van-ban", PUBLIC_URL + ward + "/phan-anh", PUBLIC_URL + ward + "/hoi-dap",
                    PUBLIC_URL + ward + "/thong-ke").doesNotContainKey(PUBLIC_URL + ward + "/tra-cuu");
            assertThat(entries.keySet()).as(ward).allMatch(loc -> loc.startsWith(PUBLIC_URL + ward));
            lastModified.putAll(entries);
        }
        Map<String, String> dongCuu = urls(xml(http.get("/xa-dong-cuu/sitemap.xml").body()));
        List<String> shown = publishedSlugs("1, 10, 101");
        assertThat(dongCuu.keySet().stream().filter(loc -> loc.contains("/tin-tuc/")))
                .containsExactlyInAnyOrderElementsOf(shown.stream()
                        .map(slug -> PUBLIC_URL + "/xa-dong-cuu/tin-tuc/" + slug).toList());
        String article = PUBLIC_URL + "/xa-dong-cuu/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho";
        assertThat(Instant.parse(dongCuu.get(article))).isBefore(Instant.now());
        assertThat(dongCuu).doesNotContainKey(PUBLIC_URL + "/xa-dong-cuu/tin-tuc/" + THANH_DONG_SEED);
        assertThat(lastModified).containsKey(PUBLIC_URL + "/phuong-thanh-dong/tin-tuc/" + THANH_DONG_SEED);
        assertThat(dongCuu.keySet()).anyMatch(loc -> loc.startsWith(PUBLIC_URL + "/xa-dong-cuu/van-ban/"));
        String firstDocument = PortalHttp.json(http.get("/api/documents")).getJsonArray("documents")
                .getJsonObject(0).getString("id");
        assertThat(lastModified.keySet()).filteredOn(loc -> loc.endsWith("/van-ban/" + firstDocument)).hasSize(1);
    }

    @Test
    void should_tell_crawlers_what_to_skip_and_where_the_sitemap_is() {
        HttpResponse<String> robots = http.get("/robots.txt", "Accept", "text/plain");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body().lines()).contains("User-agent: *", "Allow: /", "Disallow: /quan-tri/",
                "Disallow: /api/", "Disallow: /dang-nhap", "Disallow: /tra-cuu", "Disallow: /*/tra-cuu$",
                "Disallow: /*/tra-cuu?", "Disallow: /phan-anh/anh/",
                "Sitemap: " + PUBLIC_URL + "/sitemap.xml");
    }

    @Test
    void should_serve_a_published_cover_to_anyone_and_a_drafts_cover_only_to_editors() {
        // given
        String publicCover = fixture.warning().getString("coverUrl");
        String draftCover = fixture.draft().getString("coverUrl");
        assertThat(publicCover).matches("/tin-tuc/anh/[0-9a-f]{64}\\.jpg");
        assertThat(draftCover).matches("/tin-tuc/anh/[0-9a-f]{64}\\.jpg").isNotEqualTo(publicCover);

        // when / then: the published article's cover
        HttpResponse<String> cover = http.get(publicCover, "Accept", "image/*");
        assertThat(cover.statusCode()).isEqualTo(200);
        assertThat(cover.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(cover.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cover.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");

        // when / then: the draft's cover
        assertThat(http.get(draftCover, "Accept", "image/*").statusCode()).isEqualTo(404);
        HttpResponse<String> forEditor = http.get(draftCover, "Cookie",
                http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD));
        assertThat(forEditor.statusCode()).isEqualTo(200);
        assertThat(forEditor.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(forEditor.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // when / then: anything else
        String sha = publicCover.substring("/tin-tuc/anh/".length(), publicCover.length() - 4);
        for (String path : List.of("/tin-tuc/anh/" + sha + ".png", "/tin-tuc/anh/" + sha, "/tin-tuc/anh/" + sha + ".JPG",
                "/tin-tuc/anh/" + "0".repeat(64) + ".jpg", "/tin-tuc/anh/", "/tin-tuc/anh")) {
            assertThat(http.get(path, "Accept", "image/*").statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void should_show_the_latest_articles_and_the_warnings_block_on_the_home_page() {
        // when
        browser().get(url("/xa-dong-cuu"));

        // then
        WebElement warnings = browser.findElement(By.id("home-warnings"));
        assertThat(warnings.findElement(By.tagName("h2")).getText()).contains("Cảnh báo vi phạm");
        List<String> warningTitles = warnings.findElements(By.cssSelector(".news-card__title")).stream()
                .map(WebElement::getText).toList();
        assertThat(warningTitles).hasSizeBetween(1, 3).first().isEqualTo(fixture.warning().getString("title"));
        assertThat(warningTitles).as("a warning of Hải Phòng").doesNotContain("Cách nhận biết hàng giả và đọc nhãn hàng hóa");
        WebElement all = warnings.findElement(By.cssSelector(".home-warnings__more a"));
        assertThat(all.getAttribute("href")).endsWith("/tin-tuc?chuyen-muc=canh-bao-vi-pham");
        assertThat(all.getText()).startsWith("Xem tất cả cảnh báo (");
        List<String> news = browser.findElements(By.cssSelector("#home-news .news-card__title")).stream()
                .map(WebElement::getText).toList();
        assertThat(news).hasSizeBetween(3, 9).doesNotHaveDuplicates().doesNotContainAnyElementsOf(warningTitles)
                .contains(QUOTED_TITLE, "Kiểm tra cân bằng cân đối chứng tại chợ");
        assertThat(browser.findElement(By.id("home-report")).getText()).contains("Gửi phản ánh ngay");
        assertThat(browser.getPageSource()).doesNotContain(fixture.draft().getString("title"));
        assertThat(browser.findElements(By.cssSelector(".cards .card"))).hasSize(4);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ChromeDriver browser() {
        if (browser == null) {
            browser = HeadlessChromium.start();
        }
        return browser;
    }

    private String meta(String attribute, String name) {
        return browser.findElement(By.cssSelector("meta[" + attribute + "='" + name + "']")).getAttribute("content");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The slugs of the published articles of the given units ({@code "1, 10, 101"}). */
    private static List<String> publishedSlugs(String unitIds) throws SQLException {
        try (Connection db = IntegrationDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT slug FROM article WHERE status = 'published' AND unit_id IN (" + unitIds + ")");
             java.sql.ResultSet rows = query.executeQuery()) {
            List<String> slugs = new ArrayList<>();
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
            return slugs;
        }
    }

    /** The addresses a sitemap or sitemap index names. */
    private static List<String> locs(Document sitemap) {
        NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP, "loc");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            addresses.add(locs.item(i).getTextContent());
        }
        return addresses;
    }

    /** A sitemap's addresses with their last change ("" when it gives none). */
    private static Map<String, String> urls(Document sitemap) {
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        Map<String, String> lastModified = new java.util.LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element entry = (Element) urls.item(i);
            NodeList lastmod = entry.getElementsByTagNameNS(SITEMAP, "lastmod");
            lastModified.put(entry.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
        return lastModified;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String child(Element parent, String name) {
        return elements(parent, name).get(0).getTextContent();
    }

    /** "rel href" of the element's own links (not its entries'). */
    private static Set<String> links(Element parent) {
        Set<String> links = new LinkedHashSet<>();
        for (Element link : elements(parent, "link")) {
            if (link.getParentNode() == parent) {
                links.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
            }
        }
        return links;
    }

    private Fixture createFixture() throws IOException, SQLException {
        JsonObject warning = create("Cảnh báo: cân điện tử bị chỉnh sai tại chợ kiểm thử",
                "Đoàn kiểm tra của phường phát hiện một chiếc cân điện tử bị chỉnh lệch 150 gam mỗi kilôgam.",
                "<p>Đoàn kiểm tra phát hiện chiếc cân bị chỉnh sai. Người mua nên cân lại ở <strong>cân đối chứng</strong>"
                        + " của chợ.</p><h2>Cách tự kiểm tra</h2><p>Xem thêm <a href=\"/van-ban\">các văn bản</a>.</p>",
                "canh-bao-vi-pham", List.of("cân điện tử", "kiểm thử tin tức"), "Đội kiểm tra liên ngành phường");
        setCover(warning, jpeg(Color.RED), "Chiếc cân điện tử bị chỉnh sai");
        warning = publish(warning);
        JsonObject quoted = publish(create(QUOTED_TITLE, "Những câu hỏi thường gặp về cân đối chứng ở chợ.",
                "<p>Cân đối chứng đặt ở nơi dễ thấy trong chợ.</p>", "chat-luong", List.of("cân đối chứng"),
                "Trung tâm Văn hóa – Thể thao phường"));
        List<JsonObject> fillers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            fillers.add(publish(create("Hoạt động kiểm thử số " + i, "Tin hoạt động của phường số " + i + ".",
                    "<p>Nội dung tin hoạt động số " + i + ".</p>", "hoat-dong-cua-phuong", List.of("kiểm thử tin tức"),
                    "Trung tâm Văn hóa – Thể thao phường")));
        }
        JsonObject draft = create("Bản nháp chưa đăng về hàng giả", "Bản nháp, chưa được duyệt.",
                "<p>Chưa đăng.</p>", "canh-bao-vi-pham", List.of("bản nháp kiểm thử"), "Biên tập viên");
        draft = setCover(draft, jpeg(Color.BLUE), "Ảnh của bản nháp");
        storeArticleWithScriptInTitle();
        storeProvinceArticles();
        return new Fixture(warning, quoted, draft, fillers);
    }

    private JsonObject create(String title, String summary, String body, String category, List<String> tags,
                              String author) {
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tags.forEach(tagArray::add);
        String json = Json.createObjectBuilder().add("title", title).add("summary", summary).add("bodyHtml", body)
                .add("categoryCode", category).add("tags", tagArray).add("author", author).build().toString();
        HttpResponse<String> created = http.send("POST", "/api/admin/articles", JSON, json, PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created);
    }

    private JsonObject setCover(JsonObject article, byte[] jpeg, String alt) {
        HttpResponse<String> response = http.sendBytes("PUT", "/api/admin/articles/" + article.getJsonNumber("id")
                + "/cover?alt=" + encode(alt), "image/jpeg", jpeg, PortalHttp.admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response);
    }

    private JsonObject publish(JsonObject article) {
        String path = "/api/admin/articles/" + article.getJsonNumber("id");
        HttpResponse<String> submitted = http.send("POST", path + "/submit", null, "", PortalHttp.admin());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> published = http.send("POST", path + "/publish", null, "", PortalHttp.admin());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return PortalHttp.json(published);
    }

    /**
     * The editors' API refuses markup in a title; this article is written into the database directly, to check that
     * the pages, the structured data and the feeds escape a title whatever it holds.
     */
    /**
     * Two older articles of tỉnh Bắc Ninh (unit 10), stored directly: xã Đông Cứu shows its province's news, and with
     * them its list has a second page while its home keeps showing the newest.
     */
    private static void storeProvinceArticles() throws SQLException {
        try (Connection db = IntegrationDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO article (unit_id, slug, title, summary,"
                     + " body_html, category_code, tags, author, featured, status, published_at, first_published_at,"
                     + " created_by, created_at, updated_by, updated_at, revision_count)"
                     + " VALUES (10, ?, ?, 'Tin của tỉnh.', '<p>Tin của tỉnh.</p>', 'hoat-dong-cua-phuong', '', '',"
                     + " FALSE, 'published', UTC_TIMESTAMP(3) - INTERVAL 2 DAY, UTC_TIMESTAMP(3) - INTERVAL 2 DAY,"
                     + " 'kiem-thu', UTC_TIMESTAMP(3), 'kiem-thu', UTC_TIMESTAMP(3) - INTERVAL 2 DAY, 1)")) {
            for (int i = 1; i <= 2; i++) {
                insert.setString(1, "tin-tinh-bac-ninh-kiem-thu-" + i);
                insert.setString(2, "Tin tỉnh Bắc Ninh kiểm thử số " + i);
                insert.executeUpdate();
            }
        }
    }

    private static void storeArticleWithScriptInTitle() throws SQLException {
        // an article of xã Đông Cứu (unit 101), the ward whose pages the test reads
        try (Connection db = IntegrationDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO article (unit_id, slug, title, summary,"
                     + " body_html, category_code, tags, author, featured, status, published_at, first_published_at,"
                     + " created_by, created_at, updated_by, updated_at, revision_count)"
                     + " VALUES (101, ?, ?, ?, ?, 'tieu-chuan', ?, ?,"
                     + " FALSE, 'published', UTC_TIMESTAMP(3) - INTERVAL 1 HOUR, UTC_TIMESTAMP(3) - INTERVAL 1 HOUR,"
                     + " 'kiem-thu', UTC_TIMESTAMP(3), 'kiem-thu', UTC_TIMESTAMP(3) - INTERVAL 1 HOUR, 1)")) {
            insert.setString(1, SCRIPT_SLUG);
            insert.setString(2, SCRIPT_TITLE);
            insert.setString(3, "Tóm tắt có \"</script><script>alert(2)</script>");
            insert.setString(4, "<p>Nội dung bình thường.</p>");
            insert.setString(5, "kiểm thử tin tức");
            insert.setString(6, "</script><b>Tác giả</b>");
            insert.executeUpdate();
        }
    }

    private static byte[] jpeg(Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
