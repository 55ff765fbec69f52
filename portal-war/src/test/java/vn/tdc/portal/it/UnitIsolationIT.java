package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Isolation of the units' staff, endpoint by endpoint, on a real Payara and MariaDB. Two wards in two provinces,
 * xã Đông Cứu (A) and phường Đức Phổ (B), each with an officer, an editor and an administrator, and an officer of
 * the province of Quảng Ngãi (over B). For a row of ward A, ward B's staff get 404 from every staff endpoint (never
 * 403, never the data), do not find it in a list or an export; ward A's staff do. What is the same for every unit
 * (the report catalog, the article categories, the Open311 keys) is for platform administrators only (403).
 */
class UnitIsolationIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-co-lap-2026";
    private static final String WARD_A = "xa-dong-cuu";
    private static final String WARD_B = "phuong-duc-pho";
    private static final String OFFICER_A = "cb.iso.dongcuu";
    private static final String OFFICER_B = "cb.iso.ducpho";
    private static final String EDITOR_A = "bt.iso.dongcuu";
    private static final String EDITOR_A2 = "bt2.iso.dongcuu";
    private static final String EDITOR_B = "bt.iso.ducpho";
    private static final String ADMIN_A = "qt.iso.dongcuu";
    private static final String ADMIN_B = "qt.iso.ducpho";
    private static final String PROVINCE_OFFICER = "cb.iso.quangngai";
    private static boolean accountsCreated;

    @BeforeEach
    void accounts() {
        if (accountsCreated) {
            return;
        }
        ensureAccountIn(WARD_A, OFFICER_A, "Cán bộ Đông Cứu", PASSWORD, "OFFICER");
        ensureAccountIn(WARD_B, OFFICER_B, "Cán bộ Đức Phổ", PASSWORD, "OFFICER");
        ensureAccountIn(WARD_A, EDITOR_A, "Biên tập Đông Cứu", PASSWORD, "EDITOR");
        ensureAccountIn(WARD_A, EDITOR_A2, "Biên tập hai Đông Cứu", PASSWORD, "EDITOR");
        ensureAccountIn(WARD_B, EDITOR_B, "Biên tập Đức Phổ", PASSWORD, "EDITOR");
        ensureAccountIn(WARD_A, ADMIN_A, "Quản trị Đông Cứu", PASSWORD, "ADMIN");
        ensureAccountIn(WARD_B, ADMIN_B, "Quản trị Đức Phổ", PASSWORD, "ADMIN");
        ensureAccountIn("quang-ngai", PROVINCE_OFFICER, "Cán bộ tỉnh Quảng Ngãi", PASSWORD, "OFFICER");
        accountsCreated = true;
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    // ---- reports ----

    @Test
    void should_hide_a_report_of_ward_a_from_every_officer_endpoint_of_ward_b() throws Exception {
        // given a report with a photo filed in ward A, and one in ward B
        Filed a = fileWithPhoto(WARD_A);
        Filed b = fileWithPhoto(WARD_B);
        long idA = idSeenBy(OFFICER_A, a.code());
        long idB = idSeenBy(OFFICER_B, b.code());

        // then ward A's staff open it, ward B's staff find nothing, whatever they do
        assertThat(http.get("/api/officer/reports/" + idA, as(OFFICER_A)).statusCode()).isEqualTo(200);
        for (String outsider : List.of(OFFICER_B, ADMIN_B, PROVINCE_OFFICER)) {
            assertThat(codesListedFor(outsider)).as(outsider).doesNotContain(a.code());
            assertThat(http.get("/api/officer/reports/" + idA, as(outsider)).statusCode()).as(outsider).isEqualTo(404);
            assertThat(post(idA, "status", "{\"status\":\"dang-xac-minh\"}", outsider)).as(outsider).isEqualTo(404);
            assertThat(post(idA, "notes", "{\"internalText\":\"Ghi chú lạc đơn vị\"}", outsider)).isEqualTo(404);
            assertThat(post(idA, "publish", "", outsider)).as(outsider).isEqualTo(404);
            assertThat(http.send("DELETE", "/api/officer/reports/" + idA + "/publish", null, "", as(outsider))
                    .statusCode()).isEqualTo(404);
            assertThat(post(idA, "duplicate", "{\"original\":\"" + b.code() + "\"}", outsider)).isEqualTo(404);
            assertThat(csv("/api/officer/reports/export.csv", outsider)).doesNotContain(a.code());
        }
        assertThat(codesListedFor(PROVINCE_OFFICER)).contains(b.code());
        assertThat(http.get("/api/officer/reports/" + idB, as(PROVINCE_OFFICER)).statusCode()).isEqualTo(200);
        // nor can ward B mark its own report a duplicate of ward A's (the original is not found: a field problem)
        HttpResponse<String> duplicate = http.send("POST", "/api/officer/reports/" + idB + "/duplicate", JSON,
                "{\"original\":\"" + a.code() + "\"}", as(OFFICER_B));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("\"original\"");

        // and the untouched report of ward A is as it was
        JsonObject detail = PortalHttp.json(http.get("/api/officer/reports/" + idA, as(OFFICER_A)));
        assertThat(detail.getString("statusCode")).isEqualTo("moi");
        assertThat(detail.getBoolean("published")).isFalse();
        assertThat(csv("/api/officer/reports/export.csv", OFFICER_A)).contains(a.code())
                .doesNotContain(b.code());
    }

    @Test
    void should_serve_the_photo_and_the_csv_of_an_unpublished_report_to_its_own_ward_only() throws Exception {
        Filed a = fileWithPhoto(WARD_A);
        long idA = idSeenBy(OFFICER_A, a.code());
        String photo = PortalHttp.json(http.get("/api/officer/reports/" + idA, as(OFFICER_A)))
                .getJsonArray("photos").getJsonObject(0).getString("url");
        String own = http.logIn(OFFICER_A, PASSWORD);
        String other = http.logIn(OFFICER_B, PASSWORD);
        String otherAdmin = http.logIn(ADMIN_B, PASSWORD);

        assertThat(http.get(photo, "Cookie", own).statusCode()).isEqualTo(200);
        assertThat(http.get(photo, "Cookie", other).statusCode()).isEqualTo(404);
        assertThat(http.get(photo, "Cookie", otherAdmin).statusCode()).isEqualTo(404);
        assertThat(http.get(photo).statusCode()).as("a resident without the code").isEqualTo(404);

        HttpResponse<String> ownCsv = http.get("/quan-tri/phan-anh/xuat-csv", "Cookie", own);
        assertThat(ownCsv.statusCode()).isEqualTo(200);
        assertThat(ownCsv.body()).contains(a.code());
        HttpResponse<String> otherCsv = http.get("/quan-tri/phan-anh/xuat-csv", "Cookie", other);
        assertThat(otherCsv.statusCode()).isEqualTo(200);
        assertThat(otherCsv.body()).doesNotContain(a.code());
    }

    @Test
    void should_count_a_report_in_the_statistics_of_its_own_ward_only_whoever_asks() throws Exception {
        // the statistics are public: a signed-in officer sees the figures a resident sees, ward by ward
        long beforeB = total(WARD_B, as(OFFICER_A));
        long beforeA = total(WARD_A, as(OFFICER_B));
        fileWithPhoto(WARD_A);
        assertThat(total(WARD_B, as(OFFICER_A))).isEqualTo(beforeB);
        assertThat(total(WARD_A, as(OFFICER_B))).isEqualTo(beforeA + 1);
        assertThat(total(WARD_A)).isEqualTo(beforeA + 1);
    }

    private long total(String ward, String... headers) {
        return PortalHttp.json(http.get("/api/reports/statistics?unit=" + ward, headers))
                .getJsonNumber("total").longValue();
    }

    // ---- transfer between wards ----

    @Test
    void should_let_a_province_officer_hand_a_report_to_a_ward_whose_officer_then_sees_it() throws Exception {
        // given a report filed in phường Đức Phổ that belongs elsewhere: the province moves it within Quảng Ngãi
        // (one ward there), so the platform moves it to xã Đông Cứu
        Filed filed = fileWithPhoto(WARD_B);
        long id = idSeenBy(OFFICER_B, filed.code());

        // a ward's own officer may not move it
        HttpResponse<String> byWard = transfer(id, WARD_A, "Chợ thuộc xã Đông Cứu", as(OFFICER_B));
        assertThat(byWard.statusCode()).isEqualTo(403);
        assertThat(PortalHttp.json(byWard).getJsonObject("error").getString("message"))
                .isEqualTo("Chỉ cán bộ cấp tỉnh hoặc quản trị viên nền tảng mới được chuyển phản ánh sang phường/xã khác.");

        // the province officer cannot send it outside the province (not found), nor to the province, nor without reason
        assertThat(transfer(id, WARD_A, "Chợ thuộc xã Đông Cứu", as(PROVINCE_OFFICER)).statusCode()).isEqualTo(404);
        assertThat(transfer(id, "phuong-khong-co", "Lý do", as(PROVINCE_OFFICER)).statusCode()).isEqualTo(404);
        HttpResponse<String> province = transfer(id, "quang-ngai", "Lý do", as(PROVINCE_OFFICER));
        assertThat(province.statusCode()).as(province.body()).isEqualTo(400);
        assertThat(province.body()).contains("\"unit\"");
        HttpResponse<String> noReason = transfer(id, WARD_B, " ", as(PROVINCE_OFFICER));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(noReason).getJsonObject("error").getJsonArray("details").getJsonObject(0)
                .getString("field")).isEqualTo("reason");
        assertThat(transfer(id, WARD_B, "Đã ở đây", as(PROVINCE_OFFICER)).statusCode()).isEqualTo(409);

        // when the platform moves it to xã Đông Cứu
        HttpResponse<String> moved = transfer(id, WARD_A, "Chợ Đông Cứu, không phải Đức Phổ", PortalHttp.admin());

        // then the old ward's officer no longer finds it and the new ward's does, with the move in its trail
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(PortalHttp.json(moved).getString("unitCode")).isEqualTo(WARD_A);
        assertThat(http.get("/api/officer/reports/" + id, as(OFFICER_B)).statusCode()).isEqualTo(404);
        assertThat(codesListedFor(OFFICER_B)).doesNotContain(filed.code());
        assertThat(codesListedFor(PROVINCE_OFFICER)).doesNotContain(filed.code());
        JsonObject seen = PortalHttp.json(http.get("/api/officer/reports/" + id, as(OFFICER_A)));
        JsonObject last = seen.getJsonArray("audit").getJsonObject(seen.getJsonArray("audit").size() - 1);
        assertThat(last.getString("type")).isEqualTo("TRANSFERRED");
        assertThat(last.getString("publicText")).isEqualTo("Phản ánh được chuyển đến xã Đông Cứu, tỉnh Bắc Ninh.");
        assertThat(last.getString("internalText")).isEqualTo("Chợ Đông Cứu, không phải Đức Phổ");
        assertThat(IntegrationDatabase.count("SELECT COUNT(*) FROM report_event e JOIN report r ON r.id = e.report_id"
                + " WHERE r.tracking_code = '" + filed.code() + "' AND e.type = 'TRANSFERRED'"
                + " AND e.from_unit_id = 301 AND e.to_unit_id = 101")).isEqualTo(1);

        // and the resident reads where it went
        HttpResponse<String> tracked = http.get("/api/reports/" + filed.code());
        assertThat(tracked.body()).contains("Phản ánh được chuyển đến xã Đông Cứu, tỉnh Bắc Ninh.")
                .doesNotContain("không phải Đức Phổ");
    }

    @Test
    void should_show_the_ward_of_each_row_and_filter_by_ward_for_staff_over_several_wards() throws Exception {
        Filed a = fileWithPhoto(WARD_A);
        Filed b = fileWithPhoto(WARD_B);

        JsonObject row = PortalHttp.json(http.get("/api/officer/reports?size=100&unit=" + WARD_B, PortalHttp.admin()))
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("trackingCode").equals(b.code())).findFirst().orElseThrow();
        assertThat(row.getString("unitName")).isEqualTo("phường Đức Phổ, tỉnh Quảng Ngãi");
        assertThat(http.get("/api/officer/reports?size=100&unit=" + WARD_B, PortalHttp.admin()).body())
                .doesNotContain(a.code());
        assertThat(http.get("/api/officer/reports?size=100&unit=bac-ninh", PortalHttp.admin()).body())
                .contains(a.code()).doesNotContain(b.code());

        // a ward outside the caller's scope, or no ward at all, lists nothing (not an error)
        HttpResponse<String> outside = http.get("/api/officer/reports?unit=" + WARD_A, as(PROVINCE_OFFICER));
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(outside).getJsonArray("items")).isEmpty();
        HttpResponse<String> unknown = http.get("/api/officer/reports?unit=khong-co", as(OFFICER_A));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(unknown).getJsonArray("items")).isEmpty();
        assertThat(csv("/api/officer/reports/export.csv?unit=" + WARD_A, OFFICER_B))
                .doesNotContain(a.code());
    }

    // ---- articles ----

    @Test
    void should_hide_an_article_of_ward_a_from_every_editor_endpoint_of_ward_b() throws Exception {
        // given a draft of ward A sent for review
        String slug = "tin-co-lap-" + UUID.randomUUID().toString().substring(0, 8);
        long id = created(http.send("POST", "/api/admin/articles", JSON, article("Tin của xã Đông Cứu", slug),
                as(EDITOR_A)));
        assertThat(http.send("POST", "/api/admin/articles/" + id + "/submit", JSON, "", as(EDITOR_A)).statusCode())
                .isEqualTo(200);
        String articles = "/api/admin/articles/" + id;

        for (String outsider : List.of(EDITOR_B, ADMIN_B)) {
            assertThat(http.get("/api/admin/articles?size=100", as(outsider)).body()).as(outsider).doesNotContain(slug);
            assertThat(http.get(articles, as(outsider)).statusCode()).as(outsider).isEqualTo(404);
            assertThat(http.send("PUT", articles, JSON, article("Sửa trộm", slug), as(outsider)).statusCode())
                    .isEqualTo(404);
            for (String action : List.of("submit", "return", "publish", "unpublish", "archive", "unarchive",
                    "revisions/1/restore")) {
                assertThat(http.send("POST", articles + "/" + action, JSON, "", as(outsider)).statusCode())
                        .as(outsider + " " + action).isEqualTo(404);
            }
            assertThat(http.send("POST", articles + "/schedule", JSON, "{\"at\":\"2099-01-01T08:00:00+07:00\"}",
                    as(outsider)).statusCode()).isEqualTo(404);
            assertThat(http.send("DELETE", articles + "/schedule", null, "", as(outsider)).statusCode())
                    .isEqualTo(404);
            assertThat(http.get(articles + "/revisions/1", as(outsider)).statusCode()).isEqualTo(404);
            assertThat(http.sendBytes("PUT", articles + "/cover?alt=anh", "image/jpeg", jpeg(), as(outsider))
                    .statusCode()).isEqualTo(404);
            assertThat(http.send("DELETE", articles + "/cover", null, "", as(outsider)).statusCode()).isEqualTo(404);
        }

        // then ward A's staff have it, in review, unchanged
        assertThat(http.get("/api/admin/articles?size=100", as(EDITOR_A)).body()).contains(slug);
        JsonObject own = PortalHttp.json(http.get(articles, as(EDITOR_A2)));
        assertThat(own.getString("statusCode")).isEqualTo("review");
        assertThat(http.get(articles + "/revisions/1", as(ADMIN_A)).statusCode()).isEqualTo(200);

        // and the address is the platform's: ward B cannot take it (409, not a failure)
        HttpResponse<String> taken = http.send("POST", "/api/admin/articles", JSON, article("Trùng địa chỉ", slug),
                as(EDITOR_B));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).contains("\"slug\"");
    }

    // ---- documents ----

    @Test
    void should_hide_a_document_of_ward_a_from_ward_b_and_keep_its_file_when_ward_b_deletes_the_same_file() {
        // given the same text uploaded by both wards as two documents
        byte[] text = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Kiểm tra cân tại chợ " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        String idA = uploaded(EDITOR_A, text);
        String idB = uploaded(EDITOR_B, text);
        String documents = "/api/admin/documents/";

        for (String outsider : List.of(EDITOR_B, ADMIN_B)) {
            assertThat(http.get("/api/admin/documents", as(outsider)).body()).as(outsider).doesNotContain(idA);
            assertThat(http.get(documents + idA, as(outsider)).statusCode()).as(outsider).isEqualTo(404);
            assertThat(http.get(documents + idA + "/file", as(outsider)).statusCode()).isEqualTo(404);
            MultipartBody retitle = new MultipartBody().field("title", "Sửa trộm");
            assertThat(http.sendBytes("PUT", documents + idA, retitle.contentType(), retitle.bytes(), as(outsider))
                    .statusCode()).isEqualTo(404);
            assertThat(http.send("DELETE", documents + idA, null, "", as(outsider)).statusCode()).isEqualTo(404);
        }
        assertThat(http.get("/api/admin/documents", as(EDITOR_A)).body()).contains(idA).doesNotContain(idB);

        // when ward B deletes its document, whose original is the same file
        assertThat(http.send("DELETE", documents + idB, null, "", as(EDITOR_B)).statusCode()).isEqualTo(204);

        // then ward A's original is still there
        HttpResponse<String> file = http.get(documents + idA + "/file", as(EDITOR_A));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("Kiểm tra cân tại chợ");
        assertThat(http.send("DELETE", documents + idA, null, "", as(EDITOR_A)).statusCode()).isEqualTo(204);
    }

    @Test
    void should_answer_409_when_ward_b_uploads_a_document_whose_id_ward_a_has() {
        byte[] text = "I. MỤC ĐÍCH\n1. Cân đối chứng.\n".getBytes(StandardCharsets.UTF_8);
        String number = ThreadLocalRandom.current().nextInt(100, 99_999) + "/KH-UBND";
        HttpResponse<String> first = upload(number, text, EDITOR_A);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = PortalHttp.json(first).getString("id");

        HttpResponse<String> second = upload(number, text, EDITOR_B);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(PortalHttp.json(second).getJsonObject("error").getString("message")).contains(id);
        http.send("DELETE", "/api/admin/documents/" + id, null, "", as(EDITOR_A));
    }

    // ---- staff accounts ----

    @Test
    void should_let_a_ward_administrator_manage_the_accounts_of_the_ward_only() throws Exception {
        long officerA = accountId(ADMIN_A, OFFICER_A);
        String users = "/api/admin/users/";

        assertThat(usernames(ADMIN_A)).contains(OFFICER_A, EDITOR_A, ADMIN_A).doesNotContain(OFFICER_B, "admin");
        assertThat(usernames(ADMIN_B)).contains(OFFICER_B).doesNotContain(OFFICER_A, PROVINCE_OFFICER);
        assertThat(http.get(users + officerA, as(ADMIN_B)).statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", users + officerA + "/roles", JSON, "{\"roles\":[\"ADMIN\"]}", as(ADMIN_B))
                .statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", users + officerA + "/enabled", JSON, "{\"enabled\":false}", as(ADMIN_B))
                .statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", users + officerA + "/unit", JSON, "{\"unitCode\":\"phuong-duc-pho\"}",
                as(ADMIN_B)).statusCode()).isEqualTo(404);

        // a ward administrator opens accounts in the ward (by default) and nowhere else
        String name = "cb.moi." + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> elsewhere = createUser(ADMIN_B, name, WARD_A);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(createUser(ADMIN_B, name, "quang-ngai").statusCode()).isEqualTo(404);
        HttpResponse<String> own = createUser(ADMIN_B, name, null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(PortalHttp.json(own).getString("unitCode")).isEqualTo(WARD_B);
        assertThat(usernames(ADMIN_A)).doesNotContain(name);

        // ward A's account as its own administrator sees it
        JsonObject seen = PortalHttp.json(http.get(users + officerA, as(ADMIN_A)));
        assertThat(seen.getString("unitCode")).isEqualTo(WARD_A);
        assertThat(seen.getString("unitName")).isEqualTo("xã Đông Cứu, tỉnh Bắc Ninh");
    }

    @Test
    void should_let_a_platform_administrator_appoint_a_ward_administrator_who_sees_the_ward() {
        String name = "qt.moi." + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> created = http.send("POST", "/api/admin/users", JSON, """
                {"username":"%s","fullName":"Quản trị mới","password":"%s","roles":["ADMIN"],"unitCode":"%s"}"""
                .formatted(name, PASSWORD, WARD_B), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(PortalHttp.json(created).getString("unitCode")).isEqualTo(WARD_B);

        assertThat(usernames(name)).contains(OFFICER_B).doesNotContain(OFFICER_A);
        long id = PortalHttp.json(created).getJsonNumber("id").longValue();

        // when the platform moves the account to ward A, it sees ward A at once
        HttpResponse<String> moved = http.send("PUT", "/api/admin/users/" + id + "/unit", JSON,
                "{\"unitCode\":\"" + WARD_A + "\"}", PortalHttp.admin());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(usernames(name)).contains(OFFICER_A).doesNotContain(OFFICER_B);

        // and once disabled it can do nothing
        assertThat(http.send("PUT", "/api/admin/users/" + id + "/enabled", JSON, "{\"enabled\":false}",
                PortalHttp.admin()).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/admin/users", as(name)).statusCode()).isIn(401, 403);
    }

    @Test
    void should_let_a_ward_administrator_step_down_while_an_administrator_remains_over_the_ward()
            throws SQLException {
        // a ward administrator under the platform's administrators may give up the role: the platform still
        // manages the ward
        String name = "qt.tam." + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(createUserWithRole(name, WARD_B, "ADMIN").statusCode()).isEqualTo(201);
        long id = accountId(name, name);
        HttpResponse<String> stepDown = http.send("PUT", "/api/admin/users/" + id + "/roles", JSON,
                "{\"roles\":[\"OFFICER\"]}", as(name));
        assertThat(stepDown.statusCode()).as(stepDown.body()).isEqualTo(200);

        // the platform's last administrator cannot
        long otherRootAdmins = IntegrationDatabase.count("SELECT COUNT(*) FROM app_user a JOIN app_user_role r"
                + " ON r.user_id = a.id WHERE r.role = 'ADMIN' AND a.enabled = TRUE AND a.unit_id = 1"
                + " AND a.username <> 'admin'");
        if (otherRootAdmins == 0) {
            long admin = accountId("admin", "admin");
            HttpResponse<String> last = http.send("PUT", "/api/admin/users/" + admin + "/enabled", JSON,
                    "{\"enabled\":false}", PortalHttp.admin());
            assertThat(last.statusCode()).isEqualTo(409);
            assertThat(PortalHttp.json(last).getJsonObject("error").getString("message"))
                    .isEqualTo("Phải còn ít nhất một quản trị viên đang hoạt động.");
        }
    }

    // ---- what belongs to every unit ----

    @Test
    void should_keep_the_platform_settings_for_platform_administrators() {
        for (String path : List.of("/api/admin/open311-keys", "/api/admin/report-kinds",
                "/api/admin/report-departments", "/api/admin/article-categories")) {
            HttpResponse<String> ward = http.get(path, as(ADMIN_B));
            assertThat(ward.statusCode()).as(path).isEqualTo(403);
            assertThat(PortalHttp.json(ward).getJsonObject("error").getString("message"))
                    .isEqualTo("Chỉ quản trị viên của toàn nền tảng mới được quản lý mục này.");
            assertThat(http.get(path, PortalHttp.admin()).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.send("POST", "/api/admin/open311-keys", JSON, "{\"label\":\"Ứng dụng phường\"}",
                as(ADMIN_B)).statusCode()).isEqualTo(403);
        String session = http.logIn(ADMIN_B, PASSWORD);
        assertThat(http.get("/quan-tri/khoa-open311", "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.get("/quan-tri/danh-muc-phan-anh", "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.get("/quan-tri/nguoi-dung", "Cookie", session).statusCode()).isEqualTo(200);
    }

    // ---- units as data ----

    @Test
    void should_list_the_units_publicly_with_their_province() {
        HttpResponse<String> response = http.get("/api/units");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject dongCuu = PortalHttp.json(response).getJsonArray("units").stream().map(JsonObject.class::cast)
                .filter(unit -> unit.getString("code").equals(WARD_A)).findFirst().orElseThrow();
        assertThat(dongCuu.getString("name")).isEqualTo("xã Đông Cứu");
        assertThat(dongCuu.getString("level")).isEqualTo("XA");
        assertThat(dongCuu.getString("parentCode")).isEqualTo("bac-ninh");
        assertThat(dongCuu.getString("workingHours")).contains("Thứ Hai");
    }

    @Test
    void should_let_the_platform_add_and_describe_a_ward_with_409_on_a_taken_slug_and_400_on_a_bad_one() {
        String slug = "phuong-moi-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String body = unit(slug, slug, "phường Mới", "phuong", "quang-ngai");

        assertThat(http.send("POST", "/api/admin/units", JSON, body, as(ADMIN_B)).statusCode()).isEqualTo(403);
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON, body, PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(http.get("/api/units").body()).contains(slug);

        HttpResponse<String> again = http.send("POST", "/api/admin/units", JSON,
                unit(slug + "-b", slug, "phường Mới B", "phuong", "quang-ngai"), PortalHttp.admin());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"slug\"");
        HttpResponse<String> badSlug = http.send("POST", "/api/admin/units", JSON,
                unit(slug + "-c", "Phuong Moi", "phường C", "phuong", "quang-ngai"), PortalHttp.admin());
        assertThat(badSlug.statusCode()).isEqualTo(400);
        assertThat(badSlug.body()).contains("\"slug\"");
        HttpResponse<String> orphan = http.send("POST", "/api/admin/units", JSON,
                unit(slug + "-d", slug + "-d", "phường D", "phuong", "khong-co"), PortalHttp.admin());
        assertThat(orphan.statusCode()).isEqualTo(400);
        assertThat(orphan.body()).contains("\"parentCode\"");

        HttpResponse<String> described = http.send("PUT", "/api/admin/units/" + slug, JSON,
                unit(slug, slug, "phường Mới", "phuong", "quang-ngai").replace("\"hotline\":\"\"",
                        "\"hotline\":\"0255 3822 123\""), PortalHttp.admin());
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        assertThat(PortalHttp.json(described).getString("hotline")).isEqualTo("0255 3822 123");
        assertThat(http.send("PUT", "/api/admin/units/" + slug, JSON,
                unit(slug, slug + "-x", "phường Mới", "phuong", "quang-ngai"), PortalHttp.admin()).statusCode())
                .isEqualTo(409);

        // the province's officer sees the new ward at once and can hand it a report
        Filed filed = fileWithPhotoQuietly(WARD_B);
        long id = idSeenBy(PROVINCE_OFFICER, filed.code());
        assertThat(transfer(id, slug, "Địa bàn phường mới", as(PROVINCE_OFFICER)).statusCode()).isEqualTo(200);
    }

    @Test
    void should_import_every_line_of_a_valid_csv_and_nothing_of_a_csv_with_one_wrong_line() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
        String header = "code,slug,name,kind,province_code,address,hotline,email,working_hours,latitude,longitude,"
                + "radius_km\r\n";
        String good = header + "tinh-" + n + ",tinh-" + n + ",tỉnh Thử " + n + ",tinh,,,,,,,,\r\n"
                + "xa-" + n + ",xa-" + n + ",xã Thử " + n + ",xa,tinh-" + n
                + ",\"Trụ sở UBND, thôn 1\",0222 3 123 456,ubnd@example.vn,,21.1,106.1,5\r\n";

        HttpResponse<String> imported = http.send("POST", "/api/admin/units/import", "text/csv; charset=UTF-8", good,
                PortalHttp.admin());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(PortalHttp.json(imported).getInt("added")).isEqualTo(2);
        assertThat(http.get("/api/units").body()).contains("xã Thử " + n, "Trụ sở UBND, thôn 1");

        String bad = header + "xa2-" + n + ",xa2-" + n + ",xã Hai " + n + ",xa,tinh-" + n + ",,,,,,,\r\n"
                + "xa3-" + n + ",xa3-" + n + ",\"=HYPERLINK(\"\"http://x\"\")\",xa,tinh-" + n + ",,,,,,,\r\n"
                + "xa-" + n + ",xa4-" + n + ",xã Bốn,xa,tinh-" + n + ",,,,,,,\r\n";
        HttpResponse<String> refused = http.send("POST", "/api/admin/units/import", "text/csv; charset=UTF-8", bad,
                PortalHttp.admin());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("rows[3].name", "rows[4].code");
        assertThat(http.get("/api/units").body()).doesNotContain("xa2-" + n);
        assertThat(http.send("POST", "/api/admin/units/import", "text/csv", good, as(ADMIN_B)).statusCode())
                .isEqualTo(403);
    }

    private static String unit(String code, String slug, String name, String kind, String parent) {
        return Json.createObjectBuilder().add("code", code).add("slug", slug).add("name", name).add("kind", kind)
                .add("parentCode", parent).add("address", "Trụ sở UBND").add("hotline", "")
                .add("workingHours", "Thứ Hai – Thứ Sáu").add("latitude", 14.8).add("longitude", 108.9)
                .add("radiusKm", 3).build().toString();
    }

    private Filed fileWithPhotoQuietly(String unit) {
        try {
            return fileWithPhoto(unit);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- pages ----

    @Test
    void should_show_units_on_the_staff_pages_and_offer_the_transfer_above_the_wards_only() throws Exception {
        Filed filed = fileWithPhoto(WARD_B);
        long id = idSeenBy(OFFICER_B, filed.code());
        String detail = "/quan-tri/phan-anh/chi-tiet?id=" + id;

        String province = http.logIn(PROVINCE_OFFICER, PASSWORD);
        HttpResponse<String> byProvince = http.get(detail, "Cookie", province, "Accept", "text/html");
        assertThat(byProvince.statusCode()).isEqualTo(200);
        assertThat(byProvince.body()).contains("Chuyển sang phường/xã khác", "phường Đức Phổ, tỉnh Quảng Ngãi");
        String ward = http.logIn(OFFICER_B, PASSWORD);
        HttpResponse<String> byWard = http.get(detail, "Cookie", ward, "Accept", "text/html");
        assertThat(byWard.statusCode()).isEqualTo(200);
        assertThat(byWard.body()).doesNotContain("Chuyển sang phường/xã khác");
        assertThat(http.get(detail, "Cookie", http.logIn(OFFICER_A, PASSWORD), "Accept", "text/html").statusCode())
                .isEqualTo(404);

        String admin = http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD);
        assertThat(http.get("/quan-tri/phan-anh", "Cookie", admin, "Accept", "text/html").body())
                .contains("inbox-ward");
        assertThat(http.get("/quan-tri/phan-anh", "Cookie", ward, "Accept", "text/html").body())
                .doesNotContain("inbox-ward");
        HttpResponse<String> users = http.get("/quan-tri/nguoi-dung", "Cookie", admin, "Accept", "text/html");
        assertThat(users.body()).contains("xã Đông Cứu, tỉnh Bắc Ninh", "create:unit");
        HttpResponse<String> units = http.get("/quan-tri/don-vi", "Cookie", admin, "Accept", "text/html");
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(units.body()).contains("Đơn vị hành chính", "phường Đức Phổ", "Nhập từ tệp CSV");
    }

    // ---- helpers ----

    record Filed(String code) {
    }

    private Filed fileWithPhoto(String unit) throws IOException {
        MultipartBody body = new MultipartBody()
                .field("report", """
                        {"kind":"can-thieu","placeName":"Sạp %s","unit":"%s",
                         "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                         "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},"anonymous":true}"""
                        .formatted(UUID.randomUUID(), unit))
                .file("photos", "anh.jpg", "image/jpeg", jpeg());
        HttpResponse<String> filed = http.sendBytes("POST", "/api/reports", body.contentType(), body.bytes());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return new Filed(PortalHttp.json(filed).getString("trackingCode"));
    }

    private List<String> codesListedFor(String username) {
        return PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", as(username)))
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getString("trackingCode")).toList();
    }

    private long idSeenBy(String username, String code) {
        return PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", as(username)))
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("trackingCode").equals(code))
                .map(row -> row.getJsonNumber("id").longValue())
                .findFirst().orElseThrow(() -> new AssertionError(username + " does not see " + code));
    }

    private HttpResponse<String> transfer(long id, String unit, String reason, String[] auth) {
        return http.send("POST", "/api/officer/reports/" + id + "/transfer", JSON,
                Json.createObjectBuilder().add("unit", unit).add("reason", reason).build().toString(), auth);
    }

    /** The officers' CSV export as the caller gets it (asked for as CSV: it answers nothing else). */
    private String csv(String path, String username) {
        HttpResponse<String> response = http.get(path, PortalHttp.basicAuth(username, PASSWORD)[0],
                PortalHttp.basicAuth(username, PASSWORD)[1], "Accept", "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("ma_phan_anh");
        return response.body();
    }

    private int post(long id, String action, String body, String username) {
        return http.send("POST", "/api/officer/reports/" + id + "/" + action, JSON, body, as(username)).statusCode();
    }

    private static String article(String title, String slug) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Tóm tắt cho người dân.")
                .add("bodyHtml", "<p>Nội dung bài viết về đo lường tại chợ.</p>")
                .add("categoryCode", "do-luong")
                .add("tags", Json.createArrayBuilder().add("cân đối chứng"))
                .add("author", "Ban biên tập")
                .add("slug", slug)
                .build().toString();
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> upload(String number, byte[] text, String username) {
        MultipartBody body = new MultipartBody()
                .field("kind", "Kế hoạch")
                .field("number", number)
                .field("issuer", "UBND xã")
                .field("place", "xã")
                .field("title", "Kế hoạch kiểm tra cân " + number)
                .file("file", "ke-hoach.txt", "text/plain", text);
        return http.sendBytes("POST", "/api/admin/documents", body.contentType(), body.bytes(), as(username));
    }

    private String uploaded(String username, byte[] text) {
        HttpResponse<String> response = upload(ThreadLocalRandom.current().nextInt(100, 99_999) + "/KH-UBND", text,
                username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getString("id");
    }

    private List<String> usernames(String admin) {
        return PortalHttp.json(http.get("/api/admin/users?size=100", as(admin))).getJsonArray("items").stream()
                .map(JsonObject.class::cast).map(row -> row.getString("username")).toList();
    }

    private long accountId(String admin, String username) {
        String[] auth = admin.equals("admin") ? PortalHttp.admin() : as(admin);
        for (int page = 1; page < 20; page++) {
            JsonObject found = PortalHttp.json(http.get("/api/admin/users?size=100&page=" + page, auth));
            var match = found.getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(row -> row.getString("username").equals(username)).findFirst();
            if (match.isPresent()) {
                return match.get().getJsonNumber("id").longValue();
            }
            if (found.getJsonArray("items").isEmpty()) {
                break;
            }
        }
        throw new AssertionError(admin + " does not see " + username);
    }

    private HttpResponse<String> createUser(String admin, String username, String unitCode) {
        String unit = unitCode == null ? "" : ",\"unitCode\":\"" + unitCode + "\"";
        return http.send("POST", "/api/admin/users", JSON, """
                {"username":"%s","fullName":"Cán bộ mới","password":"%s","roles":["OFFICER"]%s}"""
                .formatted(username, PASSWORD, unit), as(admin));
    }

    private HttpResponse<String> createUserWithRole(String username, String unitCode, String role) {
        return http.send("POST", "/api/admin/users", JSON, """
                {"username":"%s","fullName":"Cán bộ mới","password":"%s","roles":["%s"],"unitCode":"%s"}"""
                .formatted(username, PASSWORD, role, unitCode), PortalHttp.admin());
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
