package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inspections of measuring instruments and the officers' metrology dashboard on a real Payara and MariaDB (issue 12):
 * a failed finding marks its instrument khong-dat and tells the resident who reported the stall, on the tracking
 * page; bad inspections are refused in Vietnamese; the dashboard's figures are what the database holds, and its page
 * shows them and records an inspection; the officers are mailed the instruments due once. Each class run works in two
 * wards of its own under tỉnh Quảng Ngãi, the database being shared.
 */
class MetrologyInspectionIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-kiem-tra-2026";
    private static final int RUN = ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD = "phuong-kt-" + RUN;
    private static final String OTHER_WARD = "phuong-kt-khac-" + RUN;
    private static final String OFFICER = "canbo.kt." + RUN;
    private static final String OTHER_OFFICER = "canbo.kt.khac." + RUN;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();

    private static boolean wardsAdded;

    @BeforeEach
    void wards() {
        if (!wardsAdded) {
            addWard(WARD, "phường Kiểm Tra");
            addWard(OTHER_WARD, "phường Kiểm Tra Khác");
            wardsAdded = true;
        }
        ensureAccountIn(WARD, OFFICER, "Cán bộ phường Kiểm Tra", PASSWORD, "OFFICER");
        ensureAccountIn(OTHER_WARD, OTHER_OFFICER, "Cán bộ phường Kiểm Tra Khác", PASSWORD, "OFFICER");
    }

    private void addWard(String code, String name) {
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                Json.createObjectBuilder().add("code", code).add("slug", code).add("name", name)
                        .add("kind", "phuong").add("parentCode", "quang-ngai").add("address", "Trụ sở UBND")
                        .build().toString(), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private long place(String officer, String name) {
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/places", JSON,
                Json.createObjectBuilder().add("kind", "cho").add("name", name).add("address", "Tổ dân phố 1")
                        .build().toString(), as(officer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created).getJsonNumber("id").longValue();
    }

    /** An electronic scale (12-month cycle) at the place, verified on {@code verifiedOn} (none when null). */
    private JsonObject instrument(String officer, long placeId, String stall, LocalDate verifiedOn) {
        var body = Json.createObjectBuilder().add("placeId", placeId).add("typeCode", "can-dien-tu")
                .add("stall", stall).add("ownerName", "Hộ kinh doanh sạp " + stall)
                .add("serialNo", "KT-" + UUID.randomUUID().toString().substring(0, 8)).add("brand", "Nhơn Hòa")
                .add("verificationPassed", true);
        if (verifiedOn != null) {
            body.add("verifiedOn", verifiedOn.toString()).add("certificateNo", "TEM-" + stall);
        }
        HttpResponse<String> created = http.send("POST", "/api/officer/metrology/instruments", JSON,
                body.build().toString(), as(officer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.json(created);
    }

    private String fileReport(String kind, String placeName) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, Json.createObjectBuilder()
                .add("kind", kind).add("placeName", placeName).add("unit", WARD)
                .add("description", "Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,95 kg.")
                .add("anonymous", true).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getString("trackingCode");
    }

    private HttpResponse<String> record(String officer, LocalDate heldOn, JsonObject... findings) {
        var list = Json.createArrayBuilder();
        for (JsonObject finding : findings) {
            list.add(finding);
        }
        return http.send("POST", "/api/officer/metrology/inspections", JSON, Json.createObjectBuilder()
                .add("heldOn", heldOn.toString()).add("team", "Đoàn kiểm tra liên ngành phường")
                .add("summary", "Kiểm tra cân tại chợ").add("actions", "Nhắc nhở các hộ kinh doanh")
                .add("findings", list).build().toString(), as(officer));
    }

    private static JsonObject finding(long placeId, Long instrumentId, String result, String reportCode) {
        var finding = Json.createObjectBuilder().add("placeId", placeId).add("result", result)
                .add("errorText", "-50 g / 2 kg").add("actionText", "Lập biên bản, đình chỉ sử dụng cân");
        if (instrumentId != null) {
            finding.add("instrumentId", instrumentId);
        }
        if (reportCode != null) {
            finding.add("reportCode", reportCode);
        }
        return finding.build();
    }

    private static List<String> problemMessages(HttpResponse<String> response) {
        return PortalHttp.json(response).getJsonObject("error").getJsonArray("details").stream()
                .map(JsonObject.class::cast).map(d -> d.getString("field") + ": " + d.getString("message")).toList();
    }

    @Test
    void should_mark_the_instrument_failed_and_tell_the_resident_the_result_of_the_inspection() {
        // given a scale at stall 12 of a market, and a resident's report of short weighing there
        long market = place(OFFICER, "Chợ Kiểm Tra " + RUN);
        JsonObject scale = instrument(OFFICER, market, "12", today().minusMonths(3));
        long scaleId = scale.getJsonNumber("id").longValue();
        String report = fileReport("can-thieu", "Sạp 12 chợ Kiểm Tra " + RUN);

        // when the inspection finds the scale outside the permitted error
        HttpResponse<String> recorded = record(OFFICER, today(), finding(market, scaleId, "khong-dat", report));

        // then
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonObject inspection = PortalHttp.json(recorded);
        assertThat(inspection.getInt("failed")).isEqualTo(1);
        assertThat(inspection.getJsonArray("findings").getJsonObject(0).getString("reportCode")).isEqualTo(report);
        JsonObject after = PortalHttp.json(http.get("/api/officer/metrology/instruments/" + scaleId, as(OFFICER)));
        assertThat(after.getString("state")).isEqualTo("khong-dat");
        assertThat(after.getString("verifiedOn")).isEqualTo(today().minusMonths(3).toString());

        JsonObject tracked = PortalHttp.json(http.get("/api/reports/" + report));
        List<String> history = tracked.getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(e -> e.containsKey("text")).map(e -> e.getString("text")).toList();
        assertThat(history).anySatisfy(text -> assertThat(text)
                .startsWith("Kết quả kiểm tra ngày " + DAY.format(today()) + " tại Chợ Kiểm Tra " + RUN
                        + ": Không đạt.")
                .contains("Phương tiện đo: Cân điện tử, sạp 12", "Sai số: -50 g / 2 kg.",
                        "Biện pháp xử lý: Lập biên bản, đình chỉ sử dụng cân.")
                .doesNotContain("Hộ kinh doanh"));

        long id = inspection.getJsonNumber("id").longValue();
        HttpResponse<String> one = http.get("/api/officer/metrology/inspections/" + id, as(OFFICER));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(one).getString("team")).isEqualTo("Đoàn kiểm tra liên ngành phường");
        JsonObject thisYear = PortalHttp.json(http.get("/api/officer/metrology/inspections?year=" + today().getYear()
                + "&size=100", as(OFFICER)));
        assertThat(thisYear.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getJsonNumber("id").longValue())).contains(id);
        JsonObject lastYear = PortalHttp.json(http.get("/api/officer/metrology/inspections?year="
                + (today().getYear() - 1), as(OFFICER)));
        assertThat(lastYear.getJsonNumber("total").longValue()).isZero();
        assertThat(http.get("/api/officer/metrology/inspections/" + id, as(OTHER_OFFICER)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void should_refuse_a_future_day_another_wards_place_unknown_rows_and_bad_requests_in_vietnamese() {
        // given
        long market = place(OFFICER, "Chợ Từ Chối " + RUN);
        long otherMarket = place(OTHER_OFFICER, "Chợ Phường Khác " + RUN);

        // when
        HttpResponse<String> future = record(OFFICER, today().plusDays(1), finding(market, null, "dat", null));
        HttpResponse<String> otherWard = record(OFFICER, today(), finding(otherMarket, null, "dat", null));
        HttpResponse<String> unknown = record(OFFICER, today(), finding(market, 999_999_999L, "dat",
                "PA-2026-ZZZZZZZZ"));
        HttpResponse<String> badResult = record(OFFICER, today(), finding(market, null, "tot", null));
        HttpResponse<String> noFinding = record(OFFICER, today());
        HttpResponse<String> malformed = http.send("POST", "/api/officer/metrology/inspections", JSON,
                "{\"heldOn\":\"04/12/2026\",", as(OFFICER));
        HttpResponse<String> script = http.send("POST", "/api/officer/metrology/inspections", JSON,
                Json.createObjectBuilder().add("heldOn", today().toString()).add("team", "<script>alert(1)</script>")
                        .add("findings", Json.createArrayBuilder().add(finding(market, null, "dat", null)))
                        .build().toString(), as(OFFICER));

        // then
        assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
        assertThat(problemMessages(future)).containsExactly("heldOn: Ngày kiểm tra " + DAY.format(today().plusDays(1))
                + " ở tương lai: chỉ ghi các đợt kiểm tra đã diễn ra.");
        assertThat(otherWard.statusCode()).as(otherWard.body()).isEqualTo(400);
        assertThat(problemMessages(otherWard)).singleElement().asString()
                .startsWith("findings[0].placeId: Không có địa điểm số");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(problemMessages(unknown)).containsExactly(
                "findings[0].instrumentId: Không có phương tiện đo số 999999999 trong các phường/xã bạn quản lý.",
                "findings[0].reportCode: Không tìm thấy phản ánh có mã „PA-2026-ZZZZZZZZ“.");
        assertThat(badResult.statusCode()).isEqualTo(400);
        assertThat(badResult.body()).contains("chỉ nhận dat hoặc khong-dat");
        assertThat(noFinding.statusCode()).isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("không được chứa dấu < > hay ký tự điều khiển");
        assertThat(http.get("/api/officer/metrology/inspections/999999999", as(OFFICER)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/officer/metrology/inspections?year=abc", as(OFFICER)).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/officer/metrology/inspections?year=1800", as(OFFICER)).statusCode()).isEqualTo(400);
    }

    @Test
    void should_show_on_the_dashboard_what_the_database_holds_and_render_it_for_the_officer() throws Exception {
        // given a market with a valid, an expiring, an overdue and a never verified scale, an inspection and reports
        long market = place(OFFICER, "Chợ Tổng Quan " + RUN);
        instrument(OFFICER, market, "1", today().minusMonths(2));
        instrument(OFFICER, market, "2", today().minusMonths(12).plusDays(10));
        JsonObject overdue = instrument(OFFICER, market, "3", today().minusMonths(13));
        instrument(OFFICER, market, "4", null);
        fileReport("phuong-tien-do", "Sạp 3, cho tong quan " + RUN);
        fileReport("hang-gia", "Sạp 3, chợ Tổng Quan " + RUN);
        assertThat(record(OFFICER, today(), finding(market, null, "dat", null)).statusCode()).isEqualTo(201);

        // when
        HttpResponse<String> answer = http.get("/api/officer/metrology/dashboard?unit=" + WARD, as(OFFICER));

        // then the place's figures
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject dashboard = PortalHttp.json(answer);
        assertThat(dashboard.getInt("targetPercent")).isEqualTo(100);
        JsonObject ward = dashboard.getJsonArray("wards").getJsonObject(0);
        JsonObject place = ward.getJsonArray("places").stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonObject("share").getJsonNumber("placeId").longValue() == market)
                .findFirst().orElseThrow();
        assertThat(place.getJsonObject("share").getInt("instruments")).isEqualTo(4);
        assertThat(place.getJsonObject("share").getInt("usable")).isEqualTo(2);
        assertThat(place.getJsonObject("share").getInt("percent")).isEqualTo(50);
        assertThat(place.getBoolean("meetsTarget")).isFalse();
        assertThat(place.getInt("reports")).isEqualTo(1);
        assertThat(place.getInt("findingsPassed")).isEqualTo(1);

        // and the ward's figures are the database's
        String unit = "(SELECT id FROM admin_unit WHERE code = '" + WARD + "')";
        String day = "'" + today() + "'";
        long all = IntegrationDatabase.count("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = " + unit);
        long usable = IntegrationDatabase.count("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = " + unit
                + " AND suspended = FALSE AND verified_on IS NOT NULL AND verification_passed = TRUE"
                + " AND due_on >= " + day);
        long overdueOrExpiring = IntegrationDatabase.count("SELECT COUNT(*) FROM measuring_instrument WHERE unit_id = "
                + unit + " AND suspended = FALSE AND (verified_on IS NULL OR (verification_passed = TRUE"
                + " AND due_on <= DATE_ADD(" + day + ", INTERVAL 30 DAY)))");
        long inspections = IntegrationDatabase.count("SELECT COUNT(*) FROM inspection WHERE unit_id = " + unit
                + " AND YEAR(held_on) = " + today().getYear());
        long failed = IntegrationDatabase.count("SELECT COUNT(*) FROM inspection_finding f JOIN inspection i"
                + " ON i.id = f.inspection_id WHERE i.unit_id = " + unit + " AND f.result = 'khong-dat'"
                + " AND YEAR(i.held_on) = " + today().getYear());
        JsonObject total = ward.getJsonObject("total");
        assertThat(total.getInt("instruments")).isEqualTo((int) all);
        assertThat(total.getInt("usable")).isEqualTo((int) usable);
        assertThat(total.getInt("percent")).isEqualTo((int) (100 * usable / all));
        assertThat(ward.getJsonArray("due")).hasSize((int) overdueOrExpiring);
        assertThat(ward.getJsonArray("inspections")).hasSize((int) inspections);
        assertThat(ward.getInt("findingsFailed")).isEqualTo((int) failed);

        // when the officer opens the dashboard page
        logIn(OFFICER, PASSWORD, "/quan-tri/phuong-tien-do/tong-quan");

        // then it shows the same percentages and the overdue scale with its due date
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".metrology-ward")));
        WebElement section = browser.findElement(By.cssSelector(".metrology-ward[data-ward='" + WARD + "']"));
        assertThat(section.findElement(By.cssSelector(".metrology-percent")).getText())
                .isEqualTo(total.getInt("percent") + "%");
        assertThat(section.findElement(By.cssSelector(".metrology-place-percent[data-place='" + market + "']"))
                .getText()).isEqualTo("50%");
        String dueList = section.findElement(By.cssSelector(".metrology-due")).getText();
        assertThat(dueList).contains(overdue.getString("serialNo"), "Quá hạn kiểm định",
                DAY.format(today().minusMonths(13).plusMonths(12)), "Hộ kinh doanh sạp 3", "Chưa kiểm định");
        assertThat(browser.findElement(By.id("target")).getText()).isEqualTo("100%");
        assertThat(browser.findElement(By.id("inspection:record")).isDisplayed()).isTrue();
        assertThat(AxeAudit.violations(browser)).as("axe-core, metrology dashboard").isEmpty();
        assertThat(AxeAudit.browserErrors(browser)).as("console: dashboard under the content security policy")
                .isEmpty();
    }

    private static long accountId(String username) throws Exception {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            statement.setString(1, username);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage message : mailServer.server().getReceivedMessages()) {
            if (Arrays.toString(message.getAllRecipients()).contains(address)) {
                mails.add(message);
            }
        }
        return mails;
    }

    @Test
    void should_mail_the_wards_officers_the_instruments_that_are_due_once_per_due_date() throws Exception {
        // given an officer with an email address and an overdue and an expiring scale in the ward
        String address = "canbo.kt." + RUN + "@example.vn";
        HttpResponse<String> set = http.send("PUT", "/api/admin/users/" + accountId(OFFICER) + "/email", JSON,
                Json.createObjectBuilder().add("email", address).build().toString(), PortalHttp.admin());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        HttpResponse<String> invalid = http.send("PUT", "/api/admin/users/" + accountId(OFFICER) + "/email", JSON,
                "{\"email\":\"khong phai thu\"}", PortalHttp.admin());
        long market = place(OFFICER, "Chợ Nhắc Hạn " + RUN);
        JsonObject overdue = instrument(OFFICER, market, "7", today().minusMonths(13));
        JsonObject expiring = instrument(OFFICER, market, "8", today().minusMonths(12).plusDays(5));
        JsonObject valid = instrument(OFFICER, market, "9", today().minusMonths(1));

        // when the reminders run twice
        HttpResponse<String> first = http.send("POST", "/api/admin/metrology/reminders", JSON, "",
                PortalHttp.admin());
        HttpResponse<String> second = http.send("POST", "/api/admin/metrology/reminders", JSON, "",
                PortalHttp.admin());

        // then the officer got one mail listing the due scales, and nothing more the second time
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(PortalHttp.json(first).getInt("announced")).isGreaterThanOrEqualTo(2);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Phương tiện đo đến hạn kiểm định – Phường Kiểm Tra");
        String body = mails.get(0).getContent().toString();
        assertThat(body).contains(overdue.getString("codeGrouped"), overdue.getString("serialNo"),
                        DAY.format(today().minusMonths(13).plusMonths(12)), "Quá hạn kiểm định",
                        expiring.getString("serialNo"), "Sắp hết hạn", "/quan-tri/phuong-tien-do/tong-quan")
                .doesNotContain(valid.getString("serialNo"));
        assertThat(mailsTo("canbo.kt.khac." + RUN)).isEmpty();
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM instrument_reminder WHERE instrument_id = "
                + overdue.getJsonNumber("id").longValue())).isEqualTo(1);
    }

    @Test
    void should_record_an_inspection_on_the_dashboard_page() {
        // given a market with a scale
        String name = "Chợ Trang " + RUN;
        long market = place(OFFICER, name);
        JsonObject scale = instrument(OFFICER, market, "5", today().minusMonths(4));
        logIn(OFFICER, PASSWORD, "/quan-tri/phuong-tien-do/tong-quan");

        // when the officer fills in the form with a failed finding on the scale and records it
        browser.findElement(By.id("inspection:team")).sendKeys("Tổ kiểm tra phường");
        pick("inspection:findings:0:place", name);
        pick("inspection:findings:0:instrument", scale.getString("serialNo"));
        browser.findElement(By.xpath("//*[@id='inspection:findings:0:result']//label[normalize-space()='Không đạt']"))
                .click();
        browser.findElement(By.id("inspection:findings:0:error")).sendKeys("-30 g / 1 kg");
        browser.findElement(By.id("inspection:record")).click();

        // then it is recorded and the scale has failed
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inspection:formMessages"),
                "Đã ghi đợt kiểm tra ngày " + DAY.format(today()) + " với 1 kết quả."));
        JsonObject after = PortalHttp.json(http.get("/api/officer/metrology/instruments/"
                + scale.getJsonNumber("id").longValue(), as(OFFICER)));
        assertThat(after.getString("state")).isEqualTo("khong-dat");

        // and an empty team is refused with the field named, nothing recorded
        pick("inspection:findings:0:place", name);
        browser.findElement(By.id("inspection:record")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inspection:formMessages"),
                "Đoàn kiểm tra:"));
    }

    /** Chooses the option with {@code label} in a PrimeFaces select menu. */
    private void pick(String menuId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        String panel = menuId + "_panel";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(panel)));
        WebElement option = wait.until(driver -> driver.findElements(
                        By.cssSelector("[id='" + panel + "'] li.ui-selectonemenu-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(label)).findFirst().orElse(null));
        option.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
    }
}
