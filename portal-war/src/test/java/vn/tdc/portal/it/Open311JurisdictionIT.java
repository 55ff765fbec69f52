package vn.tdc.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Open311 endpoint for every ward on a real Payara and MariaDB: a ward is a jurisdiction named by its code;
 * discovery lists them, POST files into the ward named (or the one around the point), GETs see the ward named only,
 * each request says its jurisdiction, and an unknown one is answered in the specification's error format. Two wards
 * in two provinces: xã Đông Cứu (Bắc Ninh) and phường Đức Phổ (Quảng Ngãi).
 */
class Open311JurisdictionIT extends PortalIntegrationTest {

    private static final String BASE = "/open311/v2/";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static String apiKey;

    @BeforeEach
    void client() {
        if (apiKey == null) {
            HttpResponse<String> issued = http.send("POST", "/api/admin/open311-keys", "application/json",
                    "{\"label\":\"Ứng dụng của tỉnh\"}", PortalHttp.admin());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            apiKey = PortalHttp.json(issued).getString("key");
        }
    }

    @Test
    void should_list_every_ward_as_a_jurisdiction_in_discovery() {
        // when
        JsonObject discovery = PortalHttp.json(http.get(BASE + "discovery.json"));

        // then
        JsonArray jurisdictions = discovery.getJsonArray("jurisdictions");
        assertThat(jurisdictions.getValuesAs(JsonObject.class)).extracting(j -> j.getString("jurisdiction_id"))
                .contains("xa-dong-cuu", "phuong-hai-duong", "phuong-thanh-dong", "phuong-duc-pho")
                .doesNotContain("bac-ninh", "vn");
        JsonObject ducPho = jurisdictions.getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("jurisdiction_id").equals("phuong-duc-pho")).findFirst().orElseThrow();
        assertThat(ducPho.getString("name")).isEqualTo("Phường Đức Phổ");
        assertThat(ducPho.getString("province")).isEqualTo("tỉnh Quảng Ngãi");
        assertThat(http.get(BASE + "discovery.xml").body())
                .contains("<jurisdiction><jurisdiction_id>xa-dong-cuu</jurisdiction_id><name>Xã Đông Cứu</name>");
    }

    @Test
    void should_file_into_the_ward_named_and_list_each_ward_on_its_own() {
        // given a report posted to each ward
        String place = "Sạp " + UUID.randomUUID();
        String dongCuu = postAndPublish(place, "jurisdiction_id", "xa-dong-cuu");
        String ducPho = postAndPublish(place, "jurisdiction_id", "PHUONG-DUC-PHO");

        // when
        List<JsonObject> ofDongCuu = requests("jurisdiction_id=xa-dong-cuu");
        List<JsonObject> ofDucPho = requests("jurisdiction_id=phuong-duc-pho");
        List<JsonObject> ofAll = requests("");

        // then
        assertThat(ids(ofDongCuu)).contains(dongCuu).doesNotContain(ducPho);
        assertThat(ids(ofDucPho)).contains(ducPho).doesNotContain(dongCuu);
        assertThat(ids(ofAll)).contains(dongCuu, ducPho);
        assertThat(ofDongCuu).allSatisfy(r -> assertThat(r.getString("jurisdiction_id")).isEqualTo("xa-dong-cuu"));
        assertThat(ofDucPho).allSatisfy(r -> assertThat(r.getString("jurisdiction_id")).isEqualTo("phuong-duc-pho"));
        assertThat(http.get(BASE + "requests/" + ducPho + ".xml").body())
                .contains("<jurisdiction_id>phuong-duc-pho</jurisdiction_id>");
        assertThat(http.get(BASE + "requests/" + ducPho + ".json?jurisdiction_id=phuong-duc-pho").statusCode())
                .isEqualTo(200);
        assertThat(http.get(BASE + "requests/" + ducPho + ".json?jurisdiction_id=xa-dong-cuu").statusCode())
                .as("a request of another ward").isEqualTo(404);
        assertThat(ids(requests("jurisdiction_id=xa-dong-cuu&service_request_id=" + dongCuu + "," + ducPho)))
                .containsExactly(dongCuu);
    }

    @Test
    void should_file_without_a_jurisdiction_into_the_ward_around_the_point_or_the_default_ward() {
        // when: a point in phường Đức Phổ, then an address only
        String atPoint = postAndPublish("Sạp " + UUID.randomUUID(), "lat", "14.8105", "long", "108.9602");
        String byAddress = postAndPublish("Sạp " + UUID.randomUUID());

        // then
        assertThat(ids(requests("jurisdiction_id=phuong-duc-pho"))).contains(atPoint);
        assertThat(ids(requests("jurisdiction_id=xa-dong-cuu"))).contains(byAddress).doesNotContain(atPoint);
    }

    @Test
    void should_answer_an_unknown_jurisdiction_in_the_error_format_of_the_specification() {
        // when
        HttpResponse<String> list = http.get(BASE + "requests.json?jurisdiction_id=phuong-khong-co");
        HttpResponse<String> listXml = http.get(BASE + "requests.xml?jurisdiction_id=bac-ninh");
        HttpResponse<String> services = http.get(BASE + "services.json?jurisdiction_id=phuong-khong-co");
        HttpResponse<String> posted = http.send("POST", BASE + "requests.json", FORM, form(Map.of("api_key", apiKey,
                "service_code", "can-thieu", "address_string", "Chợ", "description", "Cân thiếu",
                "jurisdiction_id", "phuong-khong-co")));

        // then
        assertThat(list.statusCode()).isEqualTo(404);
        JsonObject error = PortalHttp.jsonArray(list).getJsonObject(0);
        assertThat(error.getInt("code")).isEqualTo(404);
        assertThat(error.getString("description")).contains("Không có phường/xã mang mã", "phuong-khong-co");
        assertThat(listXml.statusCode()).as("a province is no jurisdiction").isEqualTo(404);
        assertThat(listXml.body()).contains("<errors><error><code>404</code><description>Không có phường/xã");
        assertThat(services.statusCode()).isEqualTo(404);
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.jsonArray(posted).getJsonObject(0).getString("description"))
                .startsWith("jurisdiction_id: ").contains("Không có phường/xã");
    }

    /** Posts a report (address "Chợ Đông Cứu" and the given extra parameters), publishes it; its id. */
    private String postAndPublish(String place, String... extra) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("api_key", apiKey, "service_code", "can-thieu",
                "place_name", place, "address_string", "Chợ", "description", "Mua 2 kg, cân lại chỉ được 1,8 kg"));
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        HttpResponse<String> posted = http.send("POST", BASE + "requests.json", FORM, form(parameters));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = PortalHttp.jsonArray(posted).getJsonObject(0).getString("service_request_id");
        HttpResponse<String> published = http.send("POST", "/api/officer/reports/" + id + "/publish", null, "",
                PortalHttp.admin());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private List<JsonObject> requests(String query) {
        HttpResponse<String> list = http.get(BASE + "requests.json" + (query.isEmpty() ? "" : "?" + query));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return PortalHttp.jsonArray(list).getValuesAs(JsonObject.class);
    }

    private static List<String> ids(List<JsonObject> requests) {
        return requests.stream().map(r -> r.getString("service_request_id")).toList();
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
