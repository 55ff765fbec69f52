package vn.tdc.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident's side of reports in headless Chromium on a phone-sized window: filing a report at {@code /phan-anh}
 * (typed without diacritics, with a photo), following it at {@code /tra-cuu}, the photo served only to the holder of
 * the code, errors next to their inputs, and one report however often the form is sent.
 */
class ReportPagesIT extends PortalIntegrationTest {

    private static final String TRACKING_CODE = "PA-\\d{4}-[2-9A-HJKMNP-Z]{8}";
    private static final String GPS_TEXT = "GPSLatitude 21.028511 N GPSLongitude 105.854164 E";

    @RegisterExtension
    static final TestMailServer mail = new TestMailServer();

    @TempDir
    private Path files;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @Test
    void should_file_report_with_photo_and_find_it_by_code() throws Exception {
        // given a phone photo whose Exif block tells where it was taken
        Path photo = files.resolve("anh-can.jpg");
        Files.write(photo, jpegWithGps());
        assertThat(new String(Files.readAllBytes(photo), StandardCharsets.ISO_8859_1)).contains("Exif", GPS_TEXT);

        // when a resident opens the form for short weighing and types without diacritics
        browser.get(base.resolve("phan-anh?loai=can-thieu").toString());
        assertThat(browser.findElement(By.cssSelector("[data-kind='can-thieu'] input[type=radio]")).isSelected()).isTrue();
        List<WebElement> weights = browser.findElements(By.cssSelector("[data-kind='can-thieu'] .report-kind__attrs input"));
        assertThat(weights).hasSize(2);
        weights.get(0).sendKeys("1");
        weights.get(1).sendKeys("0,8");
        browser.findElement(By.id("report:placeName")).sendKeys("Cho Dong Cuu, quay thit so 12");
        browser.findElement(By.id("report:address")).sendKeys("Thon Dong Cuu");
        browser.findElement(By.id("report:description")).sendKeys("Mua 1 kg thit, can lai o can doi chung chi duoc 0,8 kg");
        browser.findElement(By.id("report:photos")).sendKeys(photo.toString());
        browser.findElement(By.id("report:contactName")).sendKeys("Nguyen Van An");
        browser.findElement(By.id("report:contactEmail")).sendKeys("an@example.vn");
        HeadlessChromium.submit(browser, "report:submit");

        // then the confirmation shows the tracking code, the expected date and that an email was sent
        String code = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        assertThat(code).matches(TRACKING_CODE);
        assertThat(browser.findElement(By.id("expected-date")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("email-note")).getText()).contains("email");
        assertThat(browser.findElement(By.id("track-link")).getAttribute("href"))
                .isEqualTo(url("/xa-dong-cuu/tra-cuu?ma=" + code));
        assertThat(storedAttributes(code)).contains("\"khoi-luong-can-lai\":\"0.8\"");
        assertThat(mail.server().waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage acknowledgement = mail.server().getReceivedMessages()[0];
        assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo("an@example.vn");
        assertThat(acknowledgement.getSubject()).contains(code);

        // when the resident looks the code up typed in lower case
        browser.get(base.resolve("tra-cuu").toString());
        browser.findElement(By.id("ma")).sendKeys(" " + code.toLowerCase() + " ");
        HeadlessChromium.submit(browser, "lookup");

        // then the report is shown, new, with its photo
        assertThat(wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-status"))).getText())
                .isEqualTo("Mới tiếp nhận");
        assertThat(browser.findElement(By.id("report-code")).getText()).isEqualTo(code);
        assertThat(browser.findElement(By.id("report-place")).getText()).isEqualTo("Cho Dong Cuu, quay thit so 12");
        assertThat(browser.findElement(By.id("report-history")).getText()).contains("Mới tiếp nhận");
        WebElement thumbnail = browser.findElement(By.cssSelector(".report-photos img"));
        wait(10).until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        String photoUrl = thumbnail.getAttribute("src");
        assertThat(photoUrl).contains("/phan-anh/anh/").endsWith("?ma=" + code);

        // then the photo is served to the holder of the code, without its location
        HttpResponse<byte[]> served = fetch(photoUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Disposition")).hasValue("inline");
        String bytes = new String(served.body(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("\u00ff\u00d8").doesNotContain("Exif", "GPSLatitude", "105.854164");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth()).isEqualTo(320);

        // and to nobody else: without the code the photo of an unpublished report does not exist
        String withoutCode = photoUrl.substring(0, photoUrl.indexOf('?'));
        assertThat(fetch(withoutCode).statusCode()).isEqualTo(404);
        assertThat(fetch(withoutCode + "?ma=PA-2026-ABCDEFGH").statusCode()).isEqualTo(404);
        assertThat(fetch(base.resolve("phan-anh/anh/abc").toString()).statusCode()).isEqualTo(404);
        // but officers and administrators see it
        assertThat(fetch(withoutCode, "Cookie", new PortalHttp(base).logIn("admin", IntegrationDatabase.ADMIN_PASSWORD))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void should_show_errors_next_to_fields_and_keep_input() throws Exception {
        long before = reportCount();
        browser.get(base.resolve("phan-anh").toString());

        // when the empty form is sent
        HeadlessChromium.submit(browser, "report:submit");

        // then every problem is next to its input and listed at the top, in Vietnamese
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(messageNextTo("report:kindGroup")).isEqualTo("Vui lòng chọn loại phản ánh.");
        assertThat(messageNextTo("report:placeName")).isEqualTo("Vui lòng nhập mục này.");
        assertThat(messageNextTo("report:description")).isEqualTo("Vui lòng nhập mục này.");
        assertThat(messageNextTo("report:anonymous")).contains("Gửi ẩn danh");
        assertThat(browser.findElement(By.id("report:placeName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Phản ánh chưa gửi được", "Tên chợ, cửa hàng, quầy hàng: Vui lòng nhập mục này.");

        // when a script is typed as the place, a weight in words and a PHP file named photo.jpg is attached
        Path php = files.resolve("photo.jpg");
        Files.writeString(php, "<?php system($_GET['c']); ?>");
        HeadlessChromium.click(browser, browser.findElement(By.cssSelector("[data-kind='can-thieu'] input[type=radio]")));
        String weight = "report:kinds:0:attrs:0:value";
        browser.findElement(By.id(weight)).sendKeys("mot can");
        browser.findElement(By.id("report:placeName")).sendKeys("<script>alert(1)</script>");
        browser.findElement(By.id("report:description")).sendKeys("Can thieu 2 lang");
        HeadlessChromium.click(browser, browser.findElement(By.id("report:anonymous")));
        assertThat(browser.findElement(By.cssSelector("[data-contact-fields]")).isDisplayed()).isFalse();
        browser.findElement(By.id("report:photos")).sendKeys(php.toString());
        HeadlessChromium.submit(browser, "report:submit");

        // then the photo and the weight are refused next to their inputs, nothing is stored, what was typed is kept
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(messageNextTo("report:photos"))
                .startsWith("Ảnh thứ 1 (photo.jpg): Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        assertThat(messageNextTo(weight)).isEqualTo("Vui lòng nhập một số không âm, ví dụ 1,5.");
        assertThat(messageNextTo("report:placeName")).isEmpty();
        assertThat(browser.findElement(By.id("report:placeName")).getAttribute("value")).isEqualTo("<script>alert(1)</script>");
        assertThat(browser.findElement(By.id("report:description")).getAttribute("value")).isEqualTo("Can thieu 2 lang");
        assertThat(browser.findElement(By.id(weight)).getAttribute("value")).isEqualTo("mot can");
        assertThat(browser.findElement(By.cssSelector("[data-kind='can-thieu'] input[type=radio]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("report:anonymous")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".report-note")).getText()).contains("chọn lại ảnh");
        assertThat(reportCount()).isEqualTo(before);

        // when the weight is corrected and the form sent again without the file
        browser.findElement(By.id(weight)).clear();
        browser.findElement(By.id(weight)).sendKeys("0,8");
        HeadlessChromium.submit(browser, "report:submit");
        String code = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        assertThat(browser.findElements(By.id("email-note"))).isEmpty();

        // then the script is shown as text where the report is followed, never run
        browser.get(base.resolve("tra-cuu?ma=" + code).toString());
        assertThat(wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-place"))).getText())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(browser.getPageSource()).doesNotContain("<script>alert(1)</script>");
        assertThat(reportCount()).isEqualTo(before + 1);
    }

    @Test
    void should_lead_from_a_refused_form_to_each_problem_and_pass_axe() {
        browser.get(base.resolve("phan-anh").toString());
        assertThat(AxeAudit.violations(browser)).as("axe-core, empty form").isEmpty();

        // when the empty form is sent
        HeadlessChromium.submit(browser, "report:submit");

        // then the focus is on the summary, which names each problem by a plain label and links to its input
        WebElement summary = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        List<String> problems = summary.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
        assertThat(problems).contains("Loại phản ánh: Vui lòng chọn loại phản ánh.",
                "Tên chợ, cửa hàng, quầy hàng: Vui lòng nhập mục này.", "Mô tả sự việc: Vui lòng nhập mục này.");
        assertThat(problems).allSatisfy(problem -> assertThat(problem).doesNotContain("?:"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("Thông tin liên hệ: ")
                .contains("Gửi ẩn danh"));
        assertThat(messageNextTo("report:contactName")).isEmpty();
        assertThat(summary.findElements(By.cssSelector("li[role]"))).as("list items keep their role").isEmpty();
        assertThat(AxeAudit.violations(browser)).as("axe-core, refused form").isEmpty();

        // when the resident follows the link of the place name
        HeadlessChromium.click(browser, summary.findElement(By.linkText("Tên chợ, cửa hàng, quầy hàng: Vui lòng nhập mục này.")));

        // then the focus is in that input
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("report:placeName");
    }

    @Test
    void should_file_one_report_when_the_form_is_sent_twice() throws Exception {
        // given a filled-in form
        browser.get(base.resolve("phan-anh?loai=xang-dau").toString());
        browser.findElement(By.id("report:placeName")).sendKeys("Cay xang so 5, quoc lo 1");
        browser.findElement(By.id("report:description")).sendKeys("Bom 10 lit nhung do lai chi co 9,5 lit");
        HeadlessChromium.click(browser, browser.findElement(By.id("report:anonymous")));
        String key = browser.findElement(By.id("idempotency-key")).getAttribute("value");
        assertThat(key).matches("[0-9a-f-]{36}");
        long before = reportCount();

        // when it is sent twice at once, as a double click on a slow connection does
        @SuppressWarnings("unchecked")
        List<Object> codes = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById('report');"
                        + "function send() { var body = new FormData(form); body.append('report:submit', '');"
                        + "  return fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                        + "    .then(function (r) { return r.text(); })"
                        + "    .then(function (page) { var m = page.match(/PA-\\d{4}-[0-9A-Z]{8}/); return m ? m[0] : page; }); }"
                        + "Promise.all([send(), send()]).then(done, function (e) { done(['failed: ' + e]); });");

        // then both answers name the same report, and only one was stored
        assertThat(codes).hasSize(2);
        assertThat(codes.get(0).toString()).matches(TRACKING_CODE);
        assertThat(codes.get(1)).isEqualTo(codes.get(0));
        assertThat(reportCount()).isEqualTo(before + 1);
        assertThat(reportsWithKey(key)).isEqualTo(1);

        // when the resident then clicks the button of the same page again
        HeadlessChromium.submit(browser, "report:submit");

        // then the confirmation names that same report
        assertThat(wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText())
                .isEqualTo(codes.get(0));
        assertThat(reportCount()).isEqualTo(before + 1);
    }

    @Test
    void should_let_the_resident_add_information_then_rate_and_reopen_the_closed_report() throws Exception {
        // given a filed report
        String code = fileAnonymousReport("Cua hang tap hoa Minh Anh", "Ban banh keo het han su dung");
        browser.get(base.resolve("tra-cuu?ma=" + code).toString());

        // when the resident adds a detail and a photo
        Path photo = files.resolve("them.png");
        Files.write(photo, png());
        browser.findElement(By.id("more:information")).sendKeys("Nguoi ban o quay so 3, gan cong cho");
        browser.findElement(By.id("more:photos")).sendKeys(photo.toString());
        HeadlessChromium.submit(browser, "more:send");

        // then it is acknowledged and the photo is shown
        assertThat(wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("more-panel"))).getText())
                .contains("Đã nhận thông tin bổ sung");
        assertThat(browser.findElements(By.cssSelector(".report-photos img"))).hasSize(1);

        // when an officer closes the report as handled
        PortalHttp api = new PortalHttp(base);
        long id = reportId(code);
        assertThat(api.send("POST", "/api/officer/reports/" + id + "/status", "application/json",
                "{\"status\":\"dang-xac-minh\"}", PortalHttp.admin()).statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/officer/reports/" + id + "/status", "application/json",
                "{\"status\":\"da-xu-ly\",\"publicText\":\"Đã kiểm tra, thu hồi hàng hết hạn.\"}",
                PortalHttp.admin()).statusCode()).isEqualTo(200);
        browser.get(base.resolve("tra-cuu?ma=" + code).toString());

        // then the resident sees the outcome and is asked for feedback instead of more information
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Đã xử lý");
        assertThat(browser.findElement(By.id("report-history")).getText()).contains("Đã kiểm tra, thu hồi hàng hết hạn.");
        assertThat(browser.findElements(By.id("more-panel"))).isEmpty();

        // when feedback is sent without a choice
        HeadlessChromium.submit(browser, "feedback:rate");

        // then the choice is asked for
        assertThat(messageNextTo("feedback:satisfied")).isEqualTo("Vui lòng chọn „Hài lòng” hoặc „Chưa hài lòng”.");

        // when the resident disagrees and asks for a review
        browser.findElement(By.id("feedback:comment")).sendKeys("Van con ban hang het han");
        HeadlessChromium.submit(browser, "feedback:reopen");

        // then the report is back in verification and the answer is recorded
        assertThat(wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-status"))).getText())
                .isEqualTo("Đang xác minh");
        assertThat(browser.findElement(By.id("pageMessages")).getText()).contains("Đã gửi đề nghị xem xét lại");
        assertThat(browser.findElements(By.id("feedback-panel"))).isEmpty();
        assertThat(browser.findElement(By.id("report-history")).getText()).contains("đề nghị xem xét lại");
    }

    @Test
    void should_explain_the_photo_limits_when_a_post_is_too_large() throws IOException {
        // when a form post announces more bytes than three photos can take (a browser without JavaScript)
        String answer;
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /phan-anh HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 25000000\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = responseHead(socket.getInputStream());
        }

        // then it is sent back, unread, to the form, which explains the limits
        assertThat(answer).startsWith("HTTP/1.1 303");
        String location = answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip()).findFirst().orElseThrow();
        assertThat(location).endsWith("/phan-anh?qua-lon=1");
        browser.get(base.resolve(location.substring(location.indexOf("/phan-anh") + 1)).toString());
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Ảnh gửi lên quá lớn", "tối đa 3 ảnh, mỗi ảnh không quá 5 MB");
    }

    @Test
    void should_answer_a_url_encoded_post_of_the_form_with_its_problems_not_an_error() throws Exception {
        // given the form as a program reads it, and what was stored before
        long before = reportCount();
        HttpResponse<String> form = http.get("/xa-dong-cuu/phan-anh", "Accept", "text/html");

        // when the program posts it url-encoded, without its file input (browsers send it as multipart)
        HttpResponse<String> answer = http.send("POST", "/phan-anh", "application/x-www-form-urlencoded",
                "report=report&report%3Asubmit=" + PortalHttp.postbackFields(form.body()),
                "Cookie", PortalHttp.sessionCookie(form), "Origin", http.origin(), "Accept", "text/html");

        // then the form answers with its problems in Vietnamese, and nothing is stored
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Phản ánh chưa gửi được", "Vui lòng chọn loại phản ánh.");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void should_say_so_when_the_tracking_code_is_unknown() {
        // when a code that was never given out is looked up
        browser.get(base.resolve("tra-cuu?ma=PA-2026-ZZZZZZZZ").toString());

        // then the page says so in Vietnamese, with the lookup form to try again
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("Không tìm thấy phản ánh");
        assertThat(browser.findElement(By.id("ma")).getAttribute("value")).isEqualTo("PA-2026-ZZZZZZZZ");
        browser.get(base.resolve("tra-cuu?ma=%3Cb%3Ekhong-phai-ma").toString());
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("Không tìm thấy phản ánh");
    }

    @Test
    void should_lead_from_the_home_page_to_the_report_pages() {
        browser.get(base.resolve("xa-dong-cuu").toString());

        WebElement report = browser.findElement(By.cssSelector("#home-report a[href$='/phan-anh']"));
        WebElement track = browser.findElement(By.cssSelector("#home-report a[href$='/tra-cuu']"));
        assertThat(report.isDisplayed()).isTrue();
        assertThat(track.getText()).isEqualTo("Tra cứu phản ánh đã gửi");
        browser.findElement(By.cssSelector("[data-nav-toggle]")).click();
        assertThat(browser.findElement(By.id("site-nav")).getText())
                .contains("Phản ánh", "Tra cứu phản ánh", "Thống kê")
                .doesNotContain("Xử lý phản ánh");
    }

    /** The status line and headers of an HTTP response, read up to the blank line that ends them. */
    private static String responseHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Files an anonymous report of another kind through the form; returns its tracking code. */
    private String fileAnonymousReport(String place, String description) {
        browser.get(base.resolve("phan-anh?loai=khac").toString());
        browser.findElement(By.id("report:placeName")).sendKeys(place);
        browser.findElement(By.id("report:description")).sendKeys(description);
        HeadlessChromium.click(browser, browser.findElement(By.id("report:anonymous")));
        HeadlessChromium.submit(browser, "report:submit");
        return wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
    }




    /** The error shown in the same field block as the input (or group) with this client id (plain or PrimeFaces). */
    private String messageNextTo(String clientId) {
        String field = "//*[@id='" + clientId + "']/ancestor::*[contains(@class,'field') or contains(@class,'report-step')][1]";
        return browser.findElements(By.xpath(field + "//*[contains(@class,'field-error') "
                        + "or contains(@class,'ui-message-error-detail')]")).stream()
                .map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private HttpResponse<byte[]> fetch(String url, String... headers) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long reportCount() throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM report")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long reportsWithKey(String key) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM report WHERE idempotency_key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long reportId(String code) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM report WHERE tracking_code = ?")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static String storedAttributes(String code) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement query = connection.prepareStatement("SELECT attribute_values FROM report WHERE tracking_code = ?")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", png)).isTrue();
        return png.toByteArray();
    }

    /** A 320×240 JPEG as a phone writes it: an Exif APP1 segment with the GPS position right after SOI. */
    private static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF5, 0xE6, 0xC8));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0xB3, 0x26, 0x1E));
        g.fillOval(100, 60, 120, 120);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpg", jpeg)).isTrue();
        byte[] plain = jpeg.toByteArray();

        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        exif.writeBytes(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0});
        exif.writeBytes(GPS_TEXT.getBytes(StandardCharsets.ISO_8859_1));
        byte[] payload = exif.toByteArray();

        ByteArrayOutputStream withGps = new ByteArrayOutputStream();
        withGps.write(plain, 0, 2);
        withGps.write(0xFF);
        withGps.write(0xE1);
        withGps.write((payload.length + 2) >> 8);
        withGps.write((payload.length + 2) & 0xFF);
        withGps.writeBytes(payload);
        withGps.write(plain, 2, plain.length - 2);
        return withGps.toByteArray();
    }
}
