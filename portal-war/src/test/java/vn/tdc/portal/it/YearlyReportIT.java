package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly report on a real Payara and MariaDB (issue 12): in a ward of its own (phường Tổng Kết under tỉnh Quảng
 * Ngãi) residents file reports of known kinds, an officer closes one and the resident rates it, the ward publishes an
 * article, officers register a market with four instruments (two usable, two overdue, one reference scale), two
 * questions are asked to the assistant on the ward's pages; the
 * officer's DOCX, opened with POI, holds the header of Nghị định 30 and exactly the figures the database holds,
 * counted here by plain SQL. A province officer gets the roll-up with one row per ward; bad requests are 4xx in
 * Vietnamese.
 */
class YearlyReportIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(VIETNAM);
    private static final int YEAR = TODAY.getYear();
    private static final String PASSWORD = "Mat-khau-bao-cao-2026";
    private static final String WARD = "phuong-bcn-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD_NAME = "phường Tổng Kết";
    private static final String WARD_ADMIN = "quantri." + WARD;
    private static final String WARD_OFFICER = "canbo." + WARD;
    private static final String PROVINCE_OFFICER = "canbo.bcn.quangngai";

    private static boolean wardFilled;
    private static long wardId;

    @BeforeEach
    void wardWithData() throws SQLException {
        if (wardFilled) {
            return;
        }
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                Json.createObjectBuilder().add("code", WARD).add("slug", WARD).add("name", WARD_NAME)
                        .add("kind", "phuong").add("parentCode", "quang-ngai").add("address", "Trụ sở UBND")
                        .build().toString(), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        wardId = IntegrationDatabase.count("SELECT id FROM admin_unit WHERE code = '" + WARD + "'");
        ensureAccountIn(WARD, WARD_ADMIN, "Quản trị phường Tổng Kết", PASSWORD, "ADMIN");
        ensureAccountIn(WARD, WARD_OFFICER, "Cán bộ phường Tổng Kết", PASSWORD, "OFFICER");
        ensureAccountIn("quang-ngai", PROVINCE_OFFICER, "Cán bộ tỉnh Quảng Ngãi", PASSWORD, "OFFICER");

        // reports: two of cân thiếu, one of hàng giả; one closed as handled and rated satisfied
        String place = "Sạp " + UUID.randomUUID();
        String handled = file("can-thieu", place);
        file("can-thieu", place);
        file("hang-gia", place);
        close(handled);
        HttpResponse<String> rated = http.send("POST", "/api/reports/" + handled + "/feedback", JSON,
                "{\"satisfied\":true,\"reopen\":false}");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);

        // news: one article of the ward, published
        publishArticle();

        // register: a market with two usable instruments (one a reference scale) and two overdue ones
        long market = addPlace();
        long checked = addInstrument(market, "can-dien-tu", "DT-1", TODAY.minusDays(10), false);
        addInstrument(market, "can-ban", "CB-1", TODAY.minusDays(5), true);
        addInstrument(market, "can-dia", "CD-1", TODAY.minusDays(400), false);
        addInstrument(market, "can-dong-ho-lo-xo", "LX-1", null, false);

        // inspections: one today, finding the checked scale within its error and another stall's scale not
        HttpResponse<String> inspected = http.send("POST", "/api/officer/metrology/inspections", JSON,
                Json.createObjectBuilder().add("heldOn", TODAY.toString()).add("team", "Đoàn kiểm tra của xã")
                        .add("findings", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("placeId", market).add("instrumentId", checked)
                                        .add("result", "dat"))
                                .add(Json.createObjectBuilder().add("placeId", market).add("result", "khong-dat")
                                        .add("errorText", "-50 g / 1 kg")))
                        .build().toString(), PortalHttp.basicAuth(WARD_OFFICER, PASSWORD));
        assertThat(inspected.statusCode()).as(inspected.body()).isEqualTo(201);

        // the assistant: two questions asked on the ward's pages
        for (String question : List.of("cân đối chứng ở đâu", "hàng giả xử lý thế nào")) {
            HttpResponse<String> answered = http.send("POST", "/api/chat", JSON,
                    Json.createObjectBuilder().add("question", question).add("ward", WARD).build().toString());
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }
        wardFilled = true;
    }

    @Test
    void should_fill_the_wards_report_with_the_figures_the_database_holds_under_the_header_of_nghi_dinh_30()
            throws Exception {
        // when
        HttpResponse<byte[]> response = http.getBytes("/api/officer/yearly-report.docx?unit=" + WARD + "&year=" + YEAR,
                PortalHttp.basicAuth(WARD_OFFICER, PASSWORD));

        // then
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DOCX);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("bao-cao-nam-" + WARD + "-" + YEAR + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            // the header of Nghị định 30
            XWPFTable header = document.getTables().get(0);
            assertThat(texts(header.getRow(0).getCell(0))).containsExactly("UBND PHƯỜNG TỔNG KẾT", "Số: ……/BC-UBND");
            assertThat(texts(header.getRow(0).getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Tổng Kết, ngày … tháng … năm …");
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch … về tiêu chuẩn, đo lường, chất lượng năm " + YEAR,
                    "I. KẾT QUẢ THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ", "Các nhiệm vụ chung");

            // news by category, as the database counts them
            List<List<String>> news = rows(table(document, "Chuyên mục"));
            assertThat(cell(news, "Đo lường")).isEqualTo(sql("SELECT COUNT(*) FROM article WHERE unit_id = ?"
                    + " AND category_code = 'do-luong'" + inYear("first_published_at")));
            assertThat(cell(news, "Tổng cộng")).isEqualTo(sql("SELECT COUNT(*) FROM article WHERE unit_id = ?"
                    + inYear("first_published_at"))).isEqualTo(1);

            // reports by kind and state, closed, on time, satisfaction
            List<List<String>> kinds = rows(table(document, "Loại phản ánh"));
            assertThat(cell(kinds, "Cân thiếu, gian lận đo lường")).isEqualTo(sql("SELECT COUNT(*) FROM report"
                    + " WHERE unit_id = ? AND kind_code = 'can-thieu'" + inYear("submitted_at"))).isEqualTo(2);
            assertThat(cell(kinds, "Hàng giả, hàng nhái")).isEqualTo(sql("SELECT COUNT(*) FROM report"
                    + " WHERE unit_id = ? AND kind_code = 'hang-gia'" + inYear("submitted_at"))).isEqualTo(1);
            long received = sql("SELECT COUNT(*) FROM report WHERE unit_id = ?" + inYear("submitted_at"));
            assertThat(cell(kinds, "Tổng cộng")).isEqualTo(received).isEqualTo(3);
            List<List<String>> states = rows(table(document, "Tình trạng xử lý"));
            long handled = sql("SELECT COUNT(*) FROM report WHERE unit_id = ? AND status = 'da-xu-ly'"
                    + inYear("submitted_at"));
            assertThat(cell(states, "Đã xử lý")).isEqualTo(handled).isEqualTo(1);
            assertThat(cell(states, "Mới tiếp nhận")).isEqualTo(sql("SELECT COUNT(*) FROM report WHERE unit_id = ?"
                    + " AND status = 'moi'" + inYear("submitted_at")));
            long onTime = sql("SELECT COUNT(*) FROM report WHERE unit_id = ? AND closed_on_time = TRUE"
                    + inYear("submitted_at"));
            long satisfied = sql("SELECT COUNT(*) FROM report WHERE unit_id = ? AND satisfied = TRUE"
                    + inYear("submitted_at"));
            assertThat(text).contains("Tiếp nhận " + received + " phản ánh; đã xử lý xong " + handled
                    + " phản ánh, trong đó " + onTime + " phản ánh đúng hạn");
            assertThat(text).contains("trong đó " + satisfied + " lượt hài lòng (tỷ lệ hài lòng: 100%)");

            // the register against the target of 100 %
            String today = "'" + TODAY + "'";
            long instruments = sql("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = ?");
            long usable = sql("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = ? AND suspended = FALSE"
                    + " AND verified_on IS NOT NULL AND verification_passed = TRUE AND due_on >= " + today);
            long overdue = sql("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = ? AND suspended = FALSE"
                    + " AND (verified_on IS NULL OR (verification_passed = TRUE AND due_on < " + today + "))");
            long references = sql("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = ?"
                    + " AND reference_scale = TRUE");
            List<List<String>> register = rows(table(document, "Tình trạng kiểm định"));
            assertThat(cell(register, "Tổng cộng")).isEqualTo(instruments).isEqualTo(4);
            assertThat(cell(register, "Quá hạn kiểm định")).isEqualTo(overdue).isEqualTo(2);
            assertThat(text).contains("có " + instruments + " phương tiện đo dùng trong giao dịch thương mại; "
                    + usable + " phương tiện được phép sử dụng (kiểm định còn hiệu lực), đạt 50% so với chỉ tiêu 100%"
                    + " của Kế hoạch; " + overdue + " phương tiện quá hạn kiểm định; " + references
                    + " cân đối chứng");

            // inspections as recorded; the assistant's answers as counted since V16
            long inspections = sql("SELECT COUNT(*) FROM inspection WHERE unit_id = ?");
            long failed = sql("SELECT COUNT(*) FROM inspection_finding f JOIN inspection i ON i.id = f.inspection_id"
                    + " WHERE i.unit_id = ? AND f.result = 'khong-dat'");
            assertThat(text).contains("Tổ chức " + inspections + " đợt kiểm tra tại 1 địa điểm, kiểm tra 1 phương tiện đo;"
                    + " ghi nhận 2 kết quả, trong đó " + failed + " không đạt.");
            assertThat(inspections).isEqualTo(1);
            assertThat(failed).isEqualTo(1);
            long answered = sql("SELECT SUM(answered) FROM assistant_answer_count WHERE unit_id = ? AND day >= '"
                    + YEAR + "-01-01' AND day < '" + (YEAR + 1) + "-01-01'");
            assertThat(text).contains("Trợ lý hỏi đáp trên Cổng đã trả lời " + answered + " câu hỏi của người dân.");
            assertThat(answered).isEqualTo(2);

            // the plan's tasks with their evidence, then the signature block
            List<List<String>> tasks = rows(table(document, "TT"));
            assertThat(tasks.get(1).get(2)).isEqualTo("Đăng 1 tin bài tuyên truyền.");
            XWPFTable signature = document.getTables().get(document.getTables().size() - 1);
            assertThat(texts(signature.getRow(0).getCell(0))).startsWith("Nơi nhận:", "- UBND tỉnh Quảng Ngãi;");
            assertThat(texts(signature.getRow(0).getCell(1))).startsWith("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
    }

    @Test
    void should_list_the_tasks_of_the_wards_own_plan() throws IOException {
        // when: the platform administrator asks for xã Đông Cứu, whose plan is in the library
        HttpResponse<byte[]> response = http.getBytes("/api/officer/yearly-report.docx?unit=xa-dong-cuu",
                PortalHttp.admin());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("Các nhiệm vụ theo Kế hoạch đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng"
                    + " quốc gia đến năm 2030 và những năm tiếp theo trên địa bàn xã Đông Cứu:",
                    "Kết quả thực hiện Kế hoạch … về tiêu chuẩn, đo lường, chất lượng năm " + YEAR);
            assertThat(texts(document.getTables().get(0).getRow(0).getCell(1)))
                    .contains("Đông Cứu, ngày … tháng … năm …");
            assertThat(rows(table(document, "TT")).stream().map(row -> row.get(1)))
                    .contains("Công tác thông tin, tuyên truyền và nâng cao nhận thức",
                            "Tăng cường quản lý nhà nước và thực thi pháp luật");
        }
    }

    @Test
    void should_roll_up_the_wards_of_the_province_for_a_province_officer() throws Exception {
        // when
        HttpResponse<byte[]> response = http.getBytes("/api/officer/yearly-report.docx?unit=quang-ngai&year=" + YEAR,
                PortalHttp.basicAuth(PROVINCE_OFFICER, PASSWORD));

        // then: one row per active ward of the province, then the total
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<List<String>> rows = rows(table(document, "Phường/xã"));
            long wards = IntegrationDatabase.count("SELECT COUNT(*) FROM admin_unit WHERE parent_id = 30"
                    + " AND level = 'XA' AND active = TRUE");
            assertThat(rows).hasSize((int) wards + 2);
            assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("Tổng cộng");
            List<String> ours = rows.stream().filter(row -> row.get(0).equals("Phường Tổng Kết")).findFirst()
                    .orElseThrow();
            assertThat(Long.parseLong(ours.get(2))).isEqualTo(sql("SELECT COUNT(*) FROM report WHERE unit_id = ?"
                    + inYear("submitted_at")));
            assertThat(Long.parseLong(ours.get(1))).as("news").isEqualTo(sql("SELECT COUNT(*) FROM article"
                    + " WHERE unit_id = ?" + inYear("first_published_at"))).isEqualTo(1);
            assertThat(ours.get(6)).isEqualTo("4");
            assertThat(ours.get(8)).isEqualTo("50");
            long provinceReports = IntegrationDatabase.count("SELECT COUNT(*) FROM report r JOIN admin_unit u"
                    + " ON u.id = r.unit_id WHERE u.parent_id = 30 AND u.level = 'XA' AND u.active = TRUE"
                    + " AND r.submitted_at >= '" + (YEAR - 1) + "-12-31 17:00:00' AND r.submitted_at < '" + YEAR
                    + "-12-31 17:00:00'");
            assertThat(Long.parseLong(rows.get(rows.size() - 1).get(2))).isEqualTo(provinceReports);
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText()).startsWith("UBND TỈNH QUẢNG NGÃI");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("(Tổng hợp các phường/xã của tỉnh Quảng Ngãi)");
        }

        // and the ward's own report counts its register alike for whoever asks (the province officer, the platform)
        for (String[] caller : List.of(PortalHttp.basicAuth(PROVINCE_OFFICER, PASSWORD), PortalHttp.admin())) {
            HttpResponse<byte[]> ward = http.getBytes("/api/officer/yearly-report.docx?unit=" + WARD, caller);
            assertThat(ward.statusCode()).isEqualTo(200);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ward.body()))) {
                assertThat(cell(rows(table(document, "Tình trạng kiểm định")), "Tổng cộng")).isEqualTo(4);
            }
        }
    }

    @Test
    void should_answer_unknown_units_bad_years_and_units_outside_the_scope_with_4xx_in_vietnamese() {
        String[] officer = PortalHttp.basicAuth(WARD_OFFICER, PASSWORD);
        String path = "/api/officer/yearly-report.docx";

        HttpResponse<String> unknown = http.get(path + "?unit=phuong-khong-co", officer);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có phường/xã hoặc tỉnh/thành phố mang mã „phuong-khong-co“");

        HttpResponse<String> early = http.get(path + "?unit=" + WARD + "&year=1999", officer);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("year").contains("Năm báo cáo phải từ 2020 đến " + YEAR);
        assertThat(http.get(path + "?year=" + (YEAR + 1), officer).statusCode()).isEqualTo(400);
        assertThat(http.get(path + "?year=hai-nghin", officer).statusCode()).isEqualTo(400);

        HttpResponse<String> otherWard = http.get(path + "?unit=xa-dong-cuu", officer);
        assertThat(otherWard.statusCode()).isEqualTo(403);
        assertThat(otherWard.body()).contains("Tài khoản của bạn không quản lý xã Đông Cứu");
        assertThat(http.get(path + "?unit=quang-ngai", officer).statusCode()).as("a ward officer, his province")
                .isEqualTo(403);
        assertThat(http.get(path + "?unit=" + WARD, PortalHttp.basicAuth(PROVINCE_OFFICER, PASSWORD)).statusCode())
                .as("a province officer, a ward of his province").isEqualTo(200);

        HttpResponse<String> platform = http.get(path + "?unit=vn", PortalHttp.admin());
        assertThat(platform.statusCode()).isEqualTo(400);
        assertThat(platform.body()).contains("Hãy chọn một phường/xã hoặc một tỉnh/thành phố");
        assertThat(http.get(path + "?unit=" + WARD).statusCode()).as("not signed in").isEqualTo(401);
    }

    @Test
    void should_offer_the_officers_own_ward_and_this_year_first_on_the_page() {
        // when
        HttpResponse<String> page = http.get("/quan-tri/bao-cao-nam", "Cookie", http.logIn(WARD_OFFICER, PASSWORD));

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("action=\"/api/officer/yearly-report.docx\"", "id=\"yearly-download\"");
        String units = body.substring(body.indexOf("id=\"yearly-unit\""));
        assertThat(units.substring(0, units.indexOf("</select>"))).contains("<option value=\"" + WARD + "\"")
                .doesNotContain("xa-dong-cuu");
        String years = body.substring(body.indexOf("id=\"yearly-year\""));
        assertThat(years.indexOf("<option value=\"" + YEAR + "\"")).isLessThan(years.indexOf("<option value=\"2020\""));
    }

    @Test
    void should_let_an_officer_download_the_report_from_the_accessible_page_in_a_browser() {
        // given
        logIn(WARD_OFFICER, PASSWORD, "/quan-tri/bao-cao-nam");

        // when: the form's own values are sent as the browser sends them, with the officer's session
        String form = browser.findElement(By.id("yearly-unit")).getAttribute("value") + "|"
                + browser.findElement(By.id("yearly-year")).getAttribute("value");
        Object downloaded = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('yearly-report');
                const query = new URLSearchParams(new FormData(form)).toString();
                fetch(form.action + '?' + query, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type')
                        + ' ' + b.byteLength)))
                    .catch(e => done('failed ' + e));""");

        // then
        assertThat(form).isEqualTo(WARD + "|" + YEAR);
        assertThat(String.valueOf(downloaded)).startsWith("200 " + DOCX);
        assertThat(AxeAudit.violations(browser)).as("axe-core, yearly report page").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console").isEmpty();
    }

    // ---- data ----

    private String file(String kind, String place) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, """
                {"kind":"%s","placeName":"%s","unit":"%s",
                 "description":"Mua hàng tại chợ, cân lại ở cân đối chứng thì thiếu.","anonymous":true}"""
                .formatted(kind, place, WARD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getString("trackingCode");
    }

    private void close(String trackingCode) {
        String[] officer = PortalHttp.basicAuth(WARD_OFFICER, PASSWORD);
        long id = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", officer))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("trackingCode").equals(trackingCode))
                .mapToLong(row -> row.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        String path = "/api/officer/reports/" + id + "/status";
        for (String status : List.of("dang-xac-minh", "da-xu-ly")) {
            HttpResponse<String> moved = http.send("POST", path, JSON, "{\"status\":\"" + status + "\"}", officer);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
    }

    private void publishArticle() {
        String[] admin = PortalHttp.basicAuth(WARD_ADMIN, PASSWORD);
        HttpResponse<String> created = http.send("POST", "/api/admin/articles", JSON, Json.createObjectBuilder()
                .add("title", "Phường Tổng Kết ra mắt cân đối chứng")
                .add("summary", "Người dân tự cân lại hàng đã mua.")
                .add("bodyHtml", "<p>Cân đối chứng đặt tại cổng chợ.</p>")
                .add("categoryCode", "do-luong")
                .add("tags", Json.createArrayBuilder().add("cân đối chứng"))
                .add("author", "Ban biên tập")
                .add("slug", "tong-ket-" + UUID.randomUUID().toString().substring(0, 8))
                .build().toString(), admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = PortalHttp.json(created).getJsonNumber("id").longValue();
        for (String action : List.of("submit", "publish")) {
            HttpResponse<String> done = http.send("POST", "/api/admin/articles/" + id + "/" + action, JSON, "", admin);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
    }

    private long addPlace() {
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/places", JSON,
                Json.createObjectBuilder().add("unitCode", WARD).add("kind", "cho").add("name", "Chợ Tổng Kết")
                        .add("address", "Đường Chợ").build().toString(),
                PortalHttp.basicAuth(WARD_OFFICER, PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    private long addInstrument(long place, String type, String serial, LocalDate verifiedOn, boolean reference) {
        var form = Json.createObjectBuilder().add("placeId", place).add("typeCode", type).add("serialNo", serial)
                .add("stall", "Sạp 1").add("referenceScale", reference);
        if (verifiedOn != null) {
            form.add("verifiedOn", verifiedOn.toString()).add("certificateNo", "KĐ-" + serial);
        }
        if (reference) {
            form.add("capacity", "60 kg").add("openingHours", "6:00 – 18:00");
        }
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/instruments", JSON,
                form.build().toString(), PortalHttp.basicAuth(WARD_OFFICER, PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    // ---- reading the document and the database ----

    /** A condition on a timestamp column: within {@link #YEAR} in Vietnam (stored in UTC). */
    private static String inYear(String column) {
        return " AND " + column + " >= '" + (YEAR - 1) + "-12-31 17:00:00' AND " + column + " < '" + YEAR
                + "-12-31 17:00:00'";
    }

    /** A count of the ward's rows: the query's one parameter is the ward's id. */
    private static long sql(String query) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, wardId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFTable table(XWPFDocument document, String firstHeader) {
        Optional<XWPFTable> found = document.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst();
        assertThat(found).as("a table headed " + firstHeader).isPresent();
        return found.get();
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        table.getRows().forEach(row -> rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
        return rows;
    }

    /** The count in the second column of the row whose first column is {@code label}. */
    private static long cell(List<List<String>> rows, String label) {
        return rows.stream().filter(row -> row.get(0).equals(label)).findFirst()
                .map(row -> Long.parseLong(row.get(1))).orElseThrow(() -> new AssertionError("no row " + label));
    }
}
