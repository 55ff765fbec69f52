package vn.tdc.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics of a province's wards on a real Payara and MariaDB: reports filed into two wards of Hải Phòng (phường
 * Hải Dương and phường Thành Đông), some closed by an officer and rated by their residents; the province table, the
 * statistics of one ward and the public page agree with what the database holds, counted here by plain SQL.
 */
class ProvinceStatisticsIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    private static final long HAI_DUONG = 201;
    private static final long THANH_DONG = 202;

    @Test
    void should_compare_the_wards_of_a_province_as_the_database_counts_them() throws SQLException {
        // given: in phường Hải Dương three reports, two closed (one handled, one unfounded), one rated satisfied;
        // in phường Thành Đông two reports, one handled and rated unsatisfied
        JsonObject before = ward(province("hai-phong"), "phuong-hai-duong");
        String place = "Sạp " + UUID.randomUUID();
        String[] haiDuong = {file("phuong-hai-duong", place), file("phuong-hai-duong", place),
                file("phuong-hai-duong", place)};
        String[] thanhDong = {file("phuong-thanh-dong", place), file("phuong-thanh-dong", place)};
        close(haiDuong[0], "da-xu-ly");
        close(haiDuong[1], "khong-du-can-cu");
        close(thanhDong[0], "da-xu-ly");
        rate(haiDuong[0], true);
        rate(thanhDong[0], false);

        // when
        JsonObject table = province("hai-phong");

        // then: each ward's row is what the database holds
        assertThat(table.getString("provinceCode")).isEqualTo("hai-phong");
        assertThat(table.getInt("year")).isEqualTo(YEAR);
        assertThat(table.getJsonArray("wards").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("code")).containsExactly("phuong-hai-duong", "phuong-thanh-dong");
        assertRowMatchesDatabase(ward(table, "phuong-hai-duong"), HAI_DUONG);
        assertRowMatchesDatabase(ward(table, "phuong-thanh-dong"), THANH_DONG);
        JsonObject haiDuongRow = ward(table, "phuong-hai-duong");
        assertThat(haiDuongRow.getInt("received") - before.getInt("received")).isEqualTo(3);
        assertThat(haiDuongRow.getInt("closed") - before.getInt("closed")).isEqualTo(2);
        assertThat(haiDuongRow.getInt("closedOnTime") - before.getInt("closedOnTime")).as("closed today, due later")
                .isEqualTo(2);
        assertThat(haiDuongRow.getInt("satisfied") - before.getInt("satisfied")).isEqualTo(1);
        JsonObject total = table.getJsonObject("total");
        assertThat(total.getInt("received")).isEqualTo(ward(table, "phuong-hai-duong").getInt("received")
                + ward(table, "phuong-thanh-dong").getInt("received"));
        assertThat(ward(table, "phuong-thanh-dong").getJsonNumber("satisfactionRate")).isNotNull();
    }

    @Test
    void should_give_the_figures_of_one_ward_and_answer_bad_codes_and_years_with_4xx() throws SQLException {
        // given
        file("phuong-thanh-dong", "Sạp " + UUID.randomUUID());

        // when
        HttpResponse<String> ofWard = http.get("/api/reports/statistics?unit=phuong-thanh-dong");
        HttpResponse<String> ofAll = http.get("/api/reports/statistics");

        // then
        assertThat(ofWard.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(ofWard).getJsonNumber("total").longValue())
                .isEqualTo(IntegrationDatabase.count("SELECT COUNT(*) FROM report WHERE unit_id = " + THANH_DONG));
        assertThat(PortalHttp.json(ofAll).getJsonNumber("total").longValue())
                .isEqualTo(IntegrationDatabase.count("SELECT COUNT(*) FROM report"));
        HttpResponse<String> unknownUnit = http.get("/api/reports/statistics?unit=phuong-khong-co");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("unit").contains("Không có phường/xã hoặc tỉnh");
        HttpResponse<String> unknownProvince = http.get("/api/units/tinh-khong-co/statistics");
        assertThat(unknownProvince.statusCode()).isEqualTo(404);
        assertThat(unknownProvince.body()).contains("Không có tỉnh/thành phố");
        assertThat(http.get("/api/units/phuong-hai-duong/statistics").statusCode()).as("a ward is no province")
                .isEqualTo(404);
        HttpResponse<String> badYear = http.get("/api/units/hai-phong/statistics?year=1999");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("year").contains("Năm phải từ 2020");
        assertThat(http.get("/api/units/hai-phong/statistics?year=hai-nghin").statusCode()).isEqualTo(400);
    }

    @Test
    void should_show_the_province_table_and_one_ward_on_the_public_page() {
        // given
        file("phuong-hai-duong", "Sạp " + UUID.randomUUID());

        // when
        HttpResponse<String> page = http.get("/xa-dong-cuu/thong-ke?tinh=hai-phong&nam=" + YEAR, "Accept", "text/html");
        HttpResponse<String> ofWard = http.get("/phuong-hai-duong/thong-ke", "Accept", "text/html");
        HttpResponse<String> unknown = http.get("/xa-dong-cuu/thong-ke?don-vi=khong-co&tinh=khong-co&nam=abc",
                "Accept", "text/html");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"province-table\"", "So sánh các phường/xã của Thành phố Hải Phòng năm "
                + YEAR, "Phường Hải Dương", "Phường Thành Đông", "Cả tỉnh");
        assertThat(ofWard.body()).contains("<span id=\"stats-unit\">Phường Hải Dương</span>",
                "So sánh các phường/xã của Thành phố Hải Phòng");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("id=\"stats-unit-unknown\"", "So sánh các phường/xã của Tỉnh Bắc Ninh");
    }

    /** One ward's row compared with the database: reports of the year counted by SQL, on time by the due day's end. */
    private static void assertRowMatchesDatabase(JsonObject row, long unitId) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(status IN ('da-xu-ly','khong-du-can-cu')),"
                + " SUM(status IN ('da-xu-ly','khong-du-can-cu') AND closed_at < TIMESTAMP(due_date, '17:00:00')),"
                + " SUM(satisfied IS NOT NULL), SUM(satisfied = TRUE),"
                + " SUM(status NOT IN ('da-xu-ly','khong-du-can-cu') AND due_date < ?)"
                + " FROM report WHERE unit_id = ? AND submitted_at >= ? AND submitted_at < ?";
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
            query.setLong(2, unitId);
            query.setString(3, (YEAR - 1) + "-12-31 17:00:00");
            query.setString(4, YEAR + "-12-31 17:00:00");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(row.getInt("received")).isEqualTo(rows.getInt(1));
                assertThat(row.getInt("closed")).isEqualTo(rows.getInt(2));
                assertThat(row.getInt("closedOnTime")).isEqualTo(rows.getInt(3));
                assertThat(row.getInt("answered")).isEqualTo(rows.getInt(4));
                assertThat(row.getInt("satisfied")).isEqualTo(rows.getInt(5));
                assertThat(row.getInt("overdueOpen")).isEqualTo(rows.getInt(6));
                double onTime = rows.getInt(2) == 0 ? -1 : Math.round(1000.0 * rows.getInt(3) / rows.getInt(2)) / 10.0;
                assertThat(row.get("onTimeRate") == null || row.get("onTimeRate") == JsonValue.NULL ? -1
                        : row.getJsonNumber("onTimeRate").doubleValue()).isEqualTo(onTime);
            }
        }
    }

    private JsonObject province(String code) {
        HttpResponse<String> response = http.get("/api/units/" + code + "/statistics?year=" + YEAR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response);
    }

    private static JsonObject ward(JsonObject table, String code) {
        return table.getJsonArray("wards").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("code").equals(code)).findFirst().orElseThrow();
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

    /** Closes the report through the officer API: verified, then handled or found unfounded (with a reason). */
    private void close(String trackingCode, String status) {
        long id = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", PortalHttp.admin()))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("trackingCode").equals(trackingCode))
                .mapToLong(row -> row.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        String path = "/api/officer/reports/" + id + "/status";
        HttpResponse<String> verifying = http.send("POST", path, JSON, "{\"status\":\"dang-xac-minh\"}",
                PortalHttp.admin());
        assertThat(verifying.statusCode()).as(verifying.body()).isEqualTo(200);
        HttpResponse<String> closed = http.send("POST", path, JSON, "{\"status\":\"" + status
                + "\",\"reason\":\"Cân đúng khi kiểm tra lại\"}", PortalHttp.admin());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    }

    private void rate(String trackingCode, boolean satisfied) {
        HttpResponse<String> rated = http.send("POST", "/api/reports/" + trackingCode + "/feedback", JSON,
                "{\"satisfied\":" + satisfied + ",\"reopen\":false}");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
    }
}
