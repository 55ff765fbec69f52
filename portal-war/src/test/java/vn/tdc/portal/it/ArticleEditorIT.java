package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' side of the news on a real Payara and MariaDB: an article written in headless Chromium with the
 * rich-text editor, sent for review, refused to its own writer by the four-eyes rule, published by a second editor
 * and then found by a resident searching without diacritics; and the editors' API — what is refused (markup in
 * plain fields, script in the body, a taken address, a schedule in the past, forged or oversized covers, callers
 * without the role), scheduled publishing, revisions, and that only published articles are ever public.
 */
class ArticleEditorIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String API = "/api/admin/articles";
    private static final String WRITER = "bientap.lan";
    private static final String WRITER_PASSWORD = "Viet-bai-2026-Lan";
    private static final String REVIEWER = "bientap.minh";
    private static final String REVIEWER_PASSWORD = "Duyet-bai-2026-Minh";
    private static final String OFFICER = "canbo.tintuc";
    private static final String OFFICER_PASSWORD = "Can-bo-2026-Tin";
    private static final String FOUR_EYES = "Bài phải được một biên tập viên khác (hoặc quản trị viên) duyệt đăng, "
            + "không phải người đã gửi duyệt.";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static boolean accountsCreated;


    @BeforeEach
    void accounts() {
        if (!accountsCreated) {
            // the culture centre and the officer of xã Đông Cứu: their articles are the ward's news
            ensureAccountIn("xa-dong-cuu", WRITER, "Nguyễn Thị Lan", WRITER_PASSWORD, "EDITOR");
            ensureAccountIn("xa-dong-cuu", REVIEWER, "Trần Văn Minh", REVIEWER_PASSWORD, "EDITOR");
            ensureAccountIn("xa-dong-cuu", OFFICER, "Lê Văn Cán", OFFICER_PASSWORD, "OFFICER");
            accountsCreated = true;
        }
    }

    @Test
    void should_publish_an_article_written_in_the_browser_only_through_a_second_editor_and_let_residents_find_it()
            throws Exception {
        String title = "Cân đối chứng tại chợ Đông Cứu";
        String slug = "can-doi-chung-tai-cho-dong-cuu";

        // given the writer, logged in, opens a new article from the list
        logIn(WRITER, WRITER_PASSWORD, "/quan-tri/tin-tuc");
        browser.findElement(By.id("new-article")).click();
        wait.until(ExpectedConditions.urlContains("/quan-tri/tin-tuc/soan"));
        assertThat(browser.findElement(By.id("article:author")).getAttribute("value")).isEqualTo("Nguyễn Thị Lan");

        // when the article is written, part of it in bold with the editor's toolbar, and saved
        browser.findElement(By.id("article:title")).sendKeys(title);
        browser.findElement(By.id("article:summary")).sendKeys("Chợ Đông Cứu đặt cân đối chứng để người dân tự cân lại hàng.");
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#article\\:body .ql-editor")));
        body.click();
        body.sendKeys("Người dân có thể ");
        toolbar("ql-bold").click();
        body.sendKeys("cân lại miễn phí");
        toolbar("ql-bold").click();
        body.sendKeys(" tại quầy cân đối chứng.");
        HeadlessChromium.choose(browser, "article:category", "Đo lường");
        browser.findElement(By.id("article:save")).click();

        // then it is a draft with the address made from its title, and the bold text is stored
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article:messages"), "Đã lưu bài viết"));
        wait.until(ExpectedConditions.attributeToBe(By.id("article:slug"), "value", slug));
        assertThat(status()).isEqualTo("Bản nháp");
        assertThat(browser.getCurrentUrl()).contains("/quan-tri/tin-tuc/soan?id=");
        assertThat(articleColumn("body_html", slug)).contains("<strong>cân lại miễn phí</strong>");
        assertThat(articleColumn("status", slug)).isEqualTo("draft");
        assertThat(publicSlugs()).doesNotContain(slug);
        assertThat(AxeAudit.violations(browser)).as("axe-core, editor with a saved draft").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console: editor under the content security policy").isEmpty();

        // when the writer sends it for review and then tries to publish it
        browser.findElement(By.id("article:submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-status"), "Chờ duyệt"));
        browser.findElement(By.id("article:publish")).click();

        // then the four-eyes rule refuses, in Vietnamese, and the article stays in review
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article:messages"), FOUR_EYES));
        assertThat(status()).isEqualTo("Chờ duyệt");
        assertThat(articleColumn("status", slug)).isEqualTo("review");
        String editorPath = "/quan-tri/tin-tuc/soan?id=" + articleColumn("id", slug);
        quitBrowser();

        // when a second editor opens it and publishes it
        logIn(REVIEWER, REVIEWER_PASSWORD, editorPath);
        assertThat(browser.findElement(By.id("article-submitted-by")).getText()).isEqualTo("Nguyễn Thị Lan");
        browser.findElement(By.id("article:publish")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-status"), "Đã đăng"));
        long published = System.nanoTime();
        assertThat(articleColumn("published_by", slug)).isEqualTo(REVIEWER);
        assertThat(articleColumn("revision_count", slug)).as("workflow steps without changes save nothing").isEqualTo("1");
        assertThat(browser.findElement(By.id("article:slug")).isEnabled()).isFalse();
        quitBrowser();

        // then a resident, not logged in, finds it within seconds by a query typed without diacritics
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, BROWSER_WAIT).ignoring(StaleElementReferenceException.class);
        String searchUrl = url("tim-kiem?q=" + URLEncoder.encode("can doi chung cho dong cuu", StandardCharsets.UTF_8));
        By result = By.cssSelector("a.result__title[href$='/tin-tuc/" + slug + "']");
        assertThat(eventually(Duration.ofSeconds(10), () -> {
            browser.get(searchUrl);
            return !browser.findElements(result).isEmpty();
        })).as("found by the search page within 10 s").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(15));

        // and opens it at its address, bold text included
        browser.findElement(result).click();
        wait.until(ExpectedConditions.urlContains("/tin-tuc/" + slug));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".news-article__body strong")).getText())
                .isEqualTo("cân lại miễn phí");
    }

    @Test
    void should_set_a_cover_then_read_and_restore_an_earlier_revision_in_the_browser() throws Exception {
        // given an article written through the API and opened by its writer
        int n = SEQUENCE.incrementAndGet();
        String oldTitle = "Chợ phiên an toàn " + n;
        long id = id(create(article(oldTitle, null, null), WRITER));
        logIn(WRITER, WRITER_PASSWORD, "/quan-tri/tin-tuc/soan?id=" + id);
        Path files = Files.createTempDirectory("article-cover");

        // when a PHP script named like a photo is chosen as the cover and the article saved
        Path forged = Files.writeString(files.resolve("anh-cho.jpg"), "<?php system($_GET['c']); ?>");
        browser.findElement(By.id("article:cover")).sendKeys(forged.toString());
        browser.findElement(By.id("article:save")).click();

        // then it is refused next to the cover input, and the article has no cover
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article:coverPanel"), "Chỉ nhận ảnh JPEG"));
        assertThat(browser.findElement(By.id("article:messages")).getText())
                .contains("Bài viết đã được lưu, nhưng ảnh đại diện chưa được nhận.");
        assertThat(browser.findElements(By.id("cover-image"))).isEmpty();
        assertThat(articleColumnById("cover_sha256", id)).isNull();

        // when a real picture is chosen with a description, and the title changed
        Path picture = Files.write(files.resolve("can-doi-chung.png"), png(64, 48));
        browser.findElement(By.id("article:cover")).sendKeys(picture.toString());
        browser.findElement(By.id("article:coverAlt")).sendKeys("Quầy cân đối chứng");
        WebElement title = browser.findElement(By.id("article:title"));
        title.clear();
        title.sendKeys("Chợ phiên an toàn, đủ cân " + n);
        browser.findElement(By.id("article:save")).click();

        // then the cover is shown and stored, with its description
        WebElement cover = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cover-image")));
        assertThat(cover.getAttribute("alt")).isEqualTo("Quầy cân đối chứng");
        assertThat(articleColumnById("cover_sha256", id)).hasSize(64);
        assertThat(articleColumnById("title", id)).isEqualTo("Chợ phiên an toàn, đủ cân " + n);

        // when the first revision is read
        List<WebElement> views = browser.findElements(By.cssSelector("[id$=':viewRevision']"));
        views.get(views.size() - 1).click();

        // then it shows that revision's content, read-only
        wait.until(ExpectedConditions.textToBe(By.id("revision-title"), oldTitle));
        assertThat(browser.findElement(By.id("revision-body")).getText()).contains("Nội dung bài viết về đo lường");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#revisionDialog .ui-dialog-titlebar-close")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("revisionDialog")));

        // when it is restored, after confirming
        List<WebElement> restores = browser.findElements(By.cssSelector("[id$=':restoreRevision']"));
        restores.get(restores.size() - 1).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        // then the old title is back on the page and stored, as a new revision
        wait.until(ExpectedConditions.attributeToBe(By.id("article:title"), "value", oldTitle));
        assertThat(browser.findElement(By.id("article:messages")).getText()).contains("Đã khôi phục phiên bản 1");
        assertThat(articleColumnById("title", id)).isEqualTo(oldTitle);
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM article_revision WHERE article_id = " + id)).isEqualTo(5);
        assertThat(browser.findElements(By.id("cover-image"))).as("revision 1 had no cover").isEmpty();
    }

    @Test
    void should_refuse_markup_in_the_title_and_store_nothing() throws Exception {
        // given
        long before = IntegrationDatabase.count("SELECT COUNT(*) FROM article");

        // when a title carries a script
        HttpResponse<String> response = create(article("<script>alert('x')</script>Tin giả mạo", null, null), WRITER);

        // then it is refused on the title field, and no article is stored
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("title");
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM article")).isEqualTo(before);
    }

    @Test
    void should_refuse_a_body_with_script_or_event_handlers() throws Exception {
        long before = IntegrationDatabase.count("SELECT COUNT(*) FROM article");
        for (String body : List.of("<p>Tin tốt</p><script>document.location='https://x.example'</script>",
                "<p>Ảnh <img src=x onerror=alert(1)></p>")) {
            // when
            HttpResponse<String> response = create(article("Bài có mã độc " + SEQUENCE.incrementAndGet(), body, null), WRITER);

            // then
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(fields(response)).as(body).containsExactly("bodyHtml");
        }
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM article")).isEqualTo(before);
    }

    @Test
    void should_keep_the_allowed_formatting_and_drop_styles_from_the_body() {
        // given a body with every format the editor offers and an inline style
        String body = "<h2>Mục một</h2><p><strong>đậm</strong> <em>nghiêng</em> <u>gạch chân</u> <s>gạch ngang</s></p>"
                + "<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích dẫn</blockquote>"
                + "<p><span style=\"color:red;font-size:40px\">chữ đỏ</span> "
                + "<a href=\"https://tcvn.gov.vn\">liên kết</a></p>";

        // when it is saved
        HttpResponse<String> response = create(article("Định dạng cho phép " + SEQUENCE.incrementAndGet(), body, null), WRITER);

        // then the formatting is kept, the style is not, and links are marked nofollow
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String stored = PortalHttp.json(response).getString("bodyHtml");
        assertThat(stored).contains("<h2>Mục một</h2>", "<strong>đậm</strong>", "<em>nghiêng</em>", "<u>gạch chân</u>",
                "<s>gạch ngang</s>", "<ul><li>một</li></ul>", "<ol><li>hai</li></ol>", "<blockquote>trích dẫn</blockquote>",
                "chữ đỏ", "href=\"https://tcvn.gov.vn\"", "nofollow");
        assertThat(stored).doesNotContain("style", "color:red");
    }

    @Test
    void should_refuse_an_address_already_taken_by_another_article() {
        // given
        String slug = "dia-chi-trung-" + SEQUENCE.incrementAndGet();
        assertThat(create(article("Bài thứ nhất " + slug, null, slug), WRITER).statusCode()).isEqualTo(201);

        // when another article asks for the same address
        HttpResponse<String> second = create(article("Bài thứ hai " + slug, null, slug), WRITER);

        // then it is a conflict on the slug field
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(fields(second)).containsExactly("slug");
        assertThat(message(second, "slug")).contains(slug);
    }

    @Test
    void should_refuse_a_schedule_in_the_past_with_a_vietnamese_reason() {
        // given an article in review
        long id = inReview("Hẹn giờ quá khứ " + SEQUENCE.incrementAndGet());

        // when the reviewer schedules it an hour ago
        HttpResponse<String> response = schedule(id, OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1));

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(PortalHttp.json(response).getJsonObject("error").getString("message"))
                .isEqualTo("Thời điểm hẹn đăng phải ở tương lai.");
        assertThat(view(id).getString("statusCode")).isEqualTo("review");
    }

    @Test
    void should_publish_a_scheduled_article_by_itself_when_its_time_comes() throws Exception {
        // given an article in review, scheduled three seconds ahead by the reviewer
        long id = inReview("Hẹn giờ đăng " + SEQUENCE.incrementAndGet());
        HttpResponse<String> scheduled = schedule(id, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        JsonObject view = PortalHttp.json(scheduled);
        assertThat(view.getString("statusCode")).isEqualTo("review");
        assertThat(view.getString("scheduledAt")).isNotBlank();
        String slug = view.getString("slug");
        assertThat(http.get("/api/articles/" + slug).statusCode()).isEqualTo(404);

        // when its time has come, then the portal publishes it without anyone doing anything
        assertThat(eventually(Duration.ofSeconds(20), () -> http.get("/api/articles/" + slug).statusCode() == 200))
                .as("published within 20 s").isTrue();
        assertThat(articleColumn("status", slug)).isEqualTo("published");
        assertThat(articleColumn("published_by", slug)).isEqualTo(REVIEWER);
    }

    /**
     * On several nodes, scheduled articles are published by one node at a time: while another node (here: this test's
     * connection) holds the named lock of the check, this node publishes nothing; once the lock is let go, it does.
     */
    @Test
    void should_leave_scheduled_publishing_to_the_node_that_holds_the_publishing_lock() throws Exception {
        // given another node holding the lock of scheduled publishing, and an article whose time comes in two seconds
        long id = inReview("Hẹn giờ khi nút khác đang đăng " + SEQUENCE.incrementAndGet());
        String slug;
        try (Connection otherNode = IntegrationDatabase.connect()) {
            assertThat(namedLock(otherNode, "SELECT GET_LOCK(" + PUBLISH_LOCK + ", 10)")).isEqualTo(1);
            HttpResponse<String> scheduled = schedule(id, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2));
            assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
            slug = PortalHttp.json(scheduled).getString("slug");

            // when this node's checks (every 2 s in the tests) pass after its time
            Thread.sleep(6_000);

            // then this node has left it alone
            assertThat(articleColumn("status", slug)).isEqualTo("review");
            assertThat(namedLock(otherNode, "SELECT RELEASE_LOCK(" + PUBLISH_LOCK + ")")).isEqualTo(1);
        }

        // and once the other node lets go, this node publishes it
        assertThat(eventually(Duration.ofSeconds(20), () -> http.get("/api/articles/" + slug).statusCode() == 200))
                .as("published within 20 s of the release").isTrue();
        assertThat(articleColumn("status", slug)).isEqualTo("published");
    }

    /** The portal's lock of scheduled publishing: named after the job and the database (ClusterLocks). */
    private static final String PUBLISH_LOCK = "CONCAT('tdc.articles.publish-due@', DATABASE())";

    private static int namedLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void should_refuse_a_forged_cover_with_400_and_an_oversized_one_with_413() throws Exception {
        // given
        long id = id(create(article("Ảnh đại diện " + SEQUENCE.incrementAndGet(), null, null), WRITER));

        // when a PHP script named like a JPEG is sent as the cover
        HttpResponse<String> forged = http.sendBytes("PUT", API + "/" + id + "/cover?alt=anh", "image/jpeg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8), as(WRITER));

        // then it is refused on the cover field
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(fields(forged)).containsExactly("cover");

        // when a 6 MB file is sent
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        HttpResponse<String> oversized = http.sendBytes("PUT", API + "/" + id + "/cover", "image/jpeg", large, as(WRITER));

        // then it is too large, and the article still has no cover
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
        assertThat(fields(oversized)).containsExactly("cover");
        assertThat(view(id).getString("coverUrl")).isEmpty();

        // when a real PNG is sent, it becomes the cover and is served as an image
        HttpResponse<String> png = http.sendBytes("PUT", API + "/" + id + "/cover?alt=" + URLEncoder.encode(
                "Cân đối chứng", StandardCharsets.UTF_8), "image/png", png(40, 30), as(WRITER));
        assertThat(png.statusCode()).as(png.body()).isEqualTo(200);
        String coverUrl = PortalHttp.json(png).getString("coverUrl");
        assertThat(coverUrl).matches("/tin-tuc/anh/[0-9a-f]{64}\\.png");
        assertThat(PortalHttp.json(png).getString("coverAlt")).isEqualTo("Cân đối chứng");
        assertThat(http.get(coverUrl, page(WRITER)).statusCode()).isEqualTo(200);
    }

    @Test
    void should_answer_an_officer_with_403_and_an_anonymous_caller_with_401() {
        // when
        HttpResponse<String> officer = http.get(API, PortalHttp.basicAuth(OFFICER, OFFICER_PASSWORD));
        HttpResponse<String> anonymous = http.get(API);
        HttpResponse<String> anonymousCreate = http.send("POST", API, JSON, article("Không ai", null, null));

        // then
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymousCreate.statusCode()).isEqualTo(401);
        assertThat(http.get("/quan-tri/tin-tuc", "Cookie", http.logIn(OFFICER, OFFICER_PASSWORD)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void should_bring_an_earlier_title_back_as_a_new_revision() {
        // given an article saved twice, the second time with the version the first save returned
        int n = SEQUENCE.incrementAndGet();
        HttpResponse<String> created = create(article("Tiêu đề cũ " + n, null, null), WRITER);
        long id = id(created);
        JsonObject first = PortalHttp.json(created);
        HttpResponse<String> updated = http.send("PUT", API + "/" + id, JSON,
                withVersion(article("Tiêu đề mới " + n, null, null), first.getJsonNumber("version").longValue()),
                as(WRITER));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        HttpResponse<String> again = http.send("PUT", API + "/" + id, JSON,
                withVersion(article("Tiêu đề mới " + n, null, null),
                        PortalHttp.json(updated).getJsonNumber("version").longValue()), as(WRITER));
        assertThat(again.statusCode()).as("the version a save returns is the one to send next: " + again.body())
                .isEqualTo(200);

        // when the first revision is restored
        HttpResponse<String> restored = http.send("POST", API + "/" + id + "/revisions/1/restore", JSON, "", as(WRITER));

        // then the old title is back, as a fourth revision that says where it came from
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        JsonObject view = PortalHttp.json(restored);
        assertThat(view.getString("title")).isEqualTo("Tiêu đề cũ " + n);
        JsonArray revisions = view.getJsonArray("revisions");
        assertThat(revisions).hasSize(4);
        assertThat(revisions.getJsonObject(0).getInt("number")).isEqualTo(4);
        assertThat(revisions.getJsonObject(0).getString("note")).isEqualTo("Khôi phục từ phiên bản 1");
        assertThat(revisions.getJsonObject(1).getString("title")).isEqualTo("Tiêu đề mới " + n);

        // and a revision can be read on its own
        HttpResponse<String> second = http.get(API + "/" + id + "/revisions/2", as(WRITER));
        assertThat(PortalHttp.json(second).getString("title")).isEqualTo("Tiêu đề mới " + n);
    }

    @Test
    void should_take_an_unpublished_article_out_of_the_public_list_and_search() throws Exception {
        // given a published article with a word of its own
        String word = "vuaxoaibantinh" + SEQUENCE.incrementAndGet();
        long id = inReview("Thông báo " + word);
        assertThat(post(id, "publish", REVIEWER).statusCode()).isEqualTo(200);
        String slug = view(id).getString("slug");
        assertThat(publicSlugs()).contains(slug);
        assertThat(eventually(Duration.ofSeconds(10), () -> searchFinds(word, slug))).as("indexed").isTrue();

        // when it is unpublished
        HttpResponse<String> unpublished = post(id, "unpublish", REVIEWER);

        // then it is a draft again, gone from the public list, its page and the search
        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
        assertThat(PortalHttp.json(unpublished).getString("statusCode")).isEqualTo("draft");
        assertThat(publicSlugs()).doesNotContain(slug);
        assertThat(http.get("/api/articles/" + slug).statusCode()).isEqualTo(404);
        assertThat(eventually(Duration.ofSeconds(10), () -> !searchFinds(word, slug))).as("removed from search").isTrue();
    }

    @Test
    void should_never_show_a_draft_in_the_public_list_or_the_search() throws Exception {
        // given a draft and, written after it, a published article
        int n = SEQUENCE.incrementAndGet();
        String draftWord = "banthaochuadang" + n;
        String publishedWord = "bandadangkiemchung" + n;
        String draftSlug = PortalHttp.json(create(article("Bản nháp " + draftWord, null, null), WRITER)).getString("slug");
        long published = inReview("Đã đăng " + publishedWord);
        assertThat(post(published, "publish", REVIEWER).statusCode()).isEqualTo(200);
        String publishedSlug = view(published).getString("slug");

        // when the published one is searchable (the index has caught up)
        assertThat(eventually(Duration.ofSeconds(10), () -> searchFinds(publishedWord, publishedSlug))).isTrue();

        // then the draft is nowhere public
        assertThat(searchFinds(draftWord, draftSlug)).isFalse();
        assertThat(publicSlugs()).contains(publishedSlug).doesNotContain(draftSlug);
        assertThat(http.get("/api/articles/" + draftSlug).statusCode()).isEqualTo(404);
    }

    @Test
    void should_preview_an_unpublished_article_as_the_public_would_see_it_under_a_banner() {
        // given an article in review
        String title = "Xem trước " + SEQUENCE.incrementAndGet();
        long id = inReview(title);

        // when an editor opens its preview
        String[] reviewer = page(REVIEWER);
        HttpResponse<String> preview = http.get("/quan-tri/tin-tuc/xem-truoc?id=" + id, reviewer);

        // then it is drawn with the public article view, under the not-public banner
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Bản xem trước — chưa công khai", "news-article", title);

        // and the list's review tab shows it; an unknown id is a 404 page
        assertThat(http.get("/quan-tri/tin-tuc?trang-thai=review", reviewer).body()).contains(title);
        assertThat(http.get("/quan-tri/tin-tuc/xem-truoc?id=987654321", reviewer).statusCode()).isEqualTo(404);
        assertThat(http.get("/quan-tri/tin-tuc/soan?id=abc", reviewer).statusCode()).isEqualTo(404);
    }

    private static String article(String title, String body, String slug) {
        return jsonObject(title, body == null ? "<p>Nội dung bài viết về đo lường tại chợ.</p>" : body, slug);
    }

    private static String jsonObject(String title, String body, String slug) {
        var builder = Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Tóm tắt cho người dân.")
                .add("bodyHtml", body)
                .add("categoryCode", "do-luong")
                .add("tags", Json.createArrayBuilder().add("cân đối chứng"))
                .add("author", "Trung tâm Văn hóa – Thể thao phường");
        if (slug != null) {
            builder.add("slug", slug);
        }
        return builder.build().toString();
    }

    private static String withVersion(String json, long version) {
        return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
    }

    private HttpResponse<String> create(String json, String user) {
        return http.send("POST", API, JSON, json, as(user));
    }

    private HttpResponse<String> post(long id, String action, String user) {
        return http.send("POST", API + "/" + id + "/" + action, JSON, "", as(user));
    }

    private HttpResponse<String> schedule(long id, OffsetDateTime at) {
        return http.send("POST", API + "/" + id + "/schedule", JSON, "{\"at\":\"" + at + "\"}", as(REVIEWER));
    }

    /** A new article, sent for review by the writer; returns its id. */
    private long inReview(String title) {
        long id = id(create(article(title, null, null), WRITER));
        HttpResponse<String> submitted = post(id, "submit", WRITER);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private JsonObject view(long id) {
        HttpResponse<String> response = http.get(API + "/" + id, as(WRITER));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response);
    }

    @Test
    void should_let_an_admin_edit_the_categories_as_data() {
        // when an admin adds a category
        HttpResponse<String> added = http.send("PUT", "/api/admin/article-categories/ve-sinh-an-toan-thuc-pham",
                "application/json", "{\"name\":\"Vệ sinh an toàn thực phẩm\",\"active\":true,\"sortOrder\":7}",
                PortalHttp.admin());

        // then editors can file articles under it and readers see it
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(http.get("/api/articles/categories").body()).contains("Vệ sinh an toàn thực phẩm");
        HttpResponse<String> invalid = http.send("PUT", "/api/admin/article-categories/Sai%20Ma", "application/json",
                "{\"name\":\"<b>x</b>\",\"active\":true,\"sortOrder\":1}", PortalHttp.admin());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(fields(invalid)).contains("code", "name");
        assertThat(http.send("PUT", "/api/admin/article-categories/khac", "application/json",
                "{\"name\":\"Khác\",\"active\":true,\"sortOrder\":9}", as(WRITER)).statusCode()).isEqualTo(403);

        // and retiring it takes it off the readers' list (the other IT classes see the six seeded categories)
        http.send("PUT", "/api/admin/article-categories/ve-sinh-an-toan-thuc-pham", "application/json",
                "{\"name\":\"Vệ sinh an toàn thực phẩm\",\"active\":false,\"sortOrder\":7}", PortalHttp.admin());
        assertThat(http.get("/api/articles/categories").body()).doesNotContain("Vệ sinh an toàn thực phẩm");
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    private static String[] as(String user) {
        return PortalHttp.basicAuth(user, user.equals(WRITER) ? WRITER_PASSWORD : REVIEWER_PASSWORD);
    }

    /** Pages and images take no HTTP Basic: the editor logs in on the login page, the session cookie opens them. */
    private String[] page(String user) {
        return new String[]{"Cookie", http.logIn(user, user.equals(WRITER) ? WRITER_PASSWORD : REVIEWER_PASSWORD)};
    }

    private static List<String> fields(HttpResponse<String> response) {
        return PortalHttp.json(response).getJsonObject("error").getJsonArray("details").stream()
                .map(detail -> detail.asJsonObject().getString("field")).toList();
    }

    private static String message(HttpResponse<String> response, String field) {
        return PortalHttp.json(response).getJsonObject("error").getJsonArray("details").stream()
                .map(detail -> detail.asJsonObject()).filter(detail -> detail.getString("field").equals(field))
                .map(detail -> detail.getString("message")).findFirst().orElse("");
    }

    /** The slugs of the newest published articles, as the public API lists them. */
    private List<String> publicSlugs() {
        HttpResponse<String> response = http.get("/api/articles?size=50");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("slug")).toList();
    }

    /** Whether the public search for {@code query} (articles only) lists the article at {@code slug}. */
    private boolean searchFinds(String query, String slug) {
        HttpResponse<String> response = http.get("/api/search?type=article&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("results").stream()
                .map(result -> result.asJsonObject().get("url"))
                .anyMatch(url -> url instanceof JsonString s && s.getString().equals("/tin-tuc/" + slug));
    }

    private static boolean eventually(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(500);
        }
    }

    private WebElement toolbar(String button) {
        return browser.findElement(By.cssSelector("#article\\:body_toolbar ." + button));
    }

    private String status() {
        return browser.findElement(By.id("article-status")).getText();
    }

    private static String articleColumn(String column, String slug) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + column + " FROM article WHERE slug = ?")) {
            statement.setString(1, slug);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("article " + slug).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String articleColumnById(String column, long id) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT " + column + " FROM article WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("article " + id).isTrue();
                return row.getString(1);
            }
        }
    }

    /** A small PNG, as a camera or an image editor would write it. */
    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", png)).isTrue();
        return png.toByteArray();
    }
}
