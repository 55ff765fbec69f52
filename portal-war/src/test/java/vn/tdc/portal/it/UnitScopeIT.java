package vn.tdc.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import vn.tdc.portal.report.domain.TrackingCode;

import java.net.http.HttpResponse;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units on a real Payara and MariaDB: a ward officer sees the reports of the ward only, a province officer those of
 * every ward of the province, a platform administrator all; a report of another ward is not found (404), as if it
 * did not exist. Two wards in two provinces: xã Đông Cứu (Bắc Ninh) and phường Đức Phổ (Quảng Ngãi).
 */
class UnitScopeIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-don-vi-2026";
    private static final String DONG_CUU_OFFICER = "canbo.dongcuu";
    private static final String DUC_PHO_OFFICER = "canbo.ducpho";
    private static final String QUANG_NGAI_OFFICER = "canbo.quangngai";

    @BeforeEach
    void accounts() {
        ensureAccountIn("xa-dong-cuu", DONG_CUU_OFFICER, "Cán bộ Đông Cứu", PASSWORD, "OFFICER");
        ensureAccountIn("phuong-duc-pho", DUC_PHO_OFFICER, "Cán bộ Đức Phổ", PASSWORD, "OFFICER");
        ensureAccountIn("quang-ngai", QUANG_NGAI_OFFICER, "Cán bộ tỉnh Quảng Ngãi", PASSWORD, "OFFICER");
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    private String file(String unit, String place) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, """
                {"kind":"can-thieu","placeName":"%s","unit":"%s",
                 "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},"anonymous":true}"""
                .formatted(place, unit));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response).getString("trackingCode");
    }

    private Long idSeenBy(String username, String code) {
        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", as(username)));
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("trackingCode").equals(code))
                .map(row -> row.getJsonNumber("id").longValue())
                .findFirst().orElse(null);
    }

    @Test
    void should_show_a_ward_officer_only_the_reports_of_the_ward() {
        String place = "Sạp " + UUID.randomUUID();
        String dongCuu = file("xa-dong-cuu", place);
        String ducPho = file("phuong-duc-pho", place);

        Long dongCuuId = idSeenBy(DONG_CUU_OFFICER, dongCuu);
        assertThat(dongCuuId).isNotNull();
        assertThat(idSeenBy(DONG_CUU_OFFICER, ducPho)).isNull();
        Long ducPhoId = idSeenBy(DUC_PHO_OFFICER, ducPho);
        assertThat(ducPhoId).isNotNull();
        assertThat(idSeenBy(DUC_PHO_OFFICER, dongCuu)).isNull();

        assertThat(http.get("/api/officer/reports/" + ducPhoId, as(DONG_CUU_OFFICER)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/officer/reports/" + dongCuuId, as(DONG_CUU_OFFICER)).statusCode()).isEqualTo(200);
    }

    @Test
    void should_show_a_province_officer_the_wards_of_the_province_only() {
        String place = "Sạp " + UUID.randomUUID();
        String dongCuu = file("xa-dong-cuu", place);
        String ducPho = file("phuong-duc-pho", place);

        assertThat(idSeenBy(QUANG_NGAI_OFFICER, ducPho)).isNotNull();
        assertThat(idSeenBy(QUANG_NGAI_OFFICER, dongCuu)).isNull();
    }

    @Test
    void should_count_the_articles_a_list_shows_once_each_whatever_the_scope() {
        // given an article in a ward of Quảng Ngãi, written by the province's editor
        ensureAccountIn("quang-ngai", "bientap.quangngai", "Biên tập tỉnh Quảng Ngãi", PASSWORD, "EDITOR");
        HttpResponse<String> written = http.send("POST", "/api/admin/articles", JSON, """
                {"title":"Cân đối chứng ở chợ Đức Phổ %d","summary":"Tin thử","bodyHtml":"<p>Nội dung</p>",
                 "categoryCode":"do-luong","author":"Ban biên tập"}""".formatted(System.nanoTime()),
                as("bientap.quangngai"));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

        for (String[] caller : List.of(as("bientap.quangngai"), PortalHttp.admin())) {
            // when the list is asked for
            JsonObject page = PortalHttp.json(http.get("/api/admin/articles?size=100", caller));

            // then its total is the number of articles it holds
            assertThat(page.getJsonNumber("total").longValue()).isEqualTo(page.getJsonArray("items").size());
        }
    }

    @Test
    void should_show_a_platform_administrator_every_ward() {
        String place = "Sạp " + UUID.randomUUID();
        String dongCuu = file("xa-dong-cuu", place);
        String ducPho = file("phuong-duc-pho", place);

        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", PortalHttp.admin()));
        assertThat(page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getString("trackingCode"))).contains(dongCuu, ducPho);
    }

    @Test
    void should_file_a_report_into_the_ward_named_or_answer_which_field_is_wrong() {
        HttpResponse<String> unknown = http.send("POST", "/api/reports", JSON, """
                {"kind":"can-thieu","placeName":"Sạp 1","unit":"phuong-khong-co",
                 "description":"Cân thiếu.","attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},
                 "anonymous":true}""");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"unit\"").contains("Không có phường/xã này");
    }

    /** {@code count} unpublished reports of 2025 written straight into the ward {@code code} (bench/wards.sh's way). */
    private static void insertReports(String code, int count) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO report (unit_id, unit_path,"
                     + " tracking_code, kind_code, status, department_code, channel, place_name, description,"
                     + " attribute_values, published, submitted_at, due_date, updated_at)"
                     + " SELECT u.id, u.path, ?, 'khac', 'moi', 'phong-kinh-te', 'WEB', 'Chợ thử', 'Phản ánh mẫu', '{}',"
                     + " FALSE, '2025-03-01 08:00:00', '2025-03-20', '2025-03-01 08:00:00' FROM admin_unit u"
                     + " WHERE u.code = ?")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, TrackingCode.generate(2025).value());
                insert.setString(2, code);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Test
    void should_count_an_inbox_up_to_a_thousand_reports_and_say_more_beyond() throws SQLException {
        // given a new ward of Quảng Ngãi holding 1 001 reports, and its officer
        String ward = "phuong-dem-" + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                Json.createObjectBuilder().add("code", ward).add("slug", ward).add("name", "phường Đếm Thử")
                        .add("kind", "phuong").add("parentCode", "quang-ngai").build().toString(), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String officer = "canbo." + ward;
        ensureAccountIn(ward, officer, "Cán bộ phường Đếm Thử", PASSWORD, "OFFICER");
        insertReports(ward, 1_001);

        // when
        JsonObject all = PortalHttp.json(http.get("/api/officer/reports?size=20", as(officer)));
        JsonObject lastCounted = PortalHttp.json(http.get("/api/officer/reports?size=100&page=10", as(officer)));
        JsonObject handled = PortalHttp.json(http.get("/api/officer/reports?status=da-xu-ly", as(officer)));

        // then
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(1_000);
        assertThat(all.getBoolean("totalExact")).isFalse();
        assertThat(all.getJsonArray("items")).hasSize(20);
        assertThat(lastCounted.getJsonArray("items")).hasSize(100);
        assertThat(handled.getJsonNumber("total").longValue()).isZero();
        assertThat(handled.getBoolean("totalExact")).isTrue();
    }
}
