package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments per ward on a real Payara and MariaDB (issue 10): a ward added by the platform starts with the active
 * catalogue; its administrator edits its own list (and gets 404 for another ward's); residents see its active
 * departments; its reports go to its own departments, and an officer cannot hand one to a department the ward has
 * not. Each test works on a ward of its own class run (phường under tỉnh Quảng Ngãi, without a centre point so that it
 * claims no report by coordinates), the database being shared with the other ITs.
 */
class UnitDepartmentsIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-phong-ban-2026";
    private static final String WARD = "phuong-pb-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD_ADMIN = "quantri." + WARD;
    private static final String WARD_OFFICER = "canbo." + WARD;
    private static final String PROVINCE_OFFICER = "canbo.pb.quangngai";
    /** The default department of kind {@code can-thieu} (V3). */
    private static final String KIND_DEFAULT = "phong-kinh-te";

    private static boolean wardAdded;

    @BeforeEach
    void ward() {
        if (!wardAdded) {
            HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                    Json.createObjectBuilder().add("code", WARD).add("slug", WARD).add("name", "phường Phòng Ban")
                            .add("kind", "phuong").add("parentCode", "quang-ngai").add("address", "Trụ sở UBND")
                            .build().toString(), PortalHttp.admin());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            wardAdded = true;
        }
        ensureAccountIn(WARD, WARD_ADMIN, "Quản trị phường Phòng Ban", PASSWORD, "ADMIN");
        ensureAccountIn(WARD, WARD_OFFICER, "Cán bộ phường Phòng Ban", PASSWORD, "OFFICER");
        ensureAccountIn("quang-ngai", PROVINCE_OFFICER, "Cán bộ tỉnh Quảng Ngãi", PASSWORD, "OFFICER");
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    private static String entry(String code, boolean active, int order, String email, String phone) {
        var entry = Json.createObjectBuilder().add("departmentCode", code).add("active", active)
                .add("sortOrder", order);
        if (email != null) {
            entry.add("contactEmail", email);
        }
        if (phone != null) {
            entry.add("contactPhone", phone);
        }
        return entry.build().toString();
    }

    private HttpResponse<String> putList(String ward, String user, String... entries) {
        return http.send("PUT", "/api/admin/units/" + ward + "/departments", JSON,
                "{\"departments\":[" + String.join(",", entries) + "]}", as(user));
    }

    /** The ward's list without the kind's default: Công an first, Quản lý thị trường second, Văn hóa inactive. */
    private void wardWithoutTheKindsDefault() {
        HttpResponse<String> saved = putList(WARD, WARD_ADMIN,
                entry("quan-ly-thi-truong", true, 2, null, null),
                entry("cong-an-phuong", true, 1, "congan@example.vn", "0255 3 111 113"),
                entry("phong-vh-xh", false, 3, null, null));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private List<String> publicCodes(String unit) {
        HttpResponse<String> response = http.get("/api/units/" + unit + "/departments");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("departments").stream().map(JsonObject.class::cast)
                .map(d -> d.getString("code")).toList();
    }

    private long file(String unit) {
        HttpResponse<String> response = http.send("POST", "/api/reports", JSON, """
                {"kind":"can-thieu","placeName":"Sạp %s","unit":"%s",
                 "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},"anonymous":true}"""
                .formatted(UUID.randomUUID(), unit));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = PortalHttp.json(response).getString("trackingCode");
        JsonObject page = PortalHttp.json(http.get("/api/officer/reports?size=100&sort=newest", PortalHttp.admin()));
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("trackingCode").equals(code))
                .map(row -> row.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private String departmentOf(long reportId) {
        HttpResponse<String> detail = http.get("/api/officer/reports/" + reportId, PortalHttp.admin());
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        return PortalHttp.json(detail).getString("departmentCode");
    }

    @Test
    void should_give_a_ward_added_by_hand_or_by_import_the_active_catalogue() {
        // given
        String byHand = "phuong-pb-tay-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String imported = "phuong-pb-csv-" + ThreadLocalRandom.current().nextInt(1_000_000);

        // when
        HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                Json.createObjectBuilder().add("code", byHand).add("slug", byHand).add("name", "phường Thêm Tay")
                        .add("kind", "phuong").add("parentCode", "quang-ngai").build().toString(), PortalHttp.admin());
        HttpResponse<String> importedAnswer = http.send("POST", "/api/admin/units/import", "text/csv; charset=UTF-8",
                "code,slug,name,kind,province_code,address,hotline,email,working_hours,latitude,longitude,radius_km\n"
                        + imported + "," + imported + ",phường Nhập CSV,phuong,quang-ngai,,,,,,,\n",
                PortalHttp.admin());

        // then
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(importedAnswer.statusCode()).as(importedAnswer.body()).isEqualTo(200);
        assertThat(publicCodes(byHand)).containsSubsequence(
                "phong-kinh-te", "phong-vh-xh", "cong-an-phuong", "quan-ly-thi-truong");
        assertThat(publicCodes(imported)).containsSubsequence(
                "phong-kinh-te", "phong-vh-xh", "cong-an-phuong", "quan-ly-thi-truong");
        assertThat(publicCodes("quang-ngai")).isEmpty();
    }

    @Test
    void should_list_only_the_wards_active_departments_with_their_contacts_to_residents() {
        // given
        wardWithoutTheKindsDefault();

        // when
        HttpResponse<String> listed = http.get("/api/units/" + WARD + "/departments");

        // then
        assertThat(listed.statusCode()).isEqualTo(200);
        List<JsonObject> departments = PortalHttp.json(listed).getJsonArray("departments").stream()
                .map(JsonObject.class::cast).toList();
        assertThat(departments).extracting(d -> d.getString("code"))
                .containsExactly("cong-an-phuong", "quan-ly-thi-truong");
        assertThat(departments.get(0).getString("name")).isEqualTo("Công an phường, xã");
        assertThat(departments.get(0).getString("contactEmail")).isEqualTo("congan@example.vn");
        assertThat(departments.get(0).getString("contactPhone")).isEqualTo("0255 3 111 113");
        assertThat(departments.get(1)).doesNotContainKeys("contactEmail", "contactPhone");
        assertThat(http.get("/api/units/phuong-khong-co/departments").statusCode()).isEqualTo(404);
    }

    @Test
    void should_route_a_report_to_the_wards_first_department_when_the_ward_lacks_the_kinds_default() {
        // given
        wardWithoutTheKindsDefault();

        // when
        long inWard = file(WARD);
        long inDongCuu = file("xa-dong-cuu");

        // then
        assertThat(departmentOf(inWard)).isEqualTo("cong-an-phuong");
        assertThat(departmentOf(inDongCuu)).isEqualTo(KIND_DEFAULT);
    }

    @Test
    void should_refuse_to_hand_a_report_to_a_department_outside_its_ward_with_a_field_problem() {
        // given
        wardWithoutTheKindsDefault();
        long report = file(WARD);

        // when
        HttpResponse<String> refused = http.send("POST", "/api/officer/reports/" + report + "/status", JSON,
                "{\"status\":\"da-chuyen\",\"departmentCode\":\"phong-vh-xh\"}", as(WARD_OFFICER));
        HttpResponse<String> handed = http.send("POST", "/api/officer/reports/" + report + "/status", JSON,
                "{\"status\":\"da-chuyen\",\"departmentCode\":\"quan-ly-thi-truong\"}", as(WARD_OFFICER));

        // then
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject problem = PortalHttp.json(refused).getJsonObject("error").getJsonArray("details").getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("departmentCode");
        assertThat(problem.getString("message")).isEqualTo("Phòng ban này không thuộc phường/xã của phản ánh.");
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(departmentOf(report)).isEqualTo("quan-ly-thi-truong");
    }

    @Test
    void should_route_a_report_handed_to_a_ward_without_its_department_to_the_wards_first_department() {
        // given a report of phường Đức Phổ, with the kind's default department, which the ward lacks
        wardWithoutTheKindsDefault();
        long report = file("phuong-duc-pho");
        assertThat(departmentOf(report)).isEqualTo(KIND_DEFAULT);

        // when the province hands it over to the ward
        HttpResponse<String> transferred = http.send("POST", "/api/officer/reports/" + report + "/transfer", JSON,
                "{\"unit\":\"" + WARD + "\",\"reason\":\"Sạp thuộc phường Phòng Ban\"}", as(PROVINCE_OFFICER));

        // then it is with the ward's first department
        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
        assertThat(departmentOf(report)).isEqualTo("cong-an-phuong");
    }

    @Test
    void should_let_a_ward_administrator_edit_its_own_list_but_not_find_another_wards() {
        // when
        HttpResponse<String> own = putList(WARD, WARD_ADMIN, entry("cong-an-phuong", true, 1, null, null));
        HttpResponse<String> other = putList("phuong-duc-pho", WARD_ADMIN,
                entry("cong-an-phuong", true, 1, null, null));
        HttpResponse<String> otherRead = http.get("/api/admin/units/phuong-duc-pho/departments", as(WARD_ADMIN));
        HttpResponse<String> catalogue = http.get("/api/admin/report-departments", as(WARD_ADMIN));

        // then
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(publicCodes(WARD)).containsExactly("cong-an-phuong");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
        assertThat(otherRead.statusCode()).isEqualTo(404);
        assertThat(publicCodes("phuong-duc-pho")).contains("cong-an-phuong", KIND_DEFAULT);
        assertThat(catalogue.statusCode()).isEqualTo(403);
    }

    @Test
    void should_answer_a_clear_problem_for_an_unknown_department_or_unit_or_a_broken_entry() {
        // when
        HttpResponse<String> unknownDepartment = putList(WARD, WARD_ADMIN,
                entry("cong-an-phuong", true, 1, null, null), entry("phong-khong-co", true, 2, null, null));
        HttpResponse<String> brokenEmail = putList(WARD, WARD_ADMIN,
                entry("cong-an-phuong", true, 1, "khong-phai-thu", null));
        HttpResponse<String> unknownUnit = http.send("PUT", "/api/admin/units/phuong-khong-co/departments", JSON,
                "{\"departments\":[]}", PortalHttp.admin());

        // then
        assertThat(unknownDepartment.statusCode()).as(unknownDepartment.body()).isEqualTo(400);
        JsonObject problem = PortalHttp.json(unknownDepartment).getJsonObject("error").getJsonArray("details")
                .getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("departments[1].departmentCode");
        assertThat(problem.getString("message")).isEqualTo("Danh mục không có phòng ban có mã „phong-khong-co“.");
        assertThat(brokenEmail.statusCode()).as(brokenEmail.body()).isEqualTo(400);
        assertThat(brokenEmail.body()).contains("departments[0].contactEmail");
        assertThat(unknownUnit.statusCode()).as(unknownUnit.body()).isEqualTo(404);
        assertThat(PortalHttp.json(unknownUnit).getJsonObject("error").getString("message"))
                .isEqualTo("Không có đơn vị có mã „phuong-khong-co“.");
    }

    @Test
    void should_show_the_wards_departments_and_their_contacts_in_the_footer_of_its_pages() {
        // given
        wardWithoutTheKindsDefault();

        // when
        HttpResponse<String> home = http.get("/" + WARD + "/phan-anh");

        // then
        assertThat(home.statusCode()).isEqualTo(200);
        String footer = home.body().substring(home.body().indexOf("<footer"));
        assertThat(footer).contains("id=\"ward-departments\"", "Công an phường, xã", "Đội Quản lý thị trường",
                "href=\"mailto:congan@example.vn\"", "href=\"tel:02553111113\"");
        assertThat(footer).doesNotContain("Phòng Văn hóa");
    }

    @Test
    void should_let_a_ward_administrator_edit_its_list_on_the_page() {
        // given
        wardWithoutTheKindsDefault();
        logIn(WARD_ADMIN, PASSWORD, "/quan-tri/phong-ban");
        String phone = "wardDepartments:wardDepartmentTable:0:contactPhone";
        assertThat(browser.findElement(By.id("wardDepartments:wardDepartmentTable:0:contactEmail"))
                .getAttribute("value")).isEqualTo("congan@example.vn");
        assertThat(AxeAudit.violations(browser)).as("axe-core, ward departments page").isEmpty();

        // when
        browser.findElement(By.id(phone)).clear();
        browser.findElement(By.id(phone)).sendKeys("0255 3 999 999");
        browser.findElement(By.id("wardDepartments:saveWardDepartments")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wardDepartments"),
                "Đã lưu danh sách phòng ban"));

        // then
        assertThat(PortalHttp.json(http.get("/api/units/" + WARD + "/departments")).getJsonArray("departments")
                .getJsonObject(0).getString("contactPhone")).isEqualTo("0255 3 999 999");
        assertThat(AxeAudit.browserErrors(browser)).as("console").isEmpty();
    }
}
