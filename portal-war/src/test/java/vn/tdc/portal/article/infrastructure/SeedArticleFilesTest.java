package vn.tdc.portal.article.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.knowledge.document.application.DocumentFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedArticleFilesTest {

    private static final Set<String> CATEGORIES = Set.of("tieu-chuan", "do-luong", "chat-luong",
            "truy-xuat-nguon-goc", "canh-bao-vi-pham", "hoat-dong-cua-phuong");
    private static final Pattern TAG_NAME = Pattern.compile("</?\\s*([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");

    private static final String VALID = """
            ---
            slug: bai-mau
            title: Bài mẫu: cân đúng, bán thật
            summary: Một bài để thử.
            category: do-luong
            tags: cân đối chứng, chợ
            author: Trung tâm Văn hóa – Thể thao phường
            featured: true
            published: 2026-11-02T08:00:00+07:00
            ---
            <p>Xem <a href="/phan-anh">trang phản ánh</a>.</p>
            """;

    @TempDir
    Path directory;

    @Test
    void should_read_the_six_articles_shipped_in_content_articles() {
        // when
        List<SeedArticle> articles = new SeedArticleFiles().load();

        // then
        assertThat(articles).extracting(SeedArticle::slug).containsExactlyInAnyOrder(
                "kiem-tra-can-bang-can-doi-chung-tai-cho",
                "cach-nhan-biet-hang-gia-va-doc-nhan-hang-hoa",
                "ma-qr-truy-xuat-nguon-goc-cho-biet-gi",
                "phan-anh-can-thieu-tren-cong-thong-tin",
                "chi-thi-38-ct-tw-yeu-cau-gi-o-cap-phuong",
                "cot-bom-xang-dau-va-cach-kiem-tra-bom-thieu");
        assertThat(articles).allSatisfy(a -> assertThat(a.fileName()).isEqualTo(a.slug() + ".html"));
        assertThat(articles).extracting(SeedArticle::publishedAt).isSorted();
    }

    @Test
    void should_give_the_shipped_articles_unique_slugs_known_categories_and_two_to_five_lower_case_tags() {
        // when
        List<SeedArticle> articles = new SeedArticleFiles().load();

        // then
        assertThat(articles).extracting(SeedArticle::slug).doesNotHaveDuplicates();
        assertThat(articles).extracting(SeedArticle::categoryCode).allMatch(CATEGORIES::contains);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.tags()).as(a.fileName()).hasSizeBetween(2, 5).allMatch(t -> t.equals(t.toLowerCase()));
            assertThat(a.title()).as(a.fileName()).isNotBlank();
            assertThat(a.summary()).as(a.fileName()).isNotBlank();
            assertThat(a.author()).as(a.fileName()).isNotBlank();
        });
    }

    @Test
    void should_write_every_shipped_body_in_400_to_900_words_with_only_the_allowed_tags_and_internal_links() {
        // when
        List<SeedArticle> articles = new SeedArticleFiles().load();

        // then
        assertThat(articles).allSatisfy(a -> {
            assertThat(wordCount(a.bodyHtml())).as(a.fileName() + " words").isBetween(400, 900);
            assertThat(tagNames(a.bodyHtml())).as(a.fileName() + " tags")
                    .isNotEmpty()
                    .allMatch(SeedArticleFiles.ALLOWED_TAGS::contains);
            assertThat(a.bodyHtml().toLowerCase()).as(a.fileName()).doesNotContain("<script", "javascript:");
            assertThat(hrefs(a.bodyHtml())).as(a.fileName() + " links")
                    .allMatch(h -> h.startsWith("/") && !h.startsWith("//"));
        });
    }

    @Test
    void should_link_articles_only_to_pages_and_articles_that_exist() {
        // given
        List<SeedArticle> articles = new SeedArticleFiles().load();
        Set<String> pages = Set.of("/phan-anh", "/tra-cuu", "/hoi-dap", "/van-ban", "/thong-ke");
        Set<String> articlePaths = Set.copyOf(articles.stream().map(a -> "/tin-tuc/" + a.slug()).toList());

        // when
        List<String> links = articles.stream().flatMap(a -> hrefs(a.bodyHtml()).stream()).toList();

        // then
        assertThat(links).isNotEmpty().allMatch(h -> pages.contains(h) || articlePaths.contains(h));
    }

    @Test
    void should_feature_the_scale_guide_and_the_report_guide_only() {
        // when
        List<SeedArticle> articles = new SeedArticleFiles().load();

        // then
        assertThat(articles).filteredOn(SeedArticle::featured).extracting(SeedArticle::slug)
                .containsExactlyInAnyOrder("kiem-tra-can-bang-can-doi-chung-tai-cho",
                        "phan-anh-can-thieu-tren-cong-thong-tin");
    }

    @Test
    void should_publish_the_shipped_articles_in_october_and_november_2026_before_21_november() {
        // when
        List<SeedArticle> articles = new SeedArticleFiles().load();

        // then
        assertThat(articles).extracting(SeedArticle::publishedAt).allMatch(p ->
                !p.isBefore(Instant.parse("2026-09-30T17:00:00Z")) && p.isBefore(Instant.parse("2026-11-20T17:00:00Z")));
    }

    @Test
    void should_read_every_field_of_the_front_matter() {
        // when
        SeedArticle article = SeedArticleFiles.parse(VALID, "bai-mau.html");

        // then
        assertThat(article.slug()).isEqualTo("bai-mau");
        assertThat(article.title()).isEqualTo("Bài mẫu: cân đúng, bán thật");
        assertThat(article.summary()).isEqualTo("Một bài để thử.");
        assertThat(article.categoryCode()).isEqualTo("do-luong");
        assertThat(article.tags()).containsExactly("cân đối chứng", "chợ");
        assertThat(article.author()).isEqualTo("Trung tâm Văn hóa – Thể thao phường");
        assertThat(article.featured()).isTrue();
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-02T01:00:00Z"));
        assertThat(article.bodyHtml()).isEqualTo("<p>Xem <a href=\"/phan-anh\">trang phản ánh</a>.</p>");
        assertThat(article.fileName()).isEqualTo("bai-mau.html");
    }

    @Test
    void should_default_to_not_featured_without_tags_or_author() {
        // given
        String text = VALID.replace("featured: true\n", "").replace("tags: cân đối chứng, chợ\n", "")
                .replace("author: Trung tâm Văn hóa – Thể thao phường\n", "author:\n");

        // when
        SeedArticle article = SeedArticleFiles.parse(text, "bai-mau.html");

        // then
        assertThat(article.featured()).isFalse();
        assertThat(article.tags()).isEmpty();
        assertThat(article.author()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing title        | title: Bài mẫu: cân đúng, bán thật       | title:                         | required field 'title' is missing or empty
            missing summary      | summary: Một bài để thử.                 | summary:                       | required field 'summary' is missing or empty
            missing category     | category: do-luong                       | category:                      | required field 'category' is missing or empty
            missing slug         | slug: bai-mau                            | slug:                          | required field 'slug' is missing or empty
            unknown field        | author:                                  | x-summary: a\\nauthor:          | unknown field 'x-summary'
            repeated field       | summary: Một bài để thử.                 | summary: a\\nsummary: b         | key 'summary' appears twice
            upper-case slug      | slug: bai-mau                            | slug: Bai-Mau                  | slug 'Bai-Mau' must be lower-case
            slug with spaces     | slug: bai-mau                            | slug: bài mẫu                  | slug 'bài mẫu' must be lower-case
            double hyphen slug   | slug: bai-mau                            | slug: bai--mau                 | slug 'bai--mau' must be lower-case
            missing published    | published: 2026-11-02T08:00:00+07:00     | published:                     | required field 'published' is missing or empty
            date without offset  | published: 2026-11-02T08:00:00+07:00     | published: 2026-11-02 08:00    | published '2026-11-02 08:00' must be an ISO-8601 date-time
            featured not boolean | featured: true                           | featured: có                   | featured must be 'true' or 'false'
            upper-case tag       | tags: cân đối chứng, chợ                 | tags: Cân đối chứng            | tag 'Cân đối chứng' must be lower case
            repeated tag         | tags: cân đối chứng, chợ                 | tags: chợ, chợ                 | tag 'chợ' appears twice
            category not a code  | category: do-luong                       | category: Đo lường             | category 'Đo lường' must be a category code
            script in body       | <p>Xem                                   | <script>alert(1)</script><p>Xem | tag <script> is not allowed
            external link        | href="/phan-anh"                         | href="https://example.com"     | a link needs exactly one internal href
            protocol-relative    | href="/phan-anh"                         | href="//example.com/x"         | a link needs exactly one internal href
            attribute on p       | <p>Xem                                   | <p onclick="x()">Xem           | tags take no attributes
            comment in body      | <p>Xem                                   | <!-- nháp --><p>Xem            | unexpected '<' in the body
            """)
    void should_refuse_a_malformed_file_naming_the_file_and_the_problem(String problem, String original,
                                                                        String replacement, String message) {
        // given
        String text = VALID.replace(original, replacement.replace("\\n", "\n"));
        assertThat(text).as(problem).isNotEqualTo(VALID);

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.parse(text, "hong.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("hong.html: ")
                .hasMessageContaining(message);
    }

    @Test
    void should_refuse_a_slug_longer_than_120_characters() {
        // given
        String slug = "a".repeat(121);

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.parse(VALID.replace("slug: bai-mau", "slug: " + slug), "dai.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("dai.html: ")
                .hasMessageContaining("at most 120 characters");
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @CsvSource({"title, 300", "summary, 1000", "author, 200", "tags, 500"})
    void should_refuse_a_field_longer_than_its_column(String field, int maxLength) {
        // given
        String tooLong = field.equals("tags")
                ? IntStream.range(0, 100).mapToObj(i -> "thẻ " + i).collect(Collectors.joining(", "))
                : "ắ".repeat(maxLength + 1);
        String text = VALID.replaceFirst("(?m)^" + field + ":.*$", field + ": " + tooLong);
        assertThat(text).isNotEqualTo(VALID);

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.parse(text, "dai.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("dai.html: " + field + " is ")
                .hasMessageEndingWith("at most " + maxLength + " are allowed");
    }

    @Test
    void should_refuse_a_file_without_front_matter() {
        assertThatThrownBy(() -> SeedArticleFiles.parse("<p>Chỉ có nội dung.</p>\n", "tron.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("tron.html: ")
                .hasMessageContaining("front-matter header");
    }

    @Test
    void should_refuse_a_front_matter_that_is_never_closed() {
        assertThatThrownBy(() -> SeedArticleFiles.parse("---\nslug: bai-mau\ntitle: Bài\n", "mo.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("mo.html: ")
                .hasMessageContaining("not closed");
    }

    @Test
    void should_refuse_an_article_without_body() {
        // given
        String text = VALID.substring(0, VALID.lastIndexOf("---") + 3) + "\n\n";

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.parse(text, "rong.html"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("rong.html: the article has no body after the front matter");
    }

    @Test
    void should_refuse_two_files_with_the_same_slug_naming_both() throws IOException {
        // given
        write("a.html", VALID);
        write("b.html", VALID);

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.loadDirectory(directory))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("b.html: slug 'bai-mau' is already used by a.html");
    }

    @Test
    void should_fail_the_whole_directory_when_one_file_is_malformed() throws IOException {
        // given
        write("bai-mau.html", VALID);
        write("hong.html", VALID.replace("slug: bai-mau", "slug: hong").replace("title: Bài mẫu: cân đúng, bán thật\n", ""));

        // when / then
        assertThatThrownBy(() -> SeedArticleFiles.loadDirectory(directory))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("hong.html: required field 'title' is missing or empty");
    }

    @Test
    void should_skip_notes_and_other_files_and_order_by_publication() throws IOException {
        // given
        write("_FORMAT.md", "# notes");
        write("_nhap.html", "not an article");
        write(".an.html", "not an article");
        write("ghi-chu.txt", "not an article");
        write("moi.html", VALID.replace("slug: bai-mau", "slug: moi"));
        write("cu.html", VALID.replace("slug: bai-mau", "slug: cu")
                .replace("2026-11-02T08:00:00+07:00", "2026-10-01T08:00:00+07:00"));

        // when
        List<SeedArticle> articles = SeedArticleFiles.loadDirectory(directory);

        // then
        assertThat(articles).extracting(SeedArticle::slug).containsExactly("cu", "moi");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static int wordCount(String html) {
        String text = ANY_TAG.matcher(html).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static Set<String> tagNames(String html) {
        Matcher m = TAG_NAME.matcher(html);
        Set<String> names = new HashSet<>();
        while (m.find()) {
            names.add(m.group(1).toLowerCase());
        }
        return names;
    }

    private static List<String> hrefs(String html) {
        return HREF.matcher(html).results().map(r -> r.group(1)).toList();
    }
}
