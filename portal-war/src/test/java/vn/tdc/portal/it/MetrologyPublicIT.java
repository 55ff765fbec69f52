package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents see of the metrology register on a real Payara and MariaDB (issue 12): an instrument's QR page (its
 * state in words, the nearest reference scale, never the owner), its canonical address (301s), the friendly 404 of an
 * unknown code, the public JSON, a ward's page of reference scales and shares, the officers' PDF sheet of QR labels,
 * and — in Chromium at a phone's size — the report filed from a QR page with its place and code. The register is
 * kept through the officers' API, in two wards of this class run (phường under tỉnh Quảng Ngãi).
 */
class MetrologyPublicIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-do-luong-2026";
    private static final int RUN = ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD = "phuong-dl-" + RUN;
    private static final String OTHER_WARD = "phuong-dl-khac-" + RUN;
    private static final String OFFICER = "canbo." + WARD;
    private static final String OTHER_OFFICER = "canbo." + OTHER_WARD;
    private static final String EDITOR = "bientap.dl";
    private static final String OWNER = "Nguyễn Thị Chủ Sạp " + RUN;
    private static final String MARKET = "Chợ Đo Lường " + RUN;
    private static final LocalDate VERIFIED = LocalDate.now().minusMonths(2);
    private static final String STATE_VALID = "Đã kiểm định — còn hạn đến ";

    private static boolean registered;
    /** The spring scale at stall 12 of the market, verified two months ago. */
    private static String scale;
    private static String referenceScale;
    private static String neverVerified;
    private static String otherWards;
    private static long emptyPlace;

    @BeforeEach
    void register() {
        if (registered) {
            return;
        }
        addWard(WARD, "phường Đo Lường");
        addWard(OTHER_WARD, "phường Đo Lường Khác");
        ensureAccountIn(WARD, OFFICER, "Cán bộ phường Đo Lường", PASSWORD, "OFFICER");
        ensureAccountIn(OTHER_WARD, OTHER_OFFICER, "Cán bộ phường Đo Lường Khác", PASSWORD, "OFFICER");
        ensureAccount(EDITOR, "Biên tập viên Đo Lường", PASSWORD, "EDITOR");
        long market = place(WARD, OFFICER, MARKET, new BigDecimal("15.120000"), new BigDecimal("108.800000"));
        emptyPlace = place(WARD, OFFICER, "Cửa hàng Trống " + RUN, null, null);
        scale = instrument(OFFICER, market, "can-dong-ho-lo-xo", "12", "LX-" + RUN, VERIFIED, false);
        referenceScale = instrument(OFFICER, market, "can-dien-tu", "Cổng chợ", "DC-" + RUN, VERIFIED, true);
        neverVerified = instrument(OFFICER, market, "can-dia", "7", "CD-" + RUN, null, false);
        long otherMarket = place(OTHER_WARD, OTHER_OFFICER, "Chợ Khác " + RUN, null, null);
        otherWards = instrument(OTHER_OFFICER, otherMarket, "can-dien-tu", "1", "K-" + RUN, VERIFIED, false);
        registered = true;
    }

    private void addWard(String code, String name) {
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                Json.createObjectBuilder().add("code", code).add("slug", code).add("name", name).add("kind", "phuong")
                        .add("parentCode", "quang-ngai").build().toString(), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private long place(String ward, String officer, String name, BigDecimal lat, BigDecimal lon) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("unitCode", ward).add("kind", "cho").add("name", name)
                .add("address", "Thôn Đông, " + ward).add("ownerName", OWNER);
        if (lat != null) {
            body.add("latitude", lat).add("longitude", lon);
        }
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/places", JSON,
                body.build().toString(), as(officer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    private String instrument(String officer, long place, String type, String stall, String serial,
                              LocalDate verifiedOn, boolean reference) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("placeId", place).add("typeCode", type)
                .add("stall", stall).add("ownerName", OWNER).add("serialNo", serial).add("brand", "Nhơn Hòa")
                .add("certificateNo", "TEM-" + serial).add("verificationPassed", true).add("referenceScale", reference);
        if (verifiedOn != null) {
            body.add("verifiedOn", verifiedOn.toString());
        }
        if (reference) {
            body.add("capacity", "30 kg").add("openingHours", "5:00–18:00 hằng ngày");
        }
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/instruments", JSON,
                body.build().toString(), as(officer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getString("code");
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    private static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private static String qrPage(String ward, String code) {
        return "/" + ward + "/phuong-tien-do/" + code;
    }

    @Test
    void should_show_an_instruments_state_place_and_nearest_reference_scale_but_never_its_owner() {
        // when a resident opens the QR page of the scale at stall 12
        HttpResponse<String> page = http.get(qrPage(WARD, scale));

        // then it says what and where it is, that it is verified and until when, and where to weigh again
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cân đồng hồ lò xo", grouped(scale), MARKET, STATE_VALID,
                "instrument-state--ok", "pi-check-circle", "Cân đối chứng gần nhất", "Cổng chợ", "30 kg",
                "Phản ánh phương tiện đo này")
                .containsPattern(STATE_VALID + "\\d{2}/\\d{2}/\\d{4}")
                .doesNotContain(OWNER);

        // and an instrument never verified is overdue, in red, with words and an icon
        HttpResponse<String> overdue = http.get(qrPage(WARD, neverVerified));
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).contains("Quá hạn kiểm định", "instrument-state--bad", "pi-times-circle")
                .doesNotContain(OWNER);
    }

    @Test
    void should_send_a_code_typed_in_lower_case_and_another_wards_instrument_to_their_address_for_good() {
        HttpResponse<String> lowerCase = http.get("/" + WARD + "/phuong-tien-do/" + grouped(scale).toLowerCase(Locale.ROOT));
        assertThat(lowerCase.statusCode()).isEqualTo(301);
        assertThat(lowerCase.headers().firstValue("Location").orElseThrow()).endsWith(qrPage(WARD, scale));

        HttpResponse<String> otherWard = http.get(qrPage(WARD, otherWards));
        assertThat(otherWard.statusCode()).isEqualTo(301);
        assertThat(otherWard.headers().firstValue("Location").orElseThrow()).endsWith(qrPage(OTHER_WARD, otherWards));

        HttpResponse<String> scanned = http.get("/tra-cuu-phuong-tien-do?ma=https%3A%2F%2Fcong.example.vn%2F" + WARD
                + "%2Fphuong-tien-do%2F" + scale);
        assertThat(scanned.statusCode()).isEqualTo(303);
        assertThat(scanned.headers().firstValue("Location").orElseThrow()).endsWith(qrPage(WARD, scale));
    }

    @Test
    void should_answer_an_unknown_or_malformed_code_with_a_friendly_page_in_vietnamese_and_status_404() {
        for (String path : new String[]{qrPage(WARD, "ZZZZ2222"), qrPage(WARD, "%3Cscript%3Ealert(1)"),
                qrPage(WARD, "abc"), "/tra-cuu-phuong-tien-do?ma=ZZZZ-2222"}) {
            HttpResponse<String> page = http.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy phương tiện đo", "id=\"code-form\"",
                    "Mã phương tiện đo").doesNotContain("<script>alert");
        }
        assertThat(http.get(qrPage(WARD, "ZZZZ2222")).body())
                .contains("/" + WARD + "/phan-anh?loai=phuong-tien-do", "Phản ánh cân, thiết bị đo chưa kiểm định");
    }

    @Test
    void should_name_on_the_report_form_only_an_instrument_of_the_forms_ward() {
        String form = "/" + WARD + "/phan-anh?loai=phuong-tien-do&noi=" + java.net.URLEncoder.encode(
                "<b>Cho</b>, sap 12", java.nio.charset.StandardCharsets.UTF_8) + "&ma=";

        HttpResponse<String> own = http.get(form + grouped(scale).toLowerCase(Locale.ROOT));
        HttpResponse<String> other = http.get(form + otherWards);
        HttpResponse<String> unknown = http.get(form + "ZZZZ2222");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("id=\"report-instrument-code\"", grouped(scale), "value=\"b Cho /b , sap 12\"");
        assertThat(other.body()).doesNotContain("report-instrument-code").doesNotContain(grouped(otherWards));
        assertThat(unknown.body()).doesNotContain("report-instrument-code");
    }

    @Test
    void should_answer_the_public_json_without_the_owner() {
        HttpResponse<String> instrument = http.get("/api/metrology/instruments/" + grouped(scale).toLowerCase(Locale.ROOT));
        assertThat(instrument.statusCode()).as(instrument.body()).isEqualTo(200);
        JsonObject json = PortalHttp.json(instrument);
        assertThat(json.getString("code")).isEqualTo(scale);
        assertThat(json.getString("state")).isEqualTo("con-hieu-luc");
        assertThat(json.getString("wardSlug")).isEqualTo(WARD);
        assertThat(instrument.body()).doesNotContain(OWNER).doesNotContain("owner");

        HttpResponse<String> ward = http.get("/api/metrology/wards/" + WARD);
        assertThat(ward.statusCode()).as(ward.body()).isEqualTo(200);
        assertThat(ward.body()).contains(MARKET).doesNotContain(OWNER).doesNotContain("owner");
    }

    @Test
    void should_show_a_wards_reference_scales_and_share_of_verified_instruments_without_owners() {
        HttpResponse<String> page = http.get("/" + WARD + "/phuong-tien-do");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cân đối chứng", MARKET + ", Cổng chợ", "5:00–18:00 hằng ngày",
                        "id=\"scale-list\"", "data-lat=\"15.12", "id=\"share-table\"", "66%", "Còn thiếu 1",
                        "So với 100%", "/tra-cuu-phuong-tien-do")
                .doesNotContain(OWNER);
        assertThat(http.get("/" + WARD).body()).contains("/" + WARD + "/phuong-tien-do");
    }

    @Test
    void should_print_a_pdf_sheet_of_qr_labels_for_the_wards_officers_only() throws Exception {
        // when an officer of the ward asks for its labels
        HttpResponse<byte[]> sheet = http.getBytes("/api/officer/metrology/labels.pdf?unit=" + WARD, as(OFFICER));

        // then it is a PDF whose text has every instrument's grouped code, type and due date, and no other ward's
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(sheet.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(grouped(scale), grouped(referenceScale), grouped(neverVerified),
                    "Cân đồng hồ lò xo", MARKET, "Kiểm định đến", "Chưa kiểm định")
                    .doesNotContain(grouped(otherWards)).doesNotContain(OWNER);
        }

        // and nobody else gets it; an empty place or a missing ward is a clear 4xx in Vietnamese
        assertThat(http.getBytes("/api/officer/metrology/labels.pdf?unit=" + WARD).statusCode()).isEqualTo(401);
        assertThat(http.getBytes("/api/officer/metrology/labels.pdf?unit=" + WARD, as(EDITOR)).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/officer/metrology/labels.pdf?unit=" + WARD, as(OTHER_OFFICER)).statusCode())
                .isEqualTo(404);
        HttpResponse<String> empty = http.get("/api/officer/metrology/labels.pdf?unit=" + WARD + "&place=" + emptyPlace,
                as(OFFICER));
        assertThat(empty.statusCode()).isEqualTo(404);
        assertThat(empty.body()).contains("Không có phương tiện đo nào để in tem");
        HttpResponse<String> noWard = http.get("/api/officer/metrology/labels.pdf", as(OFFICER));
        assertThat(noWard.statusCode()).isEqualTo(400);
        assertThat(noWard.body()).contains("Hãy chọn phường/xã");
    }

    @Test
    void should_file_a_report_prefilled_from_an_instruments_qr_page_on_a_phone() {
        // given a resident who scanned the sticker of stall 12 with a phone
        browser = HeadlessChromium.start();
        browser.get(url(qrPage(WARD, scale)));
        assertThat(browser.findElement(By.id("instrument-state")).getText()).startsWith(STATE_VALID);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue())
                .isLessThanOrEqualTo(500);
        assertThat(AxeAudit.violations(browser)).as("axe-core, QR page").isEmpty();

        // when the resident presses the one button
        HeadlessChromium.click(browser, browser.findElement(By.id("report-instrument")));
        wait(15).until(ExpectedConditions.urlContains("/" + WARD + "/phan-anh"));

        // then the form has the kind, the place and stall, and the instrument's code
        assertThat(browser.findElement(By.cssSelector("[data-kind='phuong-tien-do'] input[type=radio]")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("report:placeName")).getAttribute("value")).isEqualTo(MARKET + ", sạp 12");
        assertThat(browser.findElement(By.id("report-instrument-code")).getText()).contains(grouped(scale));
        assertThat(browser.findElement(By.id("report:address")).getAttribute("value")).isEqualTo("Thôn Đông, " + WARD);
        assertThat(browser.findElement(By.cssSelector("[data-kind='phuong-tien-do'] .report-kind__attrs input"))
                .getAttribute("value")).isEqualTo("Cân đồng hồ lò xo");

        // when the resident describes it and sends it without a name
        browser.findElement(By.id("report:description")).sendKeys("Tem kiem dinh bi boc, can thieu 2 lang");
        HeadlessChromium.click(browser, browser.findElement(By.id("report:anonymous")));
        HeadlessChromium.submit(browser, "report:submit");

        // then the tracking code shows, and the filed report has the place and the instrument's code
        String code = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        JsonObject report = officersView(code);
        assertThat(report.getString("kindCode")).isEqualTo("phuong-tien-do");
        assertThat(report.getString("placeName")).isEqualTo(MARKET + ", sạp 12");
        assertThat(report.getString("description"))
                .isEqualTo("Mã phương tiện đo: " + grouped(scale) + "\nTem kiem dinh bi boc, can thieu 2 lang");
        assertThat(report.getString("unitCode")).isEqualTo(WARD);
        assertThat(report.getString("address")).isEqualTo("Thôn Đông, " + WARD);
        assertThat(report.getJsonObject("attributes").getJsonObject("loai-phuong-tien").getString("value"))
                .isEqualTo("Cân đồng hồ lò xo");
    }

    @Test
    void should_show_the_wards_scales_on_a_map_from_the_war_and_in_a_list_and_pass_axe() {
        browser = HeadlessChromium.start();
        browser.get(url("/" + WARD + "/phuong-tien-do"));

        wait(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scale-map.leaflet-container")));
        assertThat(browser.findElements(By.cssSelector("#scale-map .leaflet-marker-icon"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#scale-list li"))).hasSize(1);
        assertThat(AxeAudit.browserErrors(browser)).filteredOn(e -> e.contains("Content Security Policy")).isEmpty();
        assertThat(AxeAudit.violations(browser)).as("axe-core, ward page").isEmpty();
    }

    @Test
    void should_lead_from_a_typed_or_scanned_code_on_the_scanner_page_to_the_instruments_page() {
        // given the scanner page, reached from the ward's page
        browser = HeadlessChromium.start();
        browser.get(url("/" + WARD + "/phuong-tien-do"));
        HeadlessChromium.click(browser, browser.findElement(By.id("scan-link")));
        wait(15).until(ExpectedConditions.urlContains("/tra-cuu-phuong-tien-do"));
        assertThat(AxeAudit.violations(browser)).as("axe-core, scanner page").isEmpty();

        // when a resident types the code under the sticker, in lower case with its hyphen
        browser.findElement(By.id("ma")).sendKeys(grouped(scale).toLowerCase(Locale.ROOT));
        HeadlessChromium.click(browser, browser.findElement(By.id("code-lookup")));

        // then the instrument's page opens at its own address
        wait(15).until(ExpectedConditions.urlToBe(url(qrPage(WARD, scale))));
        assertThat(browser.findElement(By.id("instrument-code")).getText()).isEqualTo(grouped(scale));
    }

    @Test
    void should_open_the_instruments_page_when_the_browsers_barcode_detector_reads_its_sticker() {
        // given a phone browser with a BarcodeDetector and a camera (stand-ins: this Chromium has neither) whose
        // picture holds the sticker of stall 12, i.e. the page's whole address
        browser = HeadlessChromium.start();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.BarcodeDetector = class {
                    constructor(options) { this.formats = options.formats; }
                    detect(source) {
                        return Promise.resolve([{format: 'qr_code', rawValue: '%s'}]);
                    }
                };
                Object.defineProperty(navigator, 'mediaDevices', {configurable: true, value: {
                    getUserMedia: function () {
                        const canvas = document.createElement('canvas');
                        canvas.width = 64;
                        canvas.height = 64;
                        const paint = () => canvas.getContext('2d').fillRect(0, 0, 64, 64);
                        paint();
                        setInterval(paint, 100);
                        return Promise.resolve(canvas.captureStream(10));
                    }
                }});""".formatted("https://cong.example.vn" + qrPage(WARD, scale))));
        browser.get(url("/tra-cuu-phuong-tien-do"));

        // when the resident presses "Quét mã QR"
        WebElement scan = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-start")));
        HeadlessChromium.click(browser, scan);

        // then the code is taken from the address's last segment and the instrument's page opens
        wait(15).until(ExpectedConditions.urlToBe(url(qrPage(WARD, scale))));
        assertThat(browser.findElement(By.id("instrument-state")).getText()).startsWith(STATE_VALID);
    }

    private JsonObject officersView(String trackingCode) {
        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", PortalHttp.admin()));
        long id = page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("trackingCode").equals(trackingCode))
                .map(row -> row.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        HttpResponse<String> detail = http.get("/api/officer/reports/" + id, PortalHttp.admin());
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        return PortalHttp.json(detail);
    }




    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
