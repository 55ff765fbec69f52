package vn.tdc.portal.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdc.portal.platform.time.PortalTime;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' side of reports in headless Chromium and over HTTP: the inbox with its filters and CSV export, a
 * report's handling from new to a justified closing with the audit trail and publishing, the public statistics,
 * and the administrator's catalog of kinds and departments. Reports are filed through the residents' JSON API.
 */
class ReportOfficerPagesIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String OFFICER = "canbo.xuly";
    private static final String OFFICER_PASSWORD = "Xu-ly-phan-anh-2026";
    private static final String OFFICER_NAME = "Trần Thị Xử Lý";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String STACK_FRAME = "at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)";
    private static boolean officerCreated;
    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();


    @BeforeEach
    void officerAccount() {
        if (!officerCreated) {
            ensureAccount(OFFICER, OFFICER_NAME, OFFICER_PASSWORD, "OFFICER");
            officerCreated = true;
        }
    }

    @Test
    void should_take_a_report_from_the_inbox_through_verification_to_a_justified_closing() throws Exception {
        // given a short-weighing report with the resident's contact and a fake-goods report
        String weighing = file(canThieu("Quầy thịt số 12 chợ Đông Cứu", "Phạm Văn Dân", "0912345678",
                "dan.pham@example.vn"));
        String fake = file(hangGia("Cửa hàng tạp hóa Minh Phát"));

        // when the officer logs in, both are in the inbox
        logIn(OFFICER, OFFICER_PASSWORD, "/quan-tri/phan-anh");
        assertThat(table().getText()).contains(weighing, fake);
        assertThat(AxeAudit.violations(browser)).as("axe-core, inbox").isEmpty();

        // when the inbox is filtered by kind, only the short-weighing report stays
        HeadlessChromium.choose(browser, "inbox:kind", "Cân thiếu, gian lận đo lường");
        browser.findElement(By.id("inbox:filter")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:table"), fake)));
        assertThat(table().getText()).contains(weighing, "Mới tiếp nhận", "Phòng Kinh tế");

        // when the officer opens it, everything the resident sent is there
        browser.findElement(By.linkText(weighing)).click();
        wait.until(ExpectedConditions.urlContains("/quan-tri/phan-anh/chi-tiet?id="));
        assertThat(browser.findElement(By.id("report-place")).getText()).isEqualTo("Quầy thịt số 12 chợ Đông Cứu");
        assertThat(browser.findElement(By.id("report-contact")).getText())
                .contains("Phạm Văn Dân", "0912345678", "dan.pham@example.vn");
        assertThat(browser.findElement(By.id("report-attributes")).getText()).contains("1.8 kg");
        assertThat(browser.findElement(By.id("map-link")).getAttribute("href"))
                .startsWith("https://www.openstreetmap.org/?mlat=21.0285&mlon=105.8542");
        assertThat(status()).isEqualTo("Mới tiếp nhận");
        assertThat(AxeAudit.violations(browser)).as("axe-core, report page").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console of the inbox and the report page").isEmpty();

        // when it is moved into verification with a reply to the resident
        HeadlessChromium.choose(browser, "report:newStatus", "Đang xác minh");
        browser.findElement(By.id("report:statusPublicText")).sendKeys("Cán bộ đã đến kiểm tra quầy thịt.");
        browser.findElement(By.id("report:changeStatus")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Đang xác minh"));

        // when the officer closes it as unfounded without a reason
        HeadlessChromium.choose(browser, "report:newStatus", "Không đủ căn cứ xử lý");
        browser.findElement(By.id("report:changeStatus")).click();

        // then a Vietnamese error stands next to the reason, and the state is unchanged
        String reasonRequired = "Cần nêu lý do khi kết luận không đủ căn cứ xử lý.";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:statusPanel"), reasonRequired));
        assertThat(fieldOf("report:reason").getText()).contains(reasonRequired);
        assertThat(status()).isEqualTo("Đang xác minh");
        assertThat(column("status", weighing)).isEqualTo("dang-xac-minh");

        // when the reason is given
        browser.findElement(By.id("report:reason")).sendKeys("Cân lại trên cân đối chứng thấy đủ khối lượng.");
        browser.findElement(By.id("report:changeStatus")).click();

        // then the report is closed, and the audit trail names the officer for each change
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Không đủ căn cứ xử lý"));
        assertThat(column("status", weighing)).isEqualTo("khong-du-can-cu");
        assertThat(column("closing_reason", weighing)).isEqualTo("Cân lại trên cân đối chứng thấy đủ khối lượng.");
        String audit = browser.findElement(By.id("report:audit")).getText();
        assertThat(audit).contains("Tiếp nhận phản ánh", "Người phản ánh", "Cán bộ đã đến kiểm tra quầy thịt.",
                "Mới tiếp nhận → Đang xác minh", "Đang xác minh → Không đủ căn cứ xử lý");
        assertThat(audit.split(OFFICER_NAME, -1)).hasSize(3);
        assertThat(audit).doesNotContain(OFFICER);

        // when the officer publishes it, confirming the warning
        browser.findElement(By.id("report:publish")).click();
        WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        assertThat(browser.findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains("chủ quầy hàng");
        yes.click();

        // then it is public
        wait.until(ExpectedConditions.textToBe(By.id("report-published"), "Đã công khai"));
        assertThat(column("published", weighing)).isEqualTo("1");
        assertThat(browser.findElement(By.id("report:audit")).getText()).contains("Công khai");
    }

    @Test
    void should_note_and_close_a_report_as_a_duplicate_of_the_same_case_suggested_on_its_page() throws Exception {
        // given two reports of the same kind about the same stall
        String place = "Quầy gà số " + SEQUENCE.incrementAndGet() + " chợ Đông Cứu";
        String first = file(canThieu(place, "Vũ Thị Mai", "0901234567", ""));
        String second = file(canThieu(place, "Hoàng Văn Nam", "0907654321", ""));
        logIn(OFFICER, OFFICER_PASSWORD, "/quan-tri/phan-anh/chi-tiet?id=" + column("id", second));

        // when the officer adds an internal note
        browser.findElement(By.id("report:noteInternalText")).sendKeys("Đã gọi điện cho người phản ánh.");
        browser.findElement(By.id("report:addNote")).click();

        // then it is in the audit trail, not told to the resident
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:audit"),
                "Đã gọi điện cho người phản ánh."));
        assertThat(browser.findElement(By.id("report:audit")).getText()).contains("Ghi chú nội bộ");
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.tracking_code = '"
                + second + "' AND e.type = 'INTERNAL_NOTE' AND e.public_text = ''")).isEqualTo(1);

        // when the officer takes the suggested earlier report and marks this one as its duplicate
        WebElement hint = browser.findElement(By.xpath("//ul[@id='duplicate-hints']/li[a[text()='" + first + "']]"));
        hint.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("report:originalCode"), "value", first));
        browser.findElement(By.id("report:markDuplicate")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        // then it is closed as unfounded, pointing at the first report
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Không đủ căn cứ xử lý"));
        assertThat(column("duplicate_of", second)).isEqualTo(column("id", first));
        assertThat(browser.findElement(By.id("report:audit")).getText()).contains("Đánh dấu trùng", first);
        assertThat(column("status", first)).isEqualTo("moi");
    }

    @Test
    void should_send_a_visitor_who_is_not_logged_in_from_the_officer_pages_to_the_login_page() {
        // when a resident asks for the inbox, a report or the export without logging in
        for (String path : new String[]{"/quan-tri/phan-anh", "/quan-tri/phan-anh/chi-tiet?id=1",
                "/quan-tri/phan-anh/xuat-csv"}) {
            HttpResponse<String> response = http.get(path);

            // then they are sent to the login page, which brings them back afterwards
            assertThat(response.statusCode()).as(path).isIn(302, 303);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .contains("/dang-nhap?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
    }

    @Test
    void should_export_the_filtered_inbox_as_csv_without_the_residents_contact() throws Exception {
        // given two reports of different kinds, one with a full contact
        String weighing = file(canThieu("Sạp cá bà Tư", "Lê Thị Liên", "0987654321", "lien.le@example.vn"));
        String fake = file(hangGia("Đại lý mỹ phẩm Ánh Dương"));

        // when the officer exports the short-weighing reports
        String session = officerSession();
        HttpResponse<String> csv = http.get("/quan-tri/phan-anh/xuat-csv?loai=can-thieu", "Cookie", session);

        // then the file is today's CSV with the report, anonymised, and without the other kind
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""))
                .isEqualTo("text/csv;charset=utf-8");
        String today = PortalTime.today().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"phan-anh-" + today + ".csv\"");
        assertThat(csv.body()).startsWith("\uFEFFma_phan_anh,").contains(weighing, "\"Sạp cá bà Tư\"")
                .doesNotContain(fake, "lien.le@example.vn", "0987654321", "Lê Thị Liên");

        // when the filter is malformed, the export is refused
        assertThat(http.get("/quan-tri/phan-anh/xuat-csv?tu=21-11-2026", "Cookie", session).statusCode())
                .isEqualTo(400);
    }

    @Test
    void should_show_public_statistics_as_charts_and_tables_without_any_reports_content() throws Exception {
        // given a report with contact details and a distinctive description
        String description = "Cân điện tử của sạp rau Hồng Nhung lệch 200 gam";
        String code = file("""
                {"kind":"phuong-tien-do","placeName":"Sạp rau Hồng Nhung","description":"%s",
                 "contact":{"name":"Đỗ Minh Khoa","phone":"0934567890","email":"khoa.do@example.vn"}}"""
                .formatted(description));
        long total = IntegrationDatabase.count("SELECT COUNT(*) FROM report WHERE unit_id = 101");
        long closed = IntegrationDatabase.count("SELECT COUNT(*) FROM report WHERE unit_id = 101"
                + " AND status IN ('da-xu-ly', 'khong-du-can-cu')");

        // when anyone opens the statistics of the ward (xã Đông Cứu, where the report was filed)
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, BROWSER_WAIT).ignoring(StaleElementReferenceException.class);
        browser.get(url("xa-dong-cuu/thong-ke"));

        // then the totals are the stored ones, each chart is drawn and also given as a table
        assertThat(browser.getTitle()).startsWith("Thống kê phản ánh");
        assertThat(browser.findElement(By.id("stats-total")).getText()).isEqualTo(Long.toString(total));
        assertThat(browser.findElement(By.id("stats-open")).getText()).isEqualTo(Long.toString(total - closed));
        assertThat(browser.findElements(By.cssSelector(".stats-chart canvas[role=img]"))).hasSize(4);
        wait.until(driver -> driver.findElements(By.cssSelector(".stats-chart canvas")).stream()
                .allMatch(canvas -> canvas.getSize().getHeight() > 0));
        assertThat(browser.findElement(By.id("byKind-table")).getText())
                .contains("Cân, thiết bị đo chưa kiểm định", "Cân thiếu, gian lận đo lường");
        assertThat(browser.findElement(By.id("byStatus-table")).getText()).contains("Mới tiếp nhận");
        assertThat(browser.findElement(By.id("byMonth-table")).findElements(By.cssSelector("tbody tr"))).hasSize(12);
        assertThat(AxeAudit.violations(browser)).as("axe-core").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console: charts drawn under the content security policy").isEmpty();

        // and nothing of the report itself is on the page
        assertThat(browser.getPageSource()).doesNotContain(code, description, "Sạp rau Hồng Nhung", "Đỗ Minh Khoa",
                "0934567890", "khoa.do@example.vn");
    }

    @Test
    void should_answer_an_unknown_or_malformed_report_id_with_a_vietnamese_not_found_page() {
        String session = officerSession();
        for (String id : new String[]{"987654321", "abc", ""}) {
            // when an officer asks for a report that does not exist
            HttpResponse<String> response = http.get("/quan-tri/phan-anh/chi-tiet?id=" + id, "Cookie", session);

            // then the page says so with 404
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(response.body()).contains("Không tìm thấy phản ánh này").doesNotContainPattern(STACK_FRAME);
        }
    }

    @Test
    void should_let_only_an_administrator_edit_the_catalog() {
        // when an officer asks for the catalog page, it is refused
        assertThat(http.get("/quan-tri/danh-muc-phan-anh", "Cookie", officerSession()).statusCode()).isEqualTo(403);

        // when the administrator opens it, the kinds and departments are listed
        HttpResponse<String> page = http.get("/quan-tri/danh-muc-phan-anh", "Cookie",
                http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cân thiếu, gian lận đo lường", "Đội Quản lý thị trường");
    }

    @Test
    void should_add_a_department_and_a_kind_routed_to_it_from_the_catalog_page() throws Exception {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 10000);
        String departmentCode = "doi-lien-nganh-" + n;
        String kindCode = "can-dien-tu-" + n;
        logIn("admin", IntegrationDatabase.ADMIN_PASSWORD, "/quan-tri/danh-muc-phan-anh");

        // when a department is saved with a malformed code and no name
        browser.findElement(By.id("departments:newDepartment")).click();
        WebElement code = wait.until(ExpectedConditions.elementToBeClickable(By.id("departments:departmentCode")));
        code.sendKeys("Mã Sai");
        browser.findElement(By.id("departments:saveDepartment")).click();

        // then each problem is shown next to its field and nothing is stored
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("departments:departmentEditor"),
                "Mã chỉ gồm chữ thường"));
        assertThat(fieldOf("departments:departmentCode").getText()).contains("Mã chỉ gồm chữ thường không dấu");
        assertThat(fieldOf("departments:departmentName").getText()).contains("Vui lòng nhập mục này.");

        // when it is corrected
        WebElement codeAgain = browser.findElement(By.id("departments:departmentCode"));
        codeAgain.clear();
        codeAgain.sendKeys(departmentCode);
        browser.findElement(By.id("departments:departmentName")).sendKeys("Đội kiểm tra liên ngành " + n);
        browser.findElement(By.id("departments:saveDepartment")).click();

        // then it is listed and stored
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("departments:departmentTable"),
                "Đội kiểm tra liên ngành " + n));
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM report_department WHERE code = '" + departmentCode + "' AND active"))
                .isEqualTo(1);

        // when a new kind with an extra question is routed to it
        browser.findElement(By.id("kinds:newKind")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kinds:kindCode"))).sendKeys(kindCode);
        browser.findElement(By.id("kinds:kindName")).sendKeys("Cân điện tử sai số " + n);
        HeadlessChromium.choose(browser, "kinds:kindDepartment", "Đội kiểm tra liên ngành " + n);
        WebElement days = browser.findElement(By.id("kinds:kindDueDays_input"));
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        browser.findElement(By.id("kinds:addAttribute")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kinds:attributes:0:attributeCode"))).sendKeys("sai-so");
        browser.findElement(By.id("kinds:attributes:0:attributeLabel")).sendKeys("Sai số đo được");
        browser.findElement(By.id("kinds:attributes:0:attributeUnit")).sendKeys("g");
        browser.findElement(By.id("kinds:saveKind")).click();

        // then it is listed and stored as given
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kinds:kindTable"), "Cân điện tử sai số " + n));
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT department_code, due_working_days, attributes FROM report_kind WHERE code = ?")) {
            statement.setString(1, kindCode);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(departmentCode);
                assertThat(row.getInt(2)).isEqualTo(5);
                assertThat(row.getString(3)).contains("\"code\":\"sai-so\"", "\"unit\":\"g\"");
            }
        }

        // when it is edited again, its code (the Open311 service code) cannot be changed
        WebElement row = browser.findElement(By.xpath("//tbody[@id='kinds:kindTable_data']/tr[.//code[text()='"
                + kindCode + "']]"));
        row.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("kinds:kindName"), "value", "Cân điện tử sai số " + n));
        assertThat(browser.findElement(By.id("kinds:kindCode")).isEnabled()).isFalse();
    }

    private String canThieu(String place, String name, String phone, String email) {
        return """
                {"kind":"can-thieu","placeName":"%s","address":"Chợ Đông Cứu, xã Đông Cứu",
                 "latitude":21.0285,"longitude":105.8542,
                 "description":"Mua 2 kg thịt, cân lại trên cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},
                 "contact":{"name":"%s","phone":"%s","email":"%s"}}""".formatted(place, name, phone, email);
    }

    private String hangGia(String place) {
        return """
                {"kind":"hang-gia","placeName":"%s","description":"Bán nước hoa giả nhãn hiệu nổi tiếng.",
                 "anonymous":true}""".formatted(place);
    }

    /** Files a report through the residents' API; returns its tracking code. */
    private String file(String body) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getString("trackingCode");
    }

    /** Pages take no HTTP Basic: the officer logs in on the login page, the session cookie opens them. */
    private String officerSession() {
        return http.logIn(OFFICER, OFFICER_PASSWORD);
    }

    private WebElement table() {
        return browser.findElement(By.id("inbox:table"));
    }

    private String status() {
        return browser.findElement(By.id("report-status")).getText();
    }

    /** The form field (label, input, hint, message) an input belongs to. */
    private WebElement fieldOf(String inputId) {
        return browser.findElement(By.id(inputId)).findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
    }

    private static String column(String name, String trackingCode) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + name + " FROM report WHERE tracking_code = ?")) {
            statement.setString(1, trackingCode);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
