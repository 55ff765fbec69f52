package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' register of measuring instruments on a real Payara and MariaDB (issue 12): places and instruments
 * through the API within the officer's ward (404 outside it, 400 in Vietnamese for bad input), the spreadsheet import
 * (a preview saves nothing; a confirm saves every row or, with one bad row, nothing), the export and its round trip,
 * and the register page in headless Chromium. Each class run works on a ward of its own (under tỉnh Quảng Ngãi).
 */
class MetrologyRegisterIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-do-luong-2026";
    private static final String WARD = "phuong-dl-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String OFFICER = "canbo." + WARD;
    private static final String OTHER_WARD = "xa-dong-cuu";
    private static final String API = "/api/officer/metrology";
    private static final String HEADER = "Địa điểm,Loại địa điểm,Địa chỉ,Sạp/quầy,Chủ hộ kinh doanh,Loại phương tiện,"
            + "Số máy,Nhãn hiệu,Ngày kiểm định,Số tem/giấy chứng nhận,Kết quả,Cân đối chứng,Sức cân,Giờ mở cửa";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            MetrologyRegisterIT.class.getName());

    private static boolean wardAdded;

    @BeforeEach
    void ward() {
        if (!wardAdded) {
            HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                    Json.createObjectBuilder().add("code", WARD).add("slug", WARD).add("name", "phường Đo Lường")
                            .add("kind", "phuong").add("parentCode", "quang-ngai").build().toString(),
                    PortalHttp.admin());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            wardAdded = true;
        }
        ensureAccountIn(WARD, OFFICER, "Cán bộ phường Đo Lường", PASSWORD, "OFFICER");
    }

    private static String[] officer() {
        return PortalHttp.basicAuth(OFFICER, PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    private long place(String unit, String name, String[] as) {
        HttpResponse<String> created = http.send("POST", API + "/places", JSON, Json.createObjectBuilder()
                .add("unitCode", unit).add("kind", "cho").add("name", name).add("address", "Thôn Một").build()
                .toString(), as);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> addInstrument(long place, String serial, String[] as) {
        return http.send("POST", API + "/instruments", JSON, Json.createObjectBuilder().add("placeId", place)
                .add("typeCode", "can-dien-tu").add("serialNo", serial).add("stall", "12")
                .add("verifiedOn", "2026-01-15").add("certificateNo", "TEM-1").build().toString(), as);
    }

    private JsonObject instruments(String query) {
        HttpResponse<String> list = http.get(API + "/instruments?unit=" + WARD + "&size=200" + query, officer());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return PortalHttp.json(list);
    }

    private List<String> serials(String query) {
        return instruments(query).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("serialNo")).toList();
    }

    private HttpResponse<String> importFile(String fileName, String type, byte[] content, boolean confirm) {
        MultipartBody body = new MultipartBody().file("file", fileName, type, content);
        return http.sendBytes("POST", API + "/import?unit=" + WARD + "&confirm=" + confirm, body.contentType(),
                body.bytes(), officer());
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_keep_places_and_instruments_of_the_officers_ward_and_answer_404_outside_it() {
        // given a place of another ward, added by the platform's administrator
        long elsewhere = place(OTHER_WARD, unique("Chợ Khác"), PortalHttp.admin());
        HttpResponse<String> foreign = addInstrument(elsewhere, unique("NGOAI"), PortalHttp.admin());
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(201);
        long foreignId = PortalHttp.json(foreign).getJsonNumber("id").longValue();

        // when the officer adds and edits a place and an instrument of his ward
        long market = place("", unique("Chợ Trung Tâm"), officer());
        HttpResponse<String> renamed = http.send("PUT", API + "/places/" + market, JSON, Json.createObjectBuilder()
                .add("kind", "cho").add("name", unique("Chợ Trung Tâm mới")).build().toString(), officer());
        String serial = unique("CDT");
        HttpResponse<String> added = addInstrument(market, serial, officer());
        long id = PortalHttp.json(added).getJsonNumber("id").longValue();
        HttpResponse<String> read = http.get(API + "/instruments/" + id, officer());
        HttpResponse<String> updated = http.send("PUT", API + "/instruments/" + id, JSON, Json.createObjectBuilder()
                .add("placeId", market).add("typeCode", "can-dien-tu").add("serialNo", serial)
                .add("verifiedOn", "2026-01-15").add("verificationPassed", false).build().toString(), officer());

        // then
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(PortalHttp.json(added).getString("dueOn")).isEqualTo("2027-01-15");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(PortalHttp.json(updated).getString("stateLabel")).isEqualTo("Không đạt");
        assertThat(http.get(API + "/instruments/" + foreignId, officer()).statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", API + "/places/" + elsewhere, JSON, Json.createObjectBuilder().add("kind", "cho")
                .add("name", "Chợ của tôi").build().toString(), officer()).statusCode()).isEqualTo(404);
        assertThat(http.get(API + "/instruments?unit=" + OTHER_WARD, officer()).statusCode()).isEqualTo(404);
    }

    @Test
    void should_answer_400_in_vietnamese_for_script_in_a_text_field_a_duplicate_serial_and_malformed_json() {
        // given
        long market = place("", unique("Chợ Lỗi"), officer());
        String serial = unique("TRUNG");
        assertThat(addInstrument(market, serial, officer()).statusCode()).isEqualTo(201);

        // when
        HttpResponse<String> script = http.send("POST", API + "/instruments", JSON, Json.createObjectBuilder()
                .add("placeId", market).add("typeCode", "can-dia").add("serialNo", unique("S"))
                .add("brand", "<script>alert(1)</script>").build().toString(), officer());
        HttpResponse<String> duplicate = addInstrument(market, serial, officer());
        HttpResponse<String> malformed = http.send("POST", API + "/instruments", JSON, "{\"placeId\": ", officer());

        // then
        assertThat(script.statusCode()).as(script.body()).isEqualTo(400);
        JsonObject scriptProblem = PortalHttp.json(script).getJsonObject("error").getJsonArray("details")
                .getJsonObject(0);
        assertThat(scriptProblem.getString("field")).isEqualTo("brand");
        assertThat(scriptProblem.getString("message")).isEqualTo("không được chứa dấu < > hay ký tự điều khiển");
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(400);
        JsonObject duplicateProblem = PortalHttp.json(duplicate).getJsonObject("error").getJsonArray("details")
                .getJsonObject(0);
        assertThat(duplicateProblem.getString("field")).isEqualTo("serialNo");
        assertThat(duplicateProblem.getString("message")).isEqualTo(
                "Số máy „" + serial + "“ đã có trong sổ (Cân điện tử).");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(malformed).getJsonObject("error").getString("message")).isNotBlank()
                .doesNotContain("Exception");
    }

    @Test
    void should_preview_an_import_without_saving_then_save_every_row_on_confirm() {
        // given a file of a new market and an instrument already in the register
        long market = place("", unique("Chợ Cũ"), officer());
        String known = unique("CU");
        assertThat(addInstrument(market, known, officer()).statusCode()).isEqualTo(201);
        String newMarket = unique("Chợ Nhập");
        String first = unique("NHAP");
        String second = unique("NHAP");
        byte[] file = csv(
                newMarket + ",Chợ,Thôn Hai,1,Lê Văn An,Cân đĩa," + first + ",Nhơn Hòa,15/01/2026,TEM-9,Đạt,không,,",
                newMarket + ",,,2,,can-dong-ho-lo-xo," + second + ",,2026-02-01,,Đạt,có,100 kg,5:00-18:00",
                "\"" + instrumentsPlaceName(market) + "\",,,12,,Cân điện tử," + known + ",,01/03/2026,TEM-2,Không đạt,,,");

        // when
        HttpResponse<String> preview = importFile("so.csv", "text/csv", file, false);

        // then every row is shown with what it would do, and nothing is saved
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject answer = PortalHttp.json(preview);
        assertThat(answer.getInt("added")).isEqualTo(2);
        assertThat(answer.getInt("updated")).isEqualTo(1);
        assertThat(answer.getInt("newPlaces")).isEqualTo(1);
        assertThat(answer.getInt("rowsWithProblems")).isZero();
        assertThat(answer.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .map(row -> row.getString("actionLabel")))
                .containsExactly("Thêm mới", "Thêm mới", "Cập nhật phương tiện đã có");
        assertThat(serials("")).doesNotContain(first, second);

        // when confirmed
        HttpResponse<String> confirmed = importFile("so.csv", "text/csv", file, true);

        // then every row is saved
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(PortalHttp.json(confirmed).getInt("added")).isEqualTo(2);
        assertThat(PortalHttp.json(confirmed).getInt("updated")).isEqualTo(1);
        assertThat(PortalHttp.json(confirmed).getInt("newPlaces")).isEqualTo(1);
        assertThat(serials("")).contains(first, second, known);
        assertThat(serials("&reference=true")).contains(second).doesNotContain(first);
        assertThat(serials("&state=khong-dat")).contains(known);
        assertThat(http.get(API + "/places?unit=" + WARD, officer()).body()).contains(newMarket);
    }

    private String instrumentsPlaceName(long placeId) {
        return PortalHttp.jsonArray(http.get(API + "/places?unit=" + WARD, officer())).stream()
                .map(JsonObject.class::cast).filter(p -> p.getJsonNumber("id").longValue() == placeId)
                .map(p -> p.getString("name")).findFirst().orElseThrow();
    }

    @Test
    void should_save_nothing_of_a_file_with_one_bad_row_and_say_which_rows_are_wrong() throws IOException {
        // given a good row, a formula, a wrong date, an unknown type and a duplicate serial
        String good = unique("TOT");
        String duplicate = unique("TRUNG");
        String market = unique("Chợ Hỏng");
        byte[] file = csv(
                market + ",,,1,,Cân đĩa," + good + ",,15/01/2026,,,,,",
                market + ",,,2,=HYPERLINK(\"http://x\"),Cân đĩa," + unique("F") + ",,,,,,,",
                market + ",,,3,,Cân đĩa," + unique("D") + ",,31/02/2026,,,,,",
                market + ",,,4,,Cân treo," + unique("T") + ",,,,,,,",
                market + ",,,5,,Cân đĩa," + duplicate + ",,,,,,,",
                market + ",,,6,,Cân đĩa," + duplicate + ",,,,,,,");

        // when
        HttpResponse<String> preview = importFile("so.csv", "text/csv", file, false);
        HttpResponse<String> refused = importFile("so.csv", "text/csv", file, true);
        HttpResponse<String> xlsx = importFile("so.xlsx", "application/octet-stream", xlsxWithFormula(), true);
        HttpResponse<String> tooLarge = importFile("so.csv", "text/csv", new byte[2 * 1024 * 1024 + 10], false);

        // then
        assertThat(preview.statusCode()).isEqualTo(200);
        List<JsonObject> rows = PortalHttp.json(preview).getJsonArray("rows").stream().map(JsonObject.class::cast)
                .toList();
        assertThat(rows.get(0).getJsonArray("problems")).isEmpty();
        assertThat(rows.get(1).getJsonArray("problems").getString(0)).contains("Chủ hộ kinh doanh", "công thức");
        assertThat(rows.get(2).getJsonArray("problems").getString(0)).contains("31/02/2026");
        assertThat(rows.get(3).getJsonArray("problems").getString(0)).contains("Cân treo");
        assertThat(rows.get(4).getJsonArray("problems")).isEmpty();
        assertThat(rows.get(5).getJsonArray("problems").getString(0)).contains("trùng với dòng 6");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonObject error = PortalHttp.json(refused).getJsonObject("error");
        assertThat(error.getString("message")).startsWith("Không lưu gì: 4 dòng có lỗi.");
        assertThat(error.getJsonArray("details").stream().map(JsonObject.class::cast)
                .map(d -> d.getString("field"))).contains("dong 3", "dong 4", "dong 5", "dong 7");
        assertThat(serials("")).doesNotContain(good);
        assertThat(http.get(API + "/places?unit=" + WARD, officer()).body()).doesNotContain(market);
        assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(409);
        assertThat(xlsx.body()).contains("Số máy", "công thức");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(PortalHttp.json(tooLarge).getJsonObject("error").getString("message")).contains("2 MB");
    }

    private static byte[] xlsxWithFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ");
            String[] headers = HEADER.split(",");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Chợ Công Thức");
            row.createCell(5).setCellValue("Cân đĩa");
            row.createCell(6).setCellFormula("CONCATENATE(\"A\",\"1\")");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void should_export_the_filtered_register_as_csv_and_xlsx_that_imports_back_unchanged() throws IOException {
        // given
        long market = place("", unique("Chợ Xuất"), officer());
        String serial = unique("XUAT");
        assertThat(addInstrument(market, serial, officer()).statusCode()).isEqualTo(201);
        String risky = "-" + unique("AM");
        HttpResponse<String> riskyAdded = http.send("POST", API + "/instruments", JSON, Json.createObjectBuilder()
                .add("placeId", market).add("typeCode", "can-dia").add("serialNo", unique("R"))
                .add("brand", risky).build().toString(), officer());
        assertThat(riskyAdded.statusCode()).as(riskyAdded.body()).isEqualTo(201);

        // when
        HttpResponse<byte[]> csv = http.getBytes(API + "/export.csv?unit=" + WARD + "&place=" + market, officer());
        HttpResponse<byte[]> xlsx = http.getBytes(API + "/export.xlsx?unit=" + WARD + "&place=" + market
                + "&type=can-dien-tu", officer());
        HttpResponse<String> reimported = importFile("so.csv", "text/csv", csv.body(), false);
        HttpResponse<byte[]> template = http.getBytes(API + "/import/mau.csv", officer());
        HttpResponse<String> templatePreview = importFile("mau.csv", "text/csv", template.body(), false);

        // then
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFĐịa điểm,").contains(serial, "15/01/2026", "Còn hiệu lực", "'" + risky);
        assertThat(text.lines()).hasSize(3);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Địa điểm");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(serial);
            assertThat(sheet.getRow(1).getCell(8).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 1, 15));
        }
        assertThat(reimported.statusCode()).as(reimported.body()).isEqualTo(200);
        JsonObject preview = PortalHttp.json(reimported);
        assertThat(preview.getInt("updated")).isEqualTo(2);
        assertThat(preview.getInt("rowsWithProblems")).isEqualTo(0);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(new String(template.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFĐịa điểm,Loại địa điểm,");
        assertThat(templatePreview.statusCode()).as(templatePreview.body()).isEqualTo(200);
        assertThat(PortalHttp.json(templatePreview).getInt("rowsWithProblems")).isZero();
    }

    @Test
    void should_let_an_officer_of_a_province_choose_among_its_wards_on_the_register_page() {
        // given
        String provinceOfficer = "canbo.dl.quangngai";
        ensureAccountIn("quang-ngai", provinceOfficer, "Cán bộ đo lường tỉnh Quảng Ngãi", PASSWORD, "OFFICER");
        String market = unique("Chợ Tỉnh");
        place(WARD, market, PortalHttp.basicAuth(provinceOfficer, PASSWORD));

        // when
        logIn(provinceOfficer, PASSWORD, "/quan-tri/phuong-tien-do");
        String wardLabel = browser.findElement(By.cssSelector("#register\\:ward_input option[value='" + WARD + "']"))
                .getAttribute("textContent");
        HeadlessChromium.choose(browser, "register:ward", wardLabel);
        browser.findElement(By.id("register:filter")).click();

        // then the ward's places are offered and the labels and exports are of that ward
        wait.until(ExpectedConditions.attributeContains(By.id("exportCsv"), "href", "unit=" + WARD));
        HeadlessChromium.waitForQuietPage(browser);
        assertThat(browser.findElement(By.id("labels")).getAttribute("href")).contains("unit=" + WARD + "&place=");
        assertThat(browser.findElement(By.id("register:place_input")).getAttribute("innerHTML")).contains(market);
        assertThat(AxeAudit.violations(browser)).as("axe-core, register page of a province officer").isEmpty();
    }

    @Test
    void should_let_an_officer_import_a_spreadsheet_on_the_register_page_after_fixing_a_bad_row() throws IOException {
        // given
        String market = unique("Chợ Trang");
        String serial = unique("TRANG");
        Path bad = Files.createTempFile("so-loi-", ".csv");
        Files.write(bad, csv(market + ",,,7,,Cân đĩa," + serial + ",,31/13/2026,,,,,"));
        Path good = Files.createTempFile("so-tot-", ".csv");
        Files.write(good, csv(market + ",,,7,,Cân đĩa," + serial + ",,15/01/2026,TEM-7,Đạt,,,"));

        // when the officer opens the register and uploads a file with a wrong date
        logIn(OFFICER, PASSWORD, "/quan-tri/phuong-tien-do");
        assertThat(browser.findElement(By.id("labels")).getText()).contains("In tem QR");
        assertThat(browser.findElement(By.id("labels")).getAttribute("href"))
                .contains("/api/officer/metrology/labels.pdf?unit=" + WARD + "&place=");
        assertThat(AxeAudit.violations(browser)).as("axe-core, register page").isEmpty();
        browser.findElement(By.id("importForm:file_input")).sendKeys(bad.toAbsolutePath().toString());

        // then the preview shows the row's problem, and the confirm button is disabled
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importPreview"), "31/13/2026"));
        assertThat(browser.findElement(By.id("importPreview")).getText()).contains("1 dòng có lỗi");
        assertThat(browser.findElement(By.id("importPreview:confirmImport")).isEnabled()).isFalse();
        assertThat(serials("")).doesNotContain(serial);

        // when the officer uploads the fixed file and confirms
        browser.findElement(By.id("importForm:file_input")).sendKeys(good.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importPreview"), "Thêm mới"));
        browser.findElement(By.id("importPreview:confirmImport")).click();

        // then the row is in the list, with its state written out
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:table"), serial));
        assertThat(browser.findElement(By.id("register:table")).getText()).contains(market, "Còn hiệu lực");
        assertThat(serials("")).contains(serial);
        assertThat(AxeAudit.violations(browser)).as("axe-core, register page after the import").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console").isEmpty();
    }

    @Test
    void should_add_a_place_and_an_instrument_on_the_page_showing_a_broken_rule_next_to_its_input() {
        // given
        String market = unique("Chợ Biểu Mẫu");
        String serial = unique("BM");
        logIn(OFFICER, PASSWORD, "/quan-tri/phuong-tien-do");

        // when the officer adds a place
        browser.findElement(By.id("placeEditor:name")).sendKeys(market);
        browser.findElement(By.id("placeEditor:address")).sendKeys("Thôn Ba");
        browser.findElement(By.id("placeEditor:savePlace")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placeEditor:placeTable"), market));

        // when an instrument is added there with script in its brand
        HeadlessChromium.choose(browser, "instrumentEditor:placeId", market);
        HeadlessChromium.choose(browser, "instrumentEditor:typeCode", "Cân đĩa");
        browser.findElement(By.id("instrumentEditor:serialNo")).sendKeys(serial);
        browser.findElement(By.id("instrumentEditor:brand")).sendKeys("<script>alert(1)</script>");
        browser.findElement(By.id("instrumentEditor:saveInstrument")).click();

        // then the rule stands next to the brand, and nothing is saved
        wait.until(ExpectedConditions.textToBePresentInElementLocated(fieldOf("instrumentEditor:brand"),
                "không được chứa dấu < > hay ký tự điều khiển"));
        assertThat(serials("")).doesNotContain(serial);

        // when the brand is fixed
        browser.findElement(By.id("instrumentEditor:brand")).clear();
        browser.findElement(By.id("instrumentEditor:brand")).sendKeys("Nhơn Hòa");
        browser.findElement(By.id("instrumentEditor:saveInstrument")).click();

        // then it is in the list, never verified, so overdue, which the badge says in words
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:table"), serial));
        assertThat(browser.findElement(By.id("register:table")).getText()).contains("Quá hạn kiểm định");
        assertThat(serials("&state=qua-han")).contains(serial);
        assertThat(AxeAudit.browserErrors(browser)).as("console").isEmpty();
    }

    @Test
    void should_describe_the_import_and_export_in_the_openapi_document() {
        HttpResponse<String> response = http.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/officer/metrology/import", "/api/officer/metrology/export");
    }

    /** The field (label, input, message) of the input with that id, found again at each look (AJAX replaces it). */
    private static By fieldOf(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]");
    }

    @Test
    void should_import_the_largest_file_allowed_in_one_transaction() {
        // given 5 000 rows at 10 markets, none of them in the register yet
        String prefix = unique("LON");
        String[] lines = new String[5_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = prefix + " chợ " + (i % 10) + ",,," + i + ",," + (i % 2 == 0 ? "Cân đĩa" : "Cân điện tử") + ","
                    + prefix + "-" + i + ",,15/01/2026,TEM-" + i + ",Đạt,,,";
        }
        byte[] file = csv(lines);

        // when
        long started = System.nanoTime();
        HttpResponse<String> preview = importFile("lon.csv", "text/csv", file, false);
        long previewed = System.nanoTime();
        HttpResponse<String> saved = importFile("lon.csv", "text/csv", file, true);
        long done = System.nanoTime();
        LOG.info(() -> "5 000 rows (" + file.length + " bytes): preview " + (previewed - started) / 1_000_000
                + " ms, confirm " + (done - previewed) / 1_000_000 + " ms");

        // then
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(PortalHttp.json(preview).getInt("added")).isEqualTo(5_000);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(PortalHttp.json(saved).getInt("newPlaces")).isEqualTo(10);
        assertThat(instruments("&q=" + prefix).getJsonNumber("total").longValue()).isEqualTo(5_000);
    }
}
