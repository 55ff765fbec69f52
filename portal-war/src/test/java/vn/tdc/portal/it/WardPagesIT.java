package vn.tdc.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' pages per ward in headless Chromium: the platform's home finds a ward typed without diacritics, the
 * ward's pages keep its address, a report filed there belongs to the ward (its officer sees it, another ward's does
 * not), old single-ward addresses lead to the ward for good and an unknown ward is the Vietnamese 404 page.
 */
class WardPagesIT extends PortalIntegrationTest {

    private static final String PASSWORD = "Mat-khau-phuong-xa-2026";
    private static final String DONG_CUU_OFFICER = "canbo.trang.dongcuu";
    private static final String DUC_PHO_OFFICER = "canbo.trang.ducpho";

    @Test
    void should_let_a_resident_pick_a_ward_without_diacritics_and_file_a_report_its_officer_alone_sees() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, BROWSER_WAIT).ignoring(StaleElementReferenceException.class);
        List<String> problems = new ArrayList<>();

        // given the platform's home
        browser.get(url("/"));
        assertThat(browser.getTitle()).startsWith("Cổng thông tin TĐC");
        assertThat(browser.findElement(By.id("ward-all")).getText()).contains("Tỉnh Bắc Ninh", "Xã Đông Cứu",
                "Phường Đức Phổ");
        assertThat(browser.findElement(By.id("ward-locate")).isDisplayed()).isTrue();
        audit("/", problems);

        // when the resident types the ward's name without diacritics and searches
        browser.findElement(By.id("ward-q")).sendKeys("dong cuu");
        submit("ward-search-submit");

        // then the ward is found, and choosing it opens its home
        WebElement results = browser.findElement(By.id("ward-results"));
        assertThat(results.getText()).contains("Xã Đông Cứu").doesNotContain("Phường Đức Phổ");
        audit("/?q=dong cuu", problems);
        results.findElement(By.linkText("Xã Đông Cứu")).click();
        wait.until(ExpectedConditions.urlToBe(url("/xa-dong-cuu")));
        assertThat(browser.findElement(By.cssSelector(".brand__ward")).getText()).isEqualTo("Xã Đông Cứu");
        assertThat(browser.getTitle()).endsWith("Xã Đông Cứu");
        assertThat(browser.findElement(By.id("ward-contact")).getText()).contains("Trụ sở UBND xã Đông Cứu",
                "Đang cập nhật", "Thứ Hai – Thứ Sáu");
        assertThat(browser.findElement(By.id("site-nav")).findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("/phan-anh") || h.contains("/tin-tuc")))
                .allMatch(h -> h.startsWith(url("/xa-dong-cuu/")));
        assertThat(browser.findElement(By.id("ward-switch")).getAttribute("href")).isEqualTo(url("/"));
        audit("/xa-dong-cuu", problems);

        // when the resident files a report on the ward's form
        browser.get(url("/xa-dong-cuu/phan-anh?loai=khac"));
        assertThat(browser.findElement(By.id("report-ward")).getText()).contains("xã Đông Cứu, tỉnh Bắc Ninh");
        assertThat(browser.findElement(By.id("report")).getAttribute("action")).endsWith("/xa-dong-cuu/phan-anh");
        audit("/xa-dong-cuu/phan-anh", problems);
        String place = "Quầy cân " + UUID.randomUUID();
        browser.findElement(By.id("report:placeName")).sendKeys(place);
        browser.findElement(By.id("report:description")).sendKeys("Cân điện tử ở quầy này hiện số không đúng.");
        click(browser.findElement(By.id("report:anonymous")));
        submit("report:submit");
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        assertThat(browser.getCurrentUrl()).contains("/xa-dong-cuu/phan-anh");
        assertThat(problems).isEmpty();

        // then the officer of xã Đông Cứu sees it and the officer of phường Đức Phổ does not
        ensureAccountIn("xa-dong-cuu", DONG_CUU_OFFICER, "Cán bộ Đông Cứu", PASSWORD, "OFFICER");
        ensureAccountIn("phuong-duc-pho", DUC_PHO_OFFICER, "Cán bộ Đức Phổ", PASSWORD, "OFFICER");
        assertThat(codesSeenBy(DONG_CUU_OFFICER)).contains(code);
        assertThat(codesSeenBy(DUC_PHO_OFFICER)).doesNotContain(code);

        // and the platform's home offers to go on with the ward
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("ward-continue")).getText()).isEqualTo("Tiếp tục với Xã Đông Cứu");
    }

    @Test
    void should_send_old_addresses_for_good_to_the_remembered_or_default_ward_with_their_query() {
        HttpResponse<String> report = http.get("/phan-anh");
        assertThat(report.statusCode()).isEqualTo(301);
        assertThat(report.headers().firstValue("Location")).contains("/xa-dong-cuu/phan-anh");

        HttpResponse<String> remembered = http.get("/tin-tuc?chuyen-muc=do-luong", "Cookie", "phuong-xa=phuong-duc-pho");
        assertThat(remembered.statusCode()).isEqualTo(301);
        assertThat(remembered.headers().firstValue("Location")).contains("/phuong-duc-pho/tin-tuc?chuyen-muc=do-luong");

        HttpResponse<String> gone = http.get("/tra-cuu", "Cookie", "phuong-xa=phuong-khong-co");
        assertThat(gone.headers().firstValue("Location")).contains("/xa-dong-cuu/tra-cuu");

        for (String kept : List.of("/dang-nhap", "/sitemap.xml", "/sitemap-nen-tang.xml", "/feed.xml",
                "/feed/do-luong.xml", "/favicon.ico", "/api/reports/kinds")) {
            assertThat(http.get(kept).statusCode()).as(kept).isEqualTo(200);
        }
    }

    @Test
    void should_point_a_wards_pages_at_the_wards_feed_and_the_platforms_home_at_the_platforms() {
        // when
        HttpResponse<String> wardHome = http.get("/phuong-duc-pho", "Accept", "text/html");
        HttpResponse<String> wardNews = http.get("/phuong-duc-pho/tin-tuc?chuyen-muc=do-luong", "Accept", "text/html");
        HttpResponse<String> platformHome = http.get("/", "Accept", "text/html");

        // then
        String wardFeed = java.net.URI.create(url("/phuong-duc-pho/feed.xml")).getPath();
        String platformFeed = java.net.URI.create(url("/feed.xml")).getPath();
        assertThat(wardHome.body()).containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]* href=\""
                + Pattern.quote(wardFeed) + "\"");
        assertThat(wardNews.body()).contains("href=\"" + java.net.URI.create(url("/phuong-duc-pho/feed/do-luong.xml")).getPath() + "\"");
        assertThat(platformHome.body()).containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]* href=\""
                + Pattern.quote(platformFeed) + "\"");
        assertThat(http.get("/phuong-duc-pho/feed.xml").body()).contains("<title>Tin tức — Phường Đức Phổ</title>");
    }

    @Test
    void should_remember_a_ward_chosen_on_the_platform_home_and_show_its_pages_without_a_cookie() {
        HttpResponse<String> chosen = http.get("/?chon=phuong-duc-pho");
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).contains("/phuong-duc-pho");
        assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("phuong-xa=phuong-duc-pho;")
                && c.contains("Max-Age=31536000") && c.contains("Path=/") && c.contains("SameSite=Lax"));

        HttpResponse<String> statistics = http.get("/phuong-duc-pho/thong-ke", "Accept", "text/html");
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains("Phường Đức Phổ");
        assertThat(statistics.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> unknown = http.get("/?chon=phuong-khong-co", "Accept", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void should_answer_the_vietnamese_404_page_for_an_unknown_ward_or_page() {
        for (String path : List.of("/xa-khong-co", "/xa-khong-co/phan-anh", "/xa-dong-cuu/khong-co-trang-nay")) {
            HttpResponse<String> page = http.get(path, "Accept", "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy");
        }
    }

    @Test
    void should_send_an_article_read_under_another_ward_to_its_own_ward() {
        HttpResponse<String> moved = http.get("/phuong-duc-pho/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho",
                "Accept", "text/html");

        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location"))
                .contains("/xa-dong-cuu/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho");
        assertThat(http.get("/xa-dong-cuu/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho", "Accept", "text/html")
                .statusCode()).isEqualTo(200);
    }

    private List<String> codesSeenBy(String username) {
        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest",
                PortalHttp.basicAuth(username, PASSWORD)));
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getString("trackingCode")).toList();
    }

    private void audit(String page, List<String> problems) {
        AxeAudit.violations(browser).forEach(v -> problems.add(page + ": " + v));
        AxeAudit.browserErrors(browser).forEach(e -> problems.add(page + " console: " + e));
    }

    private void submit(String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        click(button);
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void should_show_a_signed_in_officer_the_resident_pages_as_residents_see_them() {
        // given an officer of xã Đông Cứu, signed in
        ensureAccountIn("xa-dong-cuu", DONG_CUU_OFFICER, "Cán bộ Đông Cứu", PASSWORD, "OFFICER");
        String session = http.logIn(DONG_CUU_OFFICER, PASSWORD);
        String thanhDongArticle = "Cột bơm xăng dầu và cách kiểm tra bơm thiếu";

        // when they read phường Thành Đông's news, signed in and not
        HttpResponse<String> asResident = http.get("/phuong-thanh-dong/tin-tuc", "Accept", "text/html");
        HttpResponse<String> asOfficer = http.get("/phuong-thanh-dong/tin-tuc", "Accept", "text/html",
                "Cookie", session);
        HttpResponse<String> documentsAsResident = http.get("/xa-dong-cuu/van-ban", "Accept", "text/html");
        HttpResponse<String> documentsAsOfficer = http.get("/xa-dong-cuu/van-ban", "Accept", "text/html",
                "Cookie", session);
        HttpResponse<String> inbox = http.get("/api/officer/reports?size=100", "Cookie", session);

        // then the officer reads what a resident reads; their inbox stays their ward's
        assertThat(asResident.body()).contains(thanhDongArticle);
        assertThat(asOfficer.statusCode()).isEqualTo(200);
        assertThat(asOfficer.body()).contains(thanhDongArticle);
        List<String> otherUnitsPlans = List.of("trên địa bàn phường Đức Phổ", "trên địa bàn phường Hải Dương",
                "Quyết định số 1703/QĐ-TTg ngày 31/12/2024", "Chỉ thị 38-CT/TW của Ban Bí thư về đẩy mạnh");
        List<String> residentsRead = otherUnitsPlans.stream().filter(documentsAsResident.body()::contains).toList();
        assertThat(residentsRead).isNotEmpty();
        assertThat(documentsAsOfficer.body()).contains("trên địa bàn xã Đông Cứu");
        residentsRead.forEach(title -> assertThat(documentsAsOfficer.body()).contains(title));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(inbox).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getString("unitCode"))).allMatch("xa-dong-cuu"::equals);
    }
}
