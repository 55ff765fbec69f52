package vn.tdc.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report API on a real Payara, MariaDB and SMTP server (GreenMail): filing (JSON and multipart with photos),
 * idempotency, tracking, the officers' state machine and audit trail, emails to the resident, and bad input.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    /** Another client as the portal sees it: a second loopback address. */
    private static final String GUESSER = "127.0.0.9";
    private static final String OFFICER = "canbo.phananh";
    private static final String OFFICER_PASSWORD = "Can-bo-phan-anh-2026";
    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();

    @BeforeEach
    void officerAccount() {
        if (http.get("/api/officer/reports", officer()).statusCode() == 401) {
            ensureAccount(OFFICER, "Nguyễn Văn Cán Bộ", OFFICER_PASSWORD, "OFFICER");
        }
    }

    private static String[] officer() {
        return PortalHttp.basicAuth(OFFICER, OFFICER_PASSWORD);
    }

    private static String report(String placeName, String email) {
        return """
                {"kind":"can-thieu","placeName":"%s","address":"Chợ Đông Cứu, xã Đông Cứu",
                 "latitude":21.0333,"longitude":106.05,"occurredAt":"2026-11-20T08:30:00+07:00",
                 "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},
                 "contact":{"name":"Trần Thị Lan","phone":"0912 345 678","email":"%s"}}""".formatted(placeName, email);
    }

    private JsonObject file(String body, String... headers) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, body, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response);
    }

    private long reportId(String code) {
        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100", officer()));
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("trackingCode").equals(code))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static MimeMessage awaitMailTo(String address, String subjectPart) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : mailServer.server().getReceivedMessages()) {
                if (Arrays.toString(message.getAllRecipients()).contains(address)
                        && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + address + " about " + subjectPart);
    }

    @Test
    void should_acknowledge_a_report_with_the_tracking_page_of_its_ward() throws Exception {
        // given a report filed for phường Đức Phổ
        String body = report("Cửa hàng vàng Đức Phổ", "minh.le@example.vn")
                .replace("\"kind\":\"can-thieu\",", "\"kind\":\"can-thieu\",\"unit\":\"phuong-duc-pho\",");

        // when it is acknowledged
        JsonObject acknowledged = file(body);

        // then the resident is sent to the tracking page of phường Đức Phổ, which shows the report, and so is the mail
        String code = acknowledged.getString("trackingCode");
        assertThat(acknowledged.getString("trackUrl")).isEqualTo("/phuong-duc-pho/tra-cuu?ma=" + code);
        HttpResponse<String> page = http.get(acknowledged.getString("trackUrl"), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code);
        assertThat(awaitMailTo("minh.le@example.vn", code).getContent().toString())
                .contains("/phuong-duc-pho/tra-cuu?ma=" + code);
    }

    @Test
    void should_file_a_report_and_follow_it_by_its_code_without_contact_details() throws Exception {
        // when a resident files a report with an email
        JsonObject acknowledged = file(report("Sạp thịt bà Hoa", "lan.tran@example.vn"));

        // then a tracking code and an expected date come back, and the resident is mailed the code
        String code = acknowledged.getString("trackingCode");
        assertThat(code).matches("PA-\\d{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
        assertThat(acknowledged.getString("expectedDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(acknowledged.getString("trackUrl")).isEqualTo("/xa-dong-cuu/tra-cuu?ma=" + code);
        MimeMessage mail = awaitMailTo("lan.tran@example.vn", code);
        assertThat(mail.getContent().toString()).contains(code, "/xa-dong-cuu/tra-cuu?ma=" + code);

        // and the code (typed in lower case) shows the state and public history, never the contact
        HttpResponse<String> tracked = http.get("/api/reports/" + code.toLowerCase());
        assertThat(tracked.statusCode()).isEqualTo(200);
        JsonObject view = PortalHttp.json(tracked);
        assertThat(view.getString("statusCode")).isEqualTo("moi");
        assertThat(view.getString("kindName")).isEqualTo("Cân thiếu, gian lận đo lường");
        assertThat(view.getJsonArray("history")).hasSize(1);
        assertThat(tracked.body()).doesNotContain("lan.tran@example.vn", "0912", "Trần Thị Lan");
    }

    @Test
    void should_return_the_first_report_when_a_submission_is_repeated_with_the_same_key() throws Exception {
        String key = "form-" + UUID.randomUUID();

        // when the same submission arrives twice (double click, retry)
        JsonObject first = file(report("Quầy gạo số 5", ""), "Idempotency-Key", key);
        HttpResponse<String> again = http.send("POST", "/api/reports", JSON, report("Quầy gạo số 5", ""),
                "Idempotency-Key", key);

        // then the second answer is the first report, and one report is stored
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(again).getString("trackingCode")).isEqualTo(first.getString("trackingCode"));
        assertThat(PortalHttp.json(again).getBoolean("replayed")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM report WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void should_store_photos_with_the_report_and_refuse_a_forged_one_storing_nothing() throws Exception {
        byte[] jpeg = jpeg();
        MultipartBody good = new MultipartBody()
                .field("report", report("Cửa hàng tạp hóa Minh", ""))
                .file("photos", "anh-can.jpg", "image/jpeg", jpeg);

        // when a report comes with a real photo
        HttpResponse<String> filed = http.sendBytes("POST", "/api/reports", good.contentType(), good.bytes());

        // then it is stored with its photo
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String code = PortalHttp.json(filed).getString("trackingCode");
        assertThat(PortalHttp.json(filed).getInt("photoCount")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_photo p JOIN report r ON r.id = p.report_id"
                + " WHERE r.tracking_code = ?", code)).isEqualTo(1);

        // when a PHP script named .jpg comes with another report
        long before = count("SELECT COUNT(*) FROM report", null);
        MultipartBody forged = new MultipartBody()
                .field("report", report("Cửa hàng giả mạo", ""))
                .file("photos", "anh.jpg", "image/jpeg", "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.sendBytes("POST", "/api/reports", forged.contentType(), forged.bytes());

        // then it is refused with a Vietnamese message on the photo field, and nothing is stored
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject error = PortalHttp.json(refused).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("validation_failed");
        assertThat(error.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("photos[0]");
        assertThat(error.getJsonArray("details").getJsonObject(0).getString("message")).contains("JPEG, PNG hoặc WebP");
        assertThat(count("SELECT COUNT(*) FROM report", null)).isEqualTo(before);
    }

    @Test
    void should_answer_every_bad_input_with_a_clear_error_and_store_nothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM report", null);

        HttpResponse<String> invalid = http.send("POST", "/api/reports", JSON, """
                {"kind":"khong-co","placeName":" ","description":"","latitude":21.0,
                 "contact":{"email":"khong-phai-email"}}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"kind\"", "\"placeName\"", "\"description\"", "\"longitude\"",
                "\"contactEmail\"");

        HttpResponse<String> noContact = http.send("POST", "/api/reports", JSON,
                report("Sạp cá", "").replace("\"contact\":{\"name\":\"Trần Thị Lan\",\"phone\":\"0912 345 678\",\"email\":\"\"}",
                        "\"contact\":{}"));
        assertThat(noContact.statusCode()).isEqualTo(400);
        assertThat(noContact.body()).contains("Gửi ẩn danh");

        assertThat(http.send("POST", "/api/reports", JSON, "{\"kind\":").statusCode()).isEqualTo(400);
        assertThat(http.send("POST", "/api/reports", "text/plain", "cân thiếu").statusCode()).isEqualTo(415);
        assertThat(http.send("POST", "/api/reports", JSON, report("x".repeat(70_000), "")).statusCode()).isEqualTo(413);
        assertThat(http.send("POST", "/api/reports", JSON, report("Sạp", "").replace("1,8 kg", "x".repeat(4001)))
                .statusCode()).isEqualTo(400);

        byte[] invalidUtf8 = report("Sạp ABC", "").getBytes(StandardCharsets.UTF_8);
        int at = new String(invalidUtf8, StandardCharsets.ISO_8859_1).indexOf("ABC");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        HttpResponse<String> badBytes = http.sendBytes("POST", "/api/reports", JSON, invalidUtf8);
        assertThat(badBytes.statusCode()).isEqualTo(400);
        assertThat(badBytes.body()).contains("\"error\"");

        assertThat(count("SELECT COUNT(*) FROM report", null)).isEqualTo(before);
        assertThat(http.get("/api/reports/PA-2026-ZZZZZZZZ").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/reports/khong-phai-ma").statusCode()).isEqualTo(404);
    }

    @Test
    void should_keep_script_in_a_field_as_plain_text() {
        String code = file(report("<script>alert(1)</script> Sạp rau", "")).getString("trackingCode");

        JsonObject view = PortalHttp.json(http.get("/api/reports/" + code));

        assertThat(view.getString("placeName")).isEqualTo("<script>alert(1)</script> Sạp rau");
    }

    @Test
    void should_move_a_report_only_along_legal_transitions_and_record_who_did_what() throws Exception {
        String code = file(report("Cây xăng Đông Cứu", "hoa.le@example.vn")).getString("trackingCode");
        long id = reportId(code);
        String path = "/api/officer/reports/" + id;

        // a jump from new to handled, closing without reason, handing over without department are refused
        assertThat(http.send("POST", path + "/status", JSON, "{\"status\":\"da-xu-ly\"}", officer()).statusCode())
                .isEqualTo(409);
        HttpResponse<String> noReason = http.send("POST", path + "/status", JSON, "{\"status\":\"khong-du-can-cu\"}",
                officer());
        assertThat(noReason.statusCode()).isEqualTo(409);
        assertThat(PortalHttp.json(noReason).getJsonObject("error").getString("message")).contains("lý do");
        assertThat(http.send("POST", path + "/status", JSON, "{\"status\":\"da-chuyen\",\"departmentCode\":\"khong-co\"}",
                officer()).statusCode()).isEqualTo(400);

        // the legal path with a public update and an internal note
        HttpResponse<String> verifying = http.send("POST", path + "/status", JSON, """
                {"status":"dang-xac-minh","publicText":"Cán bộ sẽ kiểm tra cân tại chợ trong tuần.",
                 "internalText":"Chủ sạp là người quen của tổ trưởng"}""", officer());
        assertThat(verifying.statusCode()).as(verifying.body()).isEqualTo(200);
        http.send("POST", path + "/status", JSON,
                "{\"status\":\"da-chuyen\",\"departmentCode\":\"quan-ly-thi-truong\"}", officer());
        JsonObject closed = PortalHttp.json(http.send("POST", path + "/status", JSON,
                "{\"status\":\"khong-du-can-cu\",\"reason\":\"Kiểm tra cột bơm đạt yêu cầu\"}", officer()));

        assertThat(closed.getString("statusCode")).isEqualTo("khong-du-can-cu");
        assertThat(closed.getString("departmentName")).isEqualTo("Đội Quản lý thị trường");
        JsonArray audit = closed.getJsonArray("audit");
        assertThat(audit).hasSize(4);
        assertThat(audit.getJsonObject(1).getString("actor")).isEqualTo(OFFICER);
        assertThat(audit.getJsonObject(1).getString("actorName")).isEqualTo("Nguyễn Văn Cán Bộ");
        assertThat(audit.getJsonObject(1).getString("internalText")).contains("người quen");

        // the resident sees public texts only, and was mailed the update
        HttpResponse<String> tracked = http.get("/api/reports/" + code);
        assertThat(tracked.body()).contains("Cán bộ sẽ kiểm tra cân", "Kiểm tra cột bơm đạt yêu cầu")
                .doesNotContain("người quen");
        MimeMessage update = awaitMailTo("hoa.le@example.vn", "cập nhật");
        assertThat(update.getContent().toString()).contains("Cán bộ sẽ kiểm tra cân", "Đang xác minh");

        // the resident disagrees within seven days and reopens it
        HttpResponse<String> reopened = http.send("POST", "/api/reports/" + code + "/feedback", JSON,
                "{\"satisfied\":false,\"reopen\":true,\"comment\":\"Tôi đo lại vẫn thiếu 0,3 lít\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(PortalHttp.json(reopened).getString("statusCode")).isEqualTo("dang-xac-minh");
    }

    @Test
    void should_hint_and_mark_a_duplicate_without_giving_the_resident_the_other_code() {
        String first = file(report("Sạp cá bà Năm", "")).getString("trackingCode");
        String second = file(report("Sạp cá bà Năm", "")).getString("trackingCode");
        long id = reportId(second);

        JsonObject detail = PortalHttp.json(http.get("/api/officer/reports/" + id, officer()));
        assertThat(detail.getJsonArray("duplicateHints").stream().map(JsonObject.class::cast)
                .map(hint -> hint.getString("trackingCode"))).contains(first);

        JsonObject marked = PortalHttp.json(http.send("POST", "/api/officer/reports/" + id + "/duplicate", JSON,
                "{\"original\":\"" + first + "\"}", officer()));

        assertThat(marked.getString("statusCode")).isEqualTo("khong-du-can-cu");
        assertThat(marked.getString("duplicateOfCode")).isEqualTo(first);
        HttpResponse<String> tracked = http.get("/api/reports/" + second);
        assertThat(tracked.body()).contains("Trùng với một phản ánh").doesNotContain(first);
    }

    @Test
    void should_let_the_resident_add_information_while_open() {
        String code = file(report("Sạp hoa quả", "")).getString("trackingCode");

        HttpResponse<String> added = http.send("POST", "/api/reports/" + code + "/information", JSON,
                "{\"text\":\"Sạp này còn bán nho không rõ nguồn gốc.\"}");
        HttpResponse<String> empty = http.send("POST", "/api/reports/" + code + "/information", JSON, "{\"text\":\" \"}");
        HttpResponse<String> feedbackTooEarly = http.send("POST", "/api/reports/" + code + "/feedback", JSON,
                "{\"satisfied\":true}");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(feedbackTooEarly.statusCode()).isEqualTo(409);
        long id = reportId(code);
        assertThat(http.get("/api/officer/reports/" + id, officer()).body()).contains("nho không rõ nguồn gốc");
    }

    @Test
    void should_keep_the_officer_api_for_officers_and_export_without_contacts() {
        file(report("Sạp giò chả", "giocha@example.vn"));

        assertThat(http.get("/api/officer/reports").statusCode()).isEqualTo(401);
        HttpResponse<String> csv = http.get("/api/officer/reports/export.csv", officer()[0], officer()[1],
                "Accept", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Sạp giò chả").doesNotContain("giocha@example.vn", "0912 345 678");
        assertThat(http.get("/api/officer/reports?from=hom-qua", officer()).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = http.get("/api/officer/reports/999999", officer());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(PortalHttp.json(unknown).getJsonObject("error").getString("message"))
                .isEqualTo("Không tìm thấy phản ánh số 999999. Vui lòng kiểm tra lại số phản ánh.");
    }

    @Test
    void should_let_an_admin_edit_the_kinds_and_departments_as_data() {
        HttpResponse<String> saved = http.send("PUT", "/api/admin/report-departments/ubnd-xa", JSON,
                "{\"name\":\"Ủy ban nhân dân xã\",\"active\":true,\"sortOrder\":9}", PortalHttp.admin());
        HttpResponse<String> kind = http.send("PUT", "/api/admin/report-kinds/thu-nghiem", JSON, """
                {"name":"Loại thử nghiệm","description":"Chưa tiếp nhận","departmentCode":"ubnd-xa",
                 "dueWorkingDays":15,"active":false,"sortOrder":99,
                 "attributes":[{"code":"so-luong","label":"Số lượng","datatype":"number","required":true}]}""",
                PortalHttp.admin());
        HttpResponse<String> invalid = http.send("PUT", "/api/admin/report-kinds/thu-nghiem", JSON,
                "{\"name\":\"\",\"departmentCode\":\"khong-co\",\"dueWorkingDays\":0}", PortalHttp.admin());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(kind.statusCode()).as(kind.body()).isEqualTo(200);
        assertThat(PortalHttp.json(kind).getString("departmentName")).isEqualTo("Ủy ban nhân dân xã");
        assertThat(PortalHttp.json(kind).getJsonArray("attributes").getJsonObject(0).getBoolean("required")).isTrue();
        assertThat(http.get("/api/reports/kinds").body()).doesNotContain("thu-nghiem");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(http.send("PUT", "/api/admin/report-kinds/khac", JSON, "{}", officer()).statusCode()).isEqualTo(403);
    }

    @Test
    void should_never_show_the_resident_another_reports_code_typed_into_a_public_update() throws Exception {
        // given two reports, the second with an email
        String first = file(report("Sạp gạo cô Mai", "")).getString("trackingCode");
        String second = file(report("Sạp gạo cô Mai", "mai.resident@example.vn")).getString("trackingCode");
        long id = reportId(second);
        String typed = first.toLowerCase().replace("-", " ");

        // when the officer names the first report's code in a public update to the second
        HttpResponse<String> note = http.send("POST", "/api/officer/reports/" + id + "/notes", JSON,
                "{\"publicText\":\"Nội dung đã được xử lý cùng phản ánh " + typed + ".\"}", officer());
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);

        // then the resident's API, tracking page and email show a neutral phrase instead of the code
        String secret = first.substring(first.lastIndexOf('-') + 1);
        HttpResponse<String> api = http.get("/api/reports/" + second);
        HttpResponse<String> page = http.get("/xa-dong-cuu/tra-cuu?ma=" + second, "Accept", "text/html");
        MimeMessage mail = awaitMailTo("mai.resident@example.vn", "cập nhật");
        for (String shown : List.of(api.body(), page.body(), mail.getContent().toString())) {
            assertThat(shown).contains("xử lý cùng phản ánh một phản ánh khác").doesNotContainIgnoringCase(secret);
        }
        // while the officers read what was written
        assertThat(http.get("/api/officer/reports/" + id, officer()).body()).contains(typed);
    }

    @Test
    void should_keep_contact_bearing_answers_out_of_caches() {
        String code = file(report("Sạp bánh cuốn", "banhcuon@example.vn")).getString("trackingCode");
        long id = reportId(code);

        for (HttpResponse<String> response : List.of(http.get("/api/officer/reports/" + id, officer()),
                http.get("/api/officer/reports/export.csv", officer()[0], officer()[1], "Accept", "text/csv"),
                http.get("/api/reports/" + code), http.get("/xa-dong-cuu/tra-cuu?ma=" + code, "Accept", "text/html"))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString())
                    .hasValue("no-store");
        }
    }

    @Test
    void should_answer_a_kind_sent_without_its_fields_with_400_not_500() {
        HttpResponse<String> empty = http.send("PUT", "/api/admin/report-kinds/zz-none", JSON, "{}",
                PortalHttp.admin());
        HttpResponse<String> nullAttribute = http.send("PUT", "/api/admin/report-kinds/zz-none", JSON, """
                {"name":"Loại rỗng","departmentCode":"quan-ly-thi-truong","dueWorkingDays":5,"attributes":[null]}""",
                PortalHttp.admin());

        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        JsonObject error = PortalHttp.json(empty).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("validation_failed");
        assertThat(error.getJsonArray("details").getValuesAs(JsonObject.class)).extracting(d -> d.getString("field"))
                .contains("name", "departmentCode", "dueWorkingDays");
        assertThat(nullAttribute.statusCode()).as(nullAttribute.body()).isEqualTo(400);
        assertThat(nullAttribute.body()).contains("attributes[0]");
    }

    @Test
    void should_limit_how_often_one_client_uses_tracking_codes() {
        // given a report the resident follows
        String code = file(report("Sạp đậu phụ", "")).getString("trackingCode");
        int port = http.base().getPort();

        // when another client tries codes in bulk (past the burst with room for what refills while a slow machine sends them)
        int status = 0;
        for (int i = 0; i <= 2 * IntegrationDatabase.LOOKUP_RATE_LIMIT_BURST && status != 429; i++) {
            status = RawHttp.send(GUESSER, port, "GET", "/api/reports/PA-2026-2222222" + (i % 8 + 2), null).status();
        }
        RawHttp.Response api = RawHttp.send(GUESSER, port, "GET", "/api/reports/" + code, null);
        RawHttp.Response page = RawHttp.send(GUESSER, port, "GET", "/xa-dong-cuu/tra-cuu?ma=" + code, null, "Accept", "text/html");
        RawHttp.Response feedback = RawHttp.send(GUESSER, port, "POST", "/api/reports/" + code + "/feedback",
                "{\"satisfied\":true}", "Content-Type", JSON);

        // then it is refused everywhere, in Vietnamese, while the resident still follows the report
        assertThat(status).isEqualTo(429);
        assertThat(api.status()).isEqualTo(429);
        assertThat(api.body()).contains("too_many_requests", "tra cứu quá nhiều lần");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("tra cứu quá nhiều lần").doesNotContain("Sạp đậu phụ");
        assertThat(feedback.status()).isEqualTo(429);
        assertThat(http.get("/api/reports/" + code).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void should_limit_how_fast_one_client_files_reports() {
        int status = 0;
        for (int i = 0; i <= 2 * IntegrationDatabase.REPORT_RATE_LIMIT_BURST && status != 429; i++) {
            status = http.send("POST", "/api/reports", JSON, report("Sạp " + i, "")).statusCode();
        }

        assertThat(status).isEqualTo(429);
        HttpResponse<String> limited = http.send("POST", "/api/reports", JSON, report("Sạp cuối", ""));
        assertThat(PortalHttp.json(limited).getJsonObject("error").getString("code")).isEqualTo("too_many_requests");
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
