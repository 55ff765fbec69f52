package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's journey in a real browser, from the officer's spreadsheet to a resident's report: an officer imports the
 * ward's scales on the register page, prints their QR stickers from the page's link (with the page's own session),
 * and a resident who scans one on a phone-sized screen sees that it is verified and files a report prefilled with
 * the place and the instrument's code.
 */
class MetrologyJourneyIT extends PortalIntegrationTest {

    private static final String PASSWORD = "Mat-khau-hanh-trinh-2026";
    private static final int RUN = ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD = "xa-hanh-trinh-" + RUN;
    private static final String OFFICER = "canbo.hanhtrinh" + RUN;
    private static final String MARKET = "Chợ Hành Trình " + RUN;
    private static final String HEADER = "Địa điểm,Loại địa điểm,Địa chỉ,Sạp/quầy,Chủ hộ kinh doanh,Loại phương tiện,"
            + "Số máy,Nhãn hiệu,Ngày kiểm định,Số tem/giấy chứng nhận,Kết quả,Cân đối chứng,Sức cân,Giờ mở cửa";
    /** A grouped code as printed under a sticker. */
    private static final Pattern GROUPED_CODE = Pattern.compile("\\b([2-9A-HJKMNP-TW-Z]{4})-([2-9A-HJKMNP-TW-Z]{4})\\b");

    @Test
    void should_take_a_scale_from_the_officers_spreadsheet_to_its_sticker_and_to_a_residents_prefilled_report()
            throws Exception {
        // given a ward with an officer, and the officer's spreadsheet of one market's scale
        HttpResponse<String> ward = http.send("POST", "/api/admin/units", "application/json",
                Json.createObjectBuilder().add("code", WARD).add("slug", WARD).add("name", "xã Hành Trình")
                        .add("kind", "xa").add("parentCode", "bac-ninh").build().toString(), PortalHttp.admin());
        assertThat(ward.statusCode()).as(ward.body()).isEqualTo(201);
        ensureAccountIn(WARD, OFFICER, "Cán bộ xã Hành Trình", PASSWORD, "OFFICER");
        String verified = java.time.LocalDate.now().minusMonths(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path spreadsheet = Files.createTempFile("so-phuong-tien-do-", ".csv");
        Files.writeString(spreadsheet, "\uFEFF" + HEADER + "\r\n" + MARKET + ",Chợ,Thôn Giữa,12,Hộ bà Lê Thị Cân,"
                + "Cân đồng hồ lò xo,HT-" + RUN + ",Nhơn Hòa," + verified + ",TEM-12,Đạt,không,,\r\n",
                StandardCharsets.UTF_8);

        // when the officer imports it on the register page and confirms the preview
        logIn(OFFICER, PASSWORD, "/quan-tri/phuong-tien-do");
        browser.findElement(By.id("importForm:file_input")).sendKeys(spreadsheet.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importPreview"), "HT-" + RUN));
        browser.findElement(By.id("importPreview:confirmImport")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:table"), "HT-" + RUN));

        // and prints the stickers from the page's link, as the browser would, with the page's session
        String labels = browser.findElement(By.id("labels")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        Cookie version = browser.manage().getCookieNamed("JSESSIONIDVERSION");
        HttpResponse<byte[]> sheet = http.getBytes(labels.substring(labels.indexOf("/api/")), "Cookie",
                "JSESSIONID=" + session.getValue()
                        + (version == null ? "" : "; JSESSIONIDVERSION=" + version.getValue()));

        // then the sheet is a PDF with the scale's sticker: its code, type, place and stall, and due date
        assertThat(sheet.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(sheet.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Cân đồng hồ lò xo", MARKET, "Kiểm định đến").doesNotContain("Lê Thị Cân");
        Matcher printed = GROUPED_CODE.matcher(text);
        assertThat(printed.find()).as("a code printed on the sheet: %s", text).isTrue();
        String code = printed.group(1) + printed.group(2);
        browser.quit();

        // when a resident scans the sticker with a phone
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, BROWSER_WAIT);
        browser.get(url("/" + WARD + "/phuong-tien-do/" + code));

        // then the page says the scale is verified, where it is, and nothing of its owner
        assertThat(browser.findElement(By.id("instrument-state")).getText()).contains("Đã kiểm định");
        assertThat(browser.getPageSource()).contains(MARKET).doesNotContain("Lê Thị Cân");

        // when the resident reports it with the page's one button and sends the prefilled form
        HeadlessChromium.click(browser, browser.findElement(By.id("report-instrument")));
        wait.until(ExpectedConditions.urlContains("/" + WARD + "/phan-anh"));
        assertThat(browser.findElement(By.id("report:placeName")).getAttribute("value")).startsWith(MARKET);
        browser.findElement(By.id("report:description")).sendKeys("Cân thiếu khoảng 100 g mỗi ký");
        HeadlessChromium.click(browser, browser.findElement(By.id("report:anonymous")));
        HeadlessChromium.submit(browser, "report:submit");

        // then the report is filed under the ward with the place and the instrument's code
        String tracking = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        JsonObject filed = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest",
                PortalHttp.basicAuth(OFFICER, PASSWORD))).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getString("trackingCode").equals(tracking)).findFirst().orElseThrow();
        JsonObject detail = PortalHttp.json(http.get("/api/officer/reports/" + filed.getJsonNumber("id").longValue(),
                PortalHttp.basicAuth(OFFICER, PASSWORD)));
        assertThat(detail.getString("kindCode")).isEqualTo("phuong-tien-do");
        assertThat(detail.getString("placeName")).startsWith(MARKET);
        assertThat(detail.getString("description"))
                .startsWith("Mã phương tiện đo: " + code.substring(0, 4) + "-" + code.substring(4));
    }
}
