package vn.tdc.portal.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as a resident or a staff member sees them, in headless Chromium on a phone-sized window. */
class PortalPagesIT extends PortalIntegrationTest {

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @Test
    void should_render_the_home_page_with_its_vietnamese_title() {
        browser.get(base.resolve("xa-dong-cuu").toString());

        assertThat(browser.getTitle()).startsWith("Trang chủ — Cổng thông tin Tiêu chuẩn – Đo lường – Chất lượng");
        WebElement heading = browser.findElement(By.cssSelector("h1.hero__title"));
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(heading.getText()).isEqualTo("Cân đúng, hàng thật, chất lượng rõ ràng");
        assertThat(browser.findElement(By.cssSelector(".brand__ward")).getText()).isEqualTo("Xã Đông Cứu");
    }

    @Test
    void should_open_the_navigation_menu_on_a_phone() {
        browser.get(base.toString());
        WebElement nav = browser.findElement(By.id("site-nav"));
        assertThat(nav.isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("[data-nav-toggle]")).click();

        assertThat(nav.isDisplayed()).isTrue();
        assertThat(nav.getText()).contains("Trang chủ", "Tin tức", "Văn bản", "Phản ánh", "Hỏi đáp", "Đăng nhập");
    }

    @Test
    void should_log_in_and_return_to_the_admin_page() {
        browser.get(base.resolve("quan-tri/nguoi-dung").toString());
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/quan-tri/nguoi-dung"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quản lý tài khoản");
        assertThat(browser.findElement(By.id("users:table")).getText()).contains("admin", "Quản trị viên");
    }

    @Test
    void should_create_an_editor_account_from_the_admin_page() {
        logInAsAdmin();
        String username = "bien-tap-" + (System.nanoTime() % 100000);

        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:fullName")).sendKeys("Lê Thị Hoa");
        browser.findElement(By.cssSelector("#create\\:password input, input#create\\:password")).sendKeys("mat-khau-rat-dai-1");
        browser.findElement(By.id("create:submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), username));
        assertThat(browser.findElement(By.id("users:table")).getText()).contains("Lê Thị Hoa", "Biên tập viên");
    }

    @Test
    void should_refuse_a_short_password_on_the_admin_page() {
        logInAsAdmin();

        browser.findElement(By.id("create:username")).sendKeys("ngan-qua");
        browser.findElement(By.id("create:fullName")).sendKeys("Mật khẩu ngắn");
        browser.findElement(By.cssSelector("#create\\:password input, input#create\\:password")).sendKeys("ngan");
        browser.findElement(By.id("create:submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"), "ít nhất 10 ký tự"));
        String users = wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("users:table")).getText());
        assertThat(users).doesNotContain("ngan-qua");
    }

    @Test
    void should_edit_a_unit_through_the_units_form_and_show_a_broken_rule_next_to_its_input() {
        // given the administrator edits phường Đức Phổ
        logInAsAdmin();
        browser.get(base.resolve("quan-tri/don-vi").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        editDucPho(wait);
        assertThat(browser.findElement(By.id("unit:name")).getAttribute("value")).isEqualTo("phường Đức Phổ");
        String hotline = browser.findElement(By.id("unit:hotline")).getAttribute("value");

        // when a hotline breaking the form's rule is saved
        typeInto("unit:hotline", "gọi ủy ban");
        browser.findElement(By.id("unit:save")).click();

        // then the rule is shown next to the hotline and nothing is stored
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit:fields"), "chỉ gồm chữ số"));
        assertThat(hotlineOfDucPho()).isEqualTo(hotline);

        // when a good hotline is saved
        typeInto("unit:hotline", "0255 3 822 123");
        browser.findElement(By.id("unit:save")).click();

        // then it is stored and the form is empty again
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit"), "Đã lưu phường Đức Phổ."));
        assertThat(hotlineOfDucPho()).isEqualTo("0255 3 822 123");
        assertThat(browser.findElement(By.id("unit:slug")).getAttribute("value")).isEmpty();

        // and the hotline is put back through the same form for the other tests
        editDucPho(wait);
        typeInto("unit:hotline", hotline);
        browser.findElement(By.id("unit:save")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("unit:slug")).getAttribute("value").isEmpty());
        assertThat(hotlineOfDucPho()).isEqualTo(hotline);
    }

    /** Opens phường Đức Phổ in the form; the list may be re-rendered by the last save while its button is clicked. */
    private void editDucPho(WebDriverWait wait) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            if ("phuong-duc-pho".equals(driver.findElement(By.id("unit:slug")).getAttribute("value"))) {
                return true;
            }
            driver.findElement(By.xpath("//tr[td[contains(., 'phường Đức Phổ')]]//button")).click();
            return false;
        });
    }

    private void typeInto(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String hotlineOfDucPho() {
        return PortalHttp.json(http.get("/api/units")).getJsonArray("units").stream()
                .map(jakarta.json.JsonObject.class::cast).filter(unit -> unit.getString("slug").equals("phuong-duc-pho"))
                .findFirst().orElseThrow().getString("hotline", "");
    }

    private void logInAsAdmin() {
        browser.get(base.resolve("dang-nhap?next=%2Fquan-tri%2Fnguoi-dung").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/quan-tri/nguoi-dung"));
    }

    @Test
    void should_say_in_vietnamese_when_the_password_is_wrong() {
        browser.get(base.resolve("dang-nhap").toString());

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys("khong-dung");
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
    }

    /** The public pages, each as a resident reaches it. */
    private static final List<String> PUBLIC_PAGES = List.of("", "xa-dong-cuu", "xa-dong-cuu/tin-tuc",
            "xa-dong-cuu/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho", "xa-dong-cuu/van-ban",
            "xa-dong-cuu/van-ban/ke-hoach-kh-ubnd-phuong-thanh-dong", "xa-dong-cuu/phan-anh", "xa-dong-cuu/tra-cuu",
            "xa-dong-cuu/thong-ke", "xa-dong-cuu/hoi-dap", "xa-dong-cuu/tim-kiem?q=c%C3%A2n", "dang-nhap",
            "trang-khong-ton-tai");
    /** The staff pages an administrator opens from the menu, and the empty article editor. */
    private static final List<String> STAFF_PAGES = List.of("quan-tri/nguoi-dung", "quan-tri/danh-muc-phan-anh",
            "quan-tri/khoa-open311", "quan-tri/phan-anh", "quan-tri/van-ban", "quan-tri/tin-tuc", "quan-tri/tin-tuc/soan",
            "quan-tri/don-vi");
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';");

    @Test
    void should_meet_wcag_21_aa_on_every_public_page_with_no_script_refused() {
        List<String> problems = new ArrayList<>();
        for (String page : PUBLIC_PAGES) {
            browser.get(base.resolve(page).toString());
            AxeAudit.violations(browser).forEach(v -> problems.add("/" + page + ": " + v));
            AxeAudit.browserErrors(browser).forEach(e -> problems.add("/" + page + " console: " + e));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void should_meet_wcag_21_aa_on_every_staff_page_with_no_script_refused() {
        logInAsAdmin();
        List<String> problems = new ArrayList<>();
        for (String page : STAFF_PAGES) {
            browser.get(base.resolve(page).toString());
            assertThat(browser.getCurrentUrl()).as(page).contains(page);
            AxeAudit.violations(browser).forEach(v -> problems.add("/" + page + ": " + v));
            AxeAudit.browserErrors(browser).forEach(e -> problems.add("/" + page + " console: " + e));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void should_allow_inline_scripts_only_with_the_nonce_of_the_page() throws Exception {
        for (String page : List.of("", "xa-dong-cuu/phan-anh", "xa-dong-cuu/hoi-dap", "dang-nhap",
                "xa-dong-cuu/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base.resolve(page)).build(), HttpResponse.BodyHandlers.ofString());

            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page).hasSize(1);
            assertThat(policies.get(0)).as(page).doesNotContain("'unsafe-eval'")
                    .doesNotContainPattern("script-src[^;]*'unsafe-inline'");
            Matcher nonce = NONCE.matcher(policies.get(0));
            assertThat(nonce.find()).as(page + ": " + policies.get(0)).isTrue();
            Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)([^>]*)>")
                    .matcher(response.body());
            while (script.find()) {
                assertThat(script.group(1)).as(page + ": inline script").contains("nonce=\"" + nonce.group(1) + "\"");
            }
        }
    }

    @Test
    void should_compress_pages_scripts_and_styles_for_browsers_that_accept_gzip() throws Exception {
        // HTTP/1.1, as browsers speak to a plain-http server (they never upgrade to h2c, which Grizzly does not compress)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        browser.get(base.resolve("phan-anh").toString());
        List<String> resources = new ArrayList<>(List.of("", "xa-dong-cuu/phan-anh", "xa-dong-cuu/hoi-dap"));
        browser.findElements(By.cssSelector("link[rel=stylesheet], script[src]")).forEach(element -> resources.add(
                (element.getAttribute("href") != null ? element.getAttribute("href") : element.getAttribute("src"))
                        .substring(base.toString().length())));
        browser.get(base.resolve("hoi-dap").toString());
        browser.findElements(By.cssSelector("script[src*='components.js']")).forEach(element ->
                resources.add(element.getAttribute("src").substring(base.toString().length())));
        assertThat(resources).anyMatch(r -> r.contains("theme.css")).anyMatch(r -> r.contains("components.js"));

        for (String resource : resources) {
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(base.resolve(resource)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(base.resolve(resource))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(plain.headers().firstValue("Content-Encoding")).as(resource).isEmpty();
            if (plain.body().length < 1024) {
                continue;
            }
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(resource).contains("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as(resource).contains("Accept-Encoding");
            assertThat(gzipped.body().length).as(resource).isLessThan(plain.body().length / 2);
            assertThat(gunzip(gzipped.body()).length).as(resource).isGreaterThan(plain.body().length * 9 / 10);
        }
    }

    @Test
    void should_serve_a_favicon_named_by_every_page() throws Exception {
        browser.get(base.toString());
        String href = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");

        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(href).isEqualTo(base.resolve("favicon.ico").toString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void should_keep_the_assistant_button_off_the_report_form_on_a_phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base.resolve("phan-anh").toString());
        WebElement button = browser.findElement(By.cssSelector(".chat-widget__open"));

        // when the resident scrolls to the end of the form
        js("window.scrollTo(0, document.body.scrollHeight)");

        // then neither the send button nor the footer's text lies under the assistant's button
        Rectangle floating = button.getRect();
        assertThat(button.isDisplayed()).isTrue();
        for (WebElement element : browser.findElements(By.cssSelector("#report\\:submit, .site-footer p"))) {
            assertThat(overlap(floating, element.getRect())).as(element.getText()).isFalse();
        }

        // when the resident types in the form, the button steps aside
        WebElement place = browser.findElement(By.id("report:placeName"));
        js("arguments[0].scrollIntoView({block: 'end'})", place);
        place.click();
        assertThat(button.isDisplayed()).isFalse();
    }

    @Test
    void should_open_the_assistant_full_screen_on_a_phone_and_send_with_enter() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base.toString());

        browser.findElement(By.cssSelector(".chat-widget__open")).click();

        // then the panel takes the whole window
        WebElement panel = browser.findElement(By.id("chat-widget-panel"));
        Rectangle rect = panel.getRect();
        long width = (Long) js("return window.innerWidth");
        long height = (Long) js("return window.innerHeight");
        assertThat(rect.getX()).isZero();
        assertThat(rect.getY()).isZero();
        assertThat((long) rect.getWidth()).isEqualTo(width);
        assertThat((long) rect.getHeight()).isEqualTo(height);

        // when a question is typed over two lines (Shift+Enter) and sent with Enter
        WebElement question = browser.findElement(By.id("chat-widget-question"));
        question.sendKeys("Ai ký kế hoạch");
        question.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        question.sendKeys("của Tỉnh ủy Tiền Giang?");
        assertThat(question.getAttribute("value")).isEqualTo("Ai ký kế hoạch\ncủa Tỉnh ủy Tiền Giang?");
        question.sendKeys(Keys.ENTER);

        // then the question (with its new line) is sent and answered
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-widget__log .bubble--bot")));
        assertThat(browser.findElement(By.cssSelector(".chat-widget__log .bubble--me")).getText())
                .contains("Ai ký kế hoạch").contains("của Tỉnh ủy Tiền Giang?");
        assertThat(question.getAttribute("value")).isEmpty();

        // when Escape is pressed the panel closes and the focus is back on the button
        question.sendKeys(Keys.ESCAPE);
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("chat-widget__open");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
