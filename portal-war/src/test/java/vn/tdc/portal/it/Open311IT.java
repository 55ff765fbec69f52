package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance of {@code /open311/v2/} to GeoReport v2 (and mySociety's {@code servicerequestupdates}) on a real
 * Payara and MariaDB: every document in JSON and XML (XML read with a real parser, element names of the
 * specification), the error list for every failure, POST with an API key, publication as the only way into the
 * public listing, no contact details anywhere, reports known by their id and no tracking code (the resident's
 * credential) in anything published; then the administrator's keys (API and page).
 */
class Open311IT extends PortalIntegrationTest {

    private static final String BASE = "/open311/v2/";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String KEYS = "/api/admin/open311-keys";
    private static final String TRACKING_CODE = "PA-\\d{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}";
    private static final String ANY_TRACKING_CODE = "(?i)PA-\\d{4}-";
    private static final String REPORT_ID = "[1-9]\\d*";
    private static final String STACK_FRAME = "at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)";
    private static final String UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
    private static String apiKey;

    @BeforeEach
    void client() {
        if (apiKey == null) {
            apiKey = issueKey("Ứng dụng kiểm thử Open311");
        }
    }

    @Test
    void should_describe_the_endpoint_in_discovery_json_and_xml() throws Exception {
        // when
        HttpResponse<String> json = http.get(BASE + "discovery.json");
        HttpResponse<String> xml = http.get(BASE + "discovery.xml");

        // then
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json")
                .containsIgnoringCase("charset=utf-8");
        JsonObject discovery = PortalHttp.json(json);
        assertThat(discovery.getString("changeset")).matches(UTC);
        JsonObject endpoint = discovery.getJsonArray("endpoints").getJsonObject(0);
        assertThat(endpoint.getString("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.getString("url")).endsWith("/open311/v2");
        assertThat(endpoint.getJsonArray("formats").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("text/xml", "application/json");

        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml")
                .containsIgnoringCase("charset=utf-8");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element root = xml(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).containsExactly("changeset", "contact", "key_service", "endpoints", "notes",
                "jurisdictions");
        Element xmlEndpoint = children(child(root, "endpoints")).get(0);
        assertThat(names(xmlEndpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(children(child(xmlEndpoint, "formats"))).extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");
    }

    @Test
    void should_list_the_kinds_of_report_as_services_in_json_and_xml() throws Exception {
        // when
        HttpResponse<String> json = http.get(BASE + "services.json");
        HttpResponse<String> xml = http.get(BASE + "services.xml");

        // then
        assertThat(json.statusCode()).isEqualTo(200);
        JsonArray services = array(json);
        JsonObject canThieu = services.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("service_code").equals("can-thieu")).findFirst().orElseThrow();
        assertThat(canThieu.getString("service_name")).isEqualTo("Cân thiếu, gian lận đo lường");
        assertThat(canThieu.getBoolean("metadata")).isTrue();
        assertThat(canThieu.getString("type")).isEqualTo("realtime");

        Element root = xml(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> entries = children(root);
        assertThat(entries).hasSize(services.size()).allSatisfy(e -> {
            assertThat(e.getTagName()).isEqualTo("service");
            assertThat(names(e)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                    "keywords", "group");
        });
        Element khac = entries.stream().filter(e -> text(e, "service_code").equals("khac")).findFirst().orElseThrow();
        assertThat(text(khac, "metadata")).isEqualTo("false");
    }

    @Test
    void should_define_the_attributes_of_a_service_in_json_and_xml() throws Exception {
        // when
        HttpResponse<String> json = http.get(BASE + "services/can-thieu.json");
        HttpResponse<String> xml = http.get(BASE + "services/can-thieu.xml");

        // then
        assertThat(json.statusCode()).isEqualTo(200);
        JsonObject definition = PortalHttp.json(json);
        assertThat(definition.getString("service_code")).isEqualTo("can-thieu");
        JsonObject first = definition.getJsonArray("attributes").getJsonObject(0);
        assertThat(first.getBoolean("variable")).isTrue();
        assertThat(first.getString("code")).isEqualTo("khoi-luong-ghi");
        assertThat(first.getString("datatype")).isEqualTo("number");
        assertThat(first.getBoolean("required")).isFalse();
        assertThat(first.getString("datatype_description")).contains("kg");
        assertThat(first.getInt("order")).isEqualTo(1);
        assertThat(first.getString("description")).isEqualTo("Khối lượng người bán báo (kg)");

        Element root = xml(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(names(root)).containsExactly("service_code", "attributes");
        List<Element> attributes = children(child(root, "attributes"));
        assertThat(attributes).hasSize(2).allSatisfy(a -> {
            assertThat(a.getTagName()).isEqualTo("attribute");
            assertThat(names(a)).containsExactly("variable", "code", "datatype", "required", "datatype_description",
                    "order", "description");
        });
        assertThat(text(attributes.get(1), "order")).isEqualTo("2");
    }

    @Test
    void should_answer_unknown_things_with_404_in_the_format_asked_for() throws Exception {
        // unknown service, in XML
        HttpResponse<String> service = http.get(BASE + "services/o-ga.xml");
        assertThat(service.statusCode()).isEqualTo(404);
        Element errors = xml(service).getDocumentElement();
        assertThat(errors.getTagName()).isEqualTo("errors");
        Element error = children(errors).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(names(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo("404");
        assertThat(text(error, "description")).contains("o-ga");

        // unknown request, in JSON and XML
        HttpResponse<String> json = http.get(BASE + "requests/987654321.json");
        assertThat(json.statusCode()).isEqualTo(404);
        JsonObject jsonError = array(json).getJsonObject(0);
        assertThat(jsonError.getInt("code")).isEqualTo(404);
        assertThat(jsonError.getString("description")).contains("987654321");
        HttpResponse<String> xml = http.get(BASE + "requests/987654321.xml");
        assertThat(xml.statusCode()).isEqualTo(404);
        assertThat(text(children(xml(xml).getDocumentElement()).get(0), "code")).isEqualTo("404");

        // a request id is a positive number: anything else, a tracking code included, is not found
        for (String id : List.of("PA-2026-AAAAAAAA", "0", "-5", "12abc", "99999999999999999999")) {
            HttpResponse<String> response = http.get(BASE + "requests/" + id + ".json");
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(array(response).getJsonObject(0).getString("description")).as(id)
                    .contains("service_request_id").doesNotContain("PA-2026-AAAAAAAA");
        }

        // and a list of ids with something else in it is a bad request
        HttpResponse<String> badList = http.get(BASE + "requests.xml?service_request_id=12,PA-2026-AAAAAAAA");
        assertThat(badList.statusCode()).isEqualTo(400);
        assertThat(text(children(xml(badList).getDocumentElement()).get(0), "description"))
                .startsWith("service_request_id: ");

        // no tokens are issued; unknown formats and paths get JSON
        assertThat(http.get(BASE + "tokens/abc123.xml").statusCode()).isEqualTo(404);
        for (String path : List.of("services.yaml", "services", "khong-co.json", "requests/a/b.json")) {
            HttpResponse<String> response = http.get(BASE + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(array(response).getJsonObject(0).getInt("code")).isEqualTo(404);
            assertThat(response.body()).doesNotContainPattern(STACK_FRAME);
        }

        // a method the resource does not have
        HttpResponse<String> delete = http.send("DELETE", BASE + "services.json", null, "");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow").orElseThrow()).contains("GET");
        assertThat(array(delete).getJsonObject(0).getInt("code")).isEqualTo(405);
    }

    @Test
    void should_refuse_a_request_without_a_valid_api_key_with_403() throws Exception {
        // when
        HttpResponse<String> withoutKey = post("xml", form("service_code", "can-thieu", "address_string", "Chợ",
                "description", "Cân thiếu"));
        HttpResponse<String> wrongKey = post("json", form("api_key", "khong-phai-khoa", "service_code", "can-thieu",
                "address_string", "Chợ", "description", "Cân thiếu"));

        // then
        assertThat(withoutKey.statusCode()).isEqualTo(403);
        Element error = children(xml(withoutKey).getDocumentElement()).get(0);
        assertThat(text(error, "code")).isEqualTo("403");
        assertThat(text(error, "description")).contains("api_key");
        assertThat(wrongKey.statusCode()).isEqualTo(403);
        assertThat(array(wrongKey).getJsonObject(0).getInt("code")).isEqualTo(403);
    }

    @Test
    void should_refuse_an_unknown_service_code_and_a_missing_location_with_400() {
        // when
        HttpResponse<String> unknown = post("json", form("api_key", apiKey, "service_code", "o-ga",
                "address_string", "Chợ Đông Cứu", "description", "Cân thiếu"));
        HttpResponse<String> nowhere = post("json", form("api_key", apiKey, "service_code", "can-thieu",
                "description", "Cân thiếu"));
        HttpResponse<String> badAttribute = post("json", form("api_key", apiKey, "service_code", "can-thieu",
                "lat", "21.0333", "long", "106.05", "place_name", "Chợ Đông Cứu", "description", "Cân thiếu",
                "attribute[khoi-luong-ghi]", "hai cân"));

        // then
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonObject unknownError = array(unknown).getJsonObject(0);
        assertThat(unknownError.getInt("code")).isEqualTo(400);
        assertThat(unknownError.getString("description")).startsWith("service_code: ").contains("o-ga");
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(array(nowhere).getJsonObject(0).getString("description")).contains("lat", "long", "address_string");
        assertThat(badAttribute.statusCode()).isEqualTo(400);
        assertThat(array(badAttribute).getJsonObject(0).getString("description"))
                .startsWith("attribute[khoi-luong-ghi]: ");
    }

    @Test
    void should_take_only_form_encoded_bodies_of_a_reasonable_size() {
        // when
        HttpResponse<String> json = http.send("POST", BASE + "requests.json", "application/json",
                "{\"api_key\":\"" + apiKey + "\",\"service_code\":\"can-thieu\"}");
        HttpResponse<String> huge = post("json", form("api_key", apiKey, "service_code", "can-thieu",
                "address_string", "Chợ", "description", "x".repeat(70_000)));
        HttpResponse<String> hugeChunked = http.sendChunked("POST", BASE + "requests.json", FORM,
                form("api_key", apiKey, "description", "y".repeat(70_000)));

        // then (and the connection, closed after each refusal, serves the next request)
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(array(json).getJsonObject(0).getInt("code")).isEqualTo(415);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(array(huge).getJsonObject(0).getInt("code")).isEqualTo(413);
        assertThat(hugeChunked.statusCode()).isEqualTo(413);
        assertThat(http.get(BASE + "services.json").statusCode()).isEqualTo(200);
    }

    @Test
    void should_publish_a_posted_request_only_after_an_officer_publishes_it() throws Exception {
        // when a client posts a report with the resident's contact details
        String description = "Cân thiếu 2 lạng khi mua thịt tại sạp số " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> posted = post("json", form("api_key", apiKey, "service_code", "can-thieu",
                "lat", "21.0333", "long", "106.05", "place_name", "Sạp thịt chợ Đông Cứu",
                "address_string", "Chợ Đông Cứu, xã Đông Cứu", "description", description,
                "attribute[khoi-luong-ghi]", "2", "attribute[khoi-luong-can-lai]", "1,8",
                "first_name", "Thị Lan", "last_name", "Trần", "phone", "0912345678",
                "email", "lan.open311@example.vn"));

        // then it gets its final id (the report's number) at once, no token, and for the resident its tracking code
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonObject answer = array(posted).getJsonObject(0);
        String id = answer.getString("service_request_id");
        assertThat(id).matches(REPORT_ID);
        String trackingCode = answer.getString("tracking_code");
        assertThat(trackingCode).matches(TRACKING_CODE);
        assertThat(stored("SELECT tracking_code FROM report WHERE id = ?", id)).isEqualTo(trackingCode);
        assertThat(answer.containsKey("token")).isFalse();
        assertThat(answer.getString("service_notice")).contains("Hạn xử lý", "tracking_code");
        assertThat(stored("SELECT channel FROM report WHERE id = ?", id)).isEqualTo("OPEN311");

        // and it is not public yet
        assertThat(listed(id)).isFalse();
        assertThat(http.get(BASE + "requests/" + id + ".json").statusCode()).isEqualTo(404);
        assertThat(http.get(BASE + "requests.json?service_request_id=" + id).body()).isEqualTo("[]");

        // when an officer publishes it and posts a public update
        long reportId = Long.parseLong(id);
        officer("/api/officer/reports/" + reportId + "/publish", null);
        officer("/api/officer/reports/" + reportId + "/notes",
                "{\"publicText\":\"Đã cử cán bộ kiểm tra cân tại sạp.\",\"internalText\":\"Gọi 0912345678\"}");

        // then it is listed, open, with the detailed state and no contact detail anywhere
        HttpResponse<String> list = http.get(BASE + "requests.json?service_code=can-thieu&status=open&page_size=1000");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject request = find(array(list), id);
        assertThat(request.getString("status")).isEqualTo("open");
        assertThat(request.getString("status_notes")).isEqualTo("Mới tiếp nhận");
        assertThat(request.getString("service_code")).isEqualTo("can-thieu");
        assertThat(request.getString("service_name")).isEqualTo("Cân thiếu, gian lận đo lường");
        assertThat(request.getString("description")).isEqualTo(description);
        assertThat(request.getString("agency_responsible")).isEqualTo("Phòng Kinh tế");
        assertThat(request.getString("address")).isEqualTo("Sạp thịt chợ Đông Cứu, Chợ Đông Cứu, xã Đông Cứu");
        assertThat(request.getString("requested_datetime")).matches(UTC);
        assertThat(request.getString("updated_datetime")).matches(UTC);
        assertThat(request.getString("expected_datetime")).matches(UTC).endsWith("T16:59:59Z");
        assertThat(request.getJsonNumber("lat").bigDecimalValue()).isEqualByComparingTo("21.0333");
        assertThat(request.getJsonNumber("long").bigDecimalValue()).isEqualByComparingTo("106.05");
        HttpResponse<String> one = http.get(BASE + "requests/" + id + ".xml");
        assertThat(one.statusCode()).isEqualTo(200);
        Element xmlRequest = children(xml(one).getDocumentElement()).get(0);
        assertThat(xml(one).getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(xmlRequest.getTagName()).isEqualTo("request");
        assertThat(names(xmlRequest)).contains("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "requested_datetime", "updated_datetime",
                "expected_datetime", "address", "lat", "long").doesNotContain("media_url", "service_notice");
        assertNoEmptyElement(xmlRequest);
        assertThat(text(xmlRequest, "service_request_id")).isEqualTo(id);
        assertThat(http.get(BASE + "requests/" + trackingCode + ".json").statusCode()).isEqualTo(404);
        assertThat(find(array(http.get(BASE + "requests.json?service_request_id=" + id)), id)
                .getString("description")).isEqualTo(description);
        String sinceAnHourAgo = "start_date=" + URLEncoder.encode(Instant.now().minus(Duration.ofHours(1)).toString(),
                StandardCharsets.UTF_8);
        HttpResponse<String> updates = http.get(BASE + "servicerequestupdates.json?page_size=1000&" + sinceAnHourAgo);
        for (HttpResponse<String> response : List.of(list, one, updates,
                http.get(BASE + "requests.xml?page_size=1000"),
                http.get(BASE + "servicerequestupdates.xml?page_size=1000&" + sinceAnHourAgo))) {
            assertThat(response.body()).doesNotContain("lan.open311@example.vn", "0912345678", "Trần Thị Lan",
                    "Thị Lan", "Gọi ").doesNotContainPattern(ANY_TRACKING_CODE);
        }

        // and its public updates are listed (mySociety's extension), the internal note is not
        List<JsonObject> ofRequest = array(updates).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("service_request_id").equals(id)).toList();
        assertThat(ofRequest).extracting(u -> u.getString("description"))
                .contains("Đã cử cán bộ kiểm tra cân tại sạp.");
        assertThat(ofRequest).allSatisfy(u -> {
            assertThat(u.getString("status")).isEqualTo("open");
            assertThat(u.getString("updated_datetime")).matches(UTC);
            assertThat(u.getString("update_id")).isNotBlank();
        });
        Element xmlUpdates = xml(http.get(BASE + "servicerequestupdates.xml?" + sinceAnHourAgo)).getDocumentElement();
        assertThat(xmlUpdates.getTagName()).isEqualTo("service_request_updates");
        assertThat(children(xmlUpdates)).isNotEmpty().allSatisfy(u -> {
            assertThat(u.getTagName()).isEqualTo("request_update");
            assertThat(names(u)).containsExactly("update_id", "service_request_id", "status", "updated_datetime",
                    "description");
            assertNoEmptyElement(u);
        });

        // when the officer closes it as unfounded
        officer("/api/officer/reports/" + reportId + "/status",
                "{\"status\":\"khong-du-can-cu\",\"reason\":\"Cân đối chứng cho kết quả đủ khối lượng.\"}");

        // then it is closed, with the detailed state and the reason, and no longer among the open ones
        JsonObject closed = array(http.get(BASE + "requests/" + id + ".json")).getJsonObject(0);
        assertThat(closed.getString("status")).isEqualTo("closed");
        assertThat(closed.getString("status_notes"))
                .isEqualTo("Không đủ căn cứ xử lý: Cân đối chứng cho kết quả đủ khối lượng.");
        assertThat(listed(id, "status=open")).isFalse();
        assertThat(listed(id, "status=closed")).isTrue();
    }

    @Test
    void should_publish_no_tracking_code_even_one_left_in_older_texts() throws Exception {
        // given a published report closed as a duplicate of another, both posted by a client
        JsonObject original = postReport("Cân điện tử tại sạp cá sai 3 lạng.");
        JsonObject duplicate = postReport("Sạp cá cân điện tử thiếu 3 lạng.");
        String id = duplicate.getString("service_request_id");
        String originalCode = original.getString("tracking_code");
        String ownCode = duplicate.getString("tracking_code");
        officer("/api/officer/reports/" + id + "/publish", null);
        officer("/api/officer/reports/" + id + "/duplicate", "{\"original\":\"" + originalCode + "\"}");

        // and texts of older data that still name tracking codes, one written in lower case by the resident
        execute("UPDATE report SET closing_reason = ?, description = ? WHERE id = ?",
                "Trùng với phản ánh " + originalCode, "Sạp cá cân thiếu, mã cũ " + ownCode.toLowerCase(), id);
        execute("UPDATE report_event SET public_text = ? WHERE report_id = ? AND type = 'MARKED_DUPLICATE'",
                "Trùng với phản ánh " + originalCode + ", xử lý cùng phản ánh đó.", id);

        // when
        String sinceAnHourAgo = "start_date=" + URLEncoder.encode(Instant.now().minus(Duration.ofHours(1)).toString(),
                StandardCharsets.UTF_8);
        HttpResponse<String> one = http.get(BASE + "requests/" + id + ".json");
        HttpResponse<String> oneXml = http.get(BASE + "requests/" + id + ".xml");
        HttpResponse<String> byId = http.get(BASE + "requests.json?service_request_id=" + id + "," + original
                .getString("service_request_id"));
        HttpResponse<String> listXml = http.get(BASE + "requests.xml?page_size=1000&status=closed");
        HttpResponse<String> updates = http.get(BASE + "servicerequestupdates.json?page_size=1000&" + sinceAnHourAgo);
        HttpResponse<String> updatesXml = http.get(BASE + "servicerequestupdates.xml?page_size=1000&"
                + sinceAnHourAgo);

        // then no tracking code is published, in any document or format, and the texts name "another report"
        for (HttpResponse<String> response : List.of(one, oneXml, byId, listXml, updates, updatesXml)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as(response.uri().toString()).doesNotContainPattern(ANY_TRACKING_CODE)
                    .doesNotContainIgnoringCase(ownCode.substring(8))
                    .doesNotContainIgnoringCase(originalCode.substring(8));
        }
        JsonObject request = array(one).getJsonObject(0);
        assertThat(request.getString("service_request_id")).isEqualTo(id);
        assertThat(request.getString("status")).isEqualTo("closed");
        assertThat(request.getString("status_notes"))
                .isEqualTo("Không đủ căn cứ xử lý: Trùng với phản ánh một phản ánh khác");
        assertThat(request.getString("description")).isEqualTo("Sạp cá cân thiếu, mã cũ một phản ánh khác");
        assertThat(text(children(xml(oneXml).getDocumentElement()).get(0), "status_notes"))
                .isEqualTo("Không đủ căn cứ xử lý: Trùng với phản ánh một phản ánh khác");
        assertThat(array(byId).getValuesAs(JsonObject.class)).extracting(r -> r.getString("service_request_id"))
                .containsExactly(id);
        assertThat(array(updates).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("service_request_id").equals(id)).map(u -> u.getString("description")))
                .contains("Trùng với phản ánh một phản ánh khác, xử lý cùng phản ánh đó.");
    }

    @Test
    void should_give_the_absolute_address_of_the_first_photo_of_a_published_report() throws Exception {
        // given a report filed with a photo through the portal's API, then published
        MultipartBody body = new MultipartBody()
                .field("report", """
                        {"kind":"hang-gia","placeName":"Cửa hàng mỹ phẩm Hồng Nhung","address":"Đông Cứu",
                         "description":"Bán son môi giả nhãn hiệu.","anonymous":true}""")
                .file("photos", "son-gia.jpg", "image/jpeg", jpeg());
        HttpResponse<String> filed = http.sendBytes("POST", "/api/reports", body.contentType(), body.bytes());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String trackingCode = PortalHttp.json(filed).getString("trackingCode");
        String id = stored("SELECT id FROM report WHERE tracking_code = ?", trackingCode);
        long reportId = Long.parseLong(id);
        officer("/api/officer/reports/" + reportId + "/publish", null);

        // when
        JsonObject request = array(http.get(BASE + "requests/" + id + ".json")).getJsonObject(0);

        // then
        String photoId = stored("SELECT MIN(id) FROM report_photo WHERE report_id = ?", String.valueOf(reportId));
        assertThat(request.getString("media_url")).isEqualTo("http://localhost:8080/phan-anh/anh/" + photoId);
        assertThat(request.getString("agency_responsible")).isEqualTo("Đội Quản lý thị trường");
    }

    @Test
    void should_file_a_report_forwarded_by_fixmystreet_with_only_a_point_and_a_photo_link() throws Exception {
        // when FixMyStreet's Open311.pm forwards a report: the form its _populate_service_request_params builds
        // (no address_string, no place name; its extended description; the photo as media_url), posted by LWP
        String photo = "https://fms.example.vn/photo/4711.0.full.jpeg?" + UUID.randomUUID();
        HttpResponse<String> posted = http.send("POST", BASE + "requests.xml", FORM, form(
                "jurisdiction_id", "xa-dong-cuu", "api_key", apiKey,
                "description", "Cân thiếu ở sạp thịt\n\nMua 2 kg, cân lại được 1,8 kg\n\n"
                        + "https://fms.example.vn/report/4711\n",
                "service_code", "can-thieu", "first_name", "Lan", "last_name", "Trần Thị",
                "email", "lan.fms@example.vn", "lat", "21.033300", "long", "106.050000", "media_url", photo,
                "attribute[khoi-luong-ghi]", "2"), "User-Agent", "libwww-perl/6.72");

        // then it is filed, and the answer reads as XML::Simple reads it: request[0]/service_request_id, a text
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        Element root = xml(posted).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).containsExactly("service_request_id", "tracking_code", "service_notice");
        assertNoEmptyElement(root);
        String id = text(request, "service_request_id");
        assertThat(id).matches(REPORT_ID);

        // and its place is named after the point, the photo kept as a link
        assertThat(stored("SELECT place_name FROM report WHERE id = ?", id)).isEqualTo("Vị trí 21.03330, 106.05000");
        assertThat(stored("SELECT media_url FROM report WHERE id = ?", id)).isEqualTo(photo);
        assertThat(stored("SELECT COUNT(*) FROM report_photo WHERE report_id = ?", id)).isEqualTo("0");

        // which officers see as a plain link, in the API and on the report's page
        HttpResponse<String> officerApi = http.get("/api/officer/reports/" + id, PortalHttp.admin());
        assertThat(officerApi.statusCode()).isEqualTo(200);
        assertThat(PortalHttp.json(officerApi).getString("mediaUrl")).isEqualTo(photo);
        HttpResponse<String> page = http.get("/quan-tri/phan-anh/chi-tiet?id=" + id,
                "Cookie", http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("<a id=\"media-link\"[^>]*>").matcher(page.body());
        assertThat(link.find()).as(page.body()).isTrue();
        assertThat(link.group()).contains("href=\"" + photo + "\"", "rel=\"noopener noreferrer nofollow\"");
        assertThat(page.body()).doesNotContainPattern("<img[^>]*fms\\.example\\.vn");

        // but nobody else: once published, the request shows no media_url (the portal has no photo of its own)
        officer("/api/officer/reports/" + id + "/publish", null);
        HttpResponse<String> published = http.get(BASE + "requests/" + id + ".xml");
        assertThat(names(children(xml(published).getDocumentElement()).get(0))).doesNotContain("media_url");
        assertThat(published.body()).doesNotContain(photo, "/photo/4711");
        assertThat(text(children(xml(published).getDocumentElement()).get(0), "address"))
                .isEqualTo("Vị trí 21.03330, 106.05000");

        // and a window ending at its requested_datetime, in whole seconds as FixMyStreet writes it, holds it
        String requested = text(children(xml(published).getDocumentElement()).get(0), "requested_datetime");
        HttpResponse<String> window = http.get(BASE + "requests.xml?start_date=" + requested + "&end_date="
                + requested);
        assertThat(children(xml(window).getDocumentElement())).extracting(r -> text(r, "service_request_id"))
                .contains(id);
    }

    @Test
    void should_accept_requests_as_the_open311_gems_and_the_validator_send_them() throws Exception {
        // when codeforamerica's Ruby gem posts (its spec's parameters: device_id, account_id, a media_url, …)
        HttpResponse<String> ruby = http.send("POST", BASE + "requests.xml", FORM, form(
                "jurisdiction_id", "xa-dong-cuu", "api_key", apiKey, "service_code", "hang-gia",
                "address_string", "Chợ Đông Cứu", "email", "smith@example.vn", "device_id", "tt222111",
                "account_id", "12345", "first_name", "john", "last_name", "smith", "phone", "0911111111",
                "description", "Bán nước mắm giả nhãn", "media_url", "http://farm3.static.flickr.com/2002/a.jpg",
                "lat", "21.033", "long", "106.05"), "User-Agent", "Faraday v0.9.2");
        // and SeeClickFix's validator (create test: email and description with the first service and an address)
        HttpResponse<String> validator = http.send("POST", BASE + "requests.xml", FORM, form(
                "api_key", apiKey, "jurisdiction_id", "", "service_code", "can-thieu",
                "address_string", "Chợ Đông Cứu", "email", "foo@bar.com", "description", "I know"));
        // and a client leaving the description out, which the specification allows
        HttpResponse<String> noDescription = http.send("POST", BASE + "requests.xml", FORM, form(
                "api_key", apiKey, "service_code", "can-thieu", "address_string", "Chợ Đông Cứu",
                "email", "foo@bar.com"));
        // and codeforamerica's node client (request's form: urlencoded with a charset, jurisdiction in the query)
        HttpResponse<String> node = http.send("POST", BASE + "requests.json?jurisdiction_id=xa-dong-cuu",
                FORM + "; charset=utf-8", form("service_code", "nhan-sai", "lat", "21.0331", "long", "106.0502",
                        "description", "Bánh kẹo không nhãn phụ", "api_key", apiKey));

        // then all of them are filed
        for (HttpResponse<String> response : List.of(ruby, validator, noDescription)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Element request = children(xml(response).getDocumentElement()).get(0);
            assertThat(text(request, "service_request_id")).matches(REPORT_ID);
            assertNoEmptyElement(xml(response).getDocumentElement());
        }
        assertThat(node.statusCode()).as(node.body()).isEqualTo(201);
        JsonObject nodeAnswer = array(node).getJsonObject(0);
        assertThat(nodeAnswer.getString("service_request_id")).matches(REPORT_ID);
        assertThat(nodeAnswer.values()).doesNotContain(jakarta.json.JsonValue.NULL);
        assertThat(nodeAnswer).doesNotContainKey("account_id");

        // and the one without description says what it is about
        String withoutDescription = text(children(xml(noDescription).getDocumentElement()).get(0),
                "service_request_id");
        assertThat(stored("SELECT description FROM report WHERE id = ?", withoutDescription))
                .isEqualTo("Cân thiếu, gian lận đo lường (ứng dụng gửi qua Open311 không kèm mô tả)");
        String fromRuby = text(children(xml(ruby).getDocumentElement()).get(0), "service_request_id");
        assertThat(stored("SELECT media_url FROM report WHERE id = ?", fromRuby))
                .isEqualTo("http://farm3.static.flickr.com/2002/a.jpg");
        assertThat(stored("SELECT place_name FROM report WHERE id = ?", nodeAnswer.getString("service_request_id")))
                .isEqualTo("Vị trí 21.03310, 106.05020");
    }

    @Test
    void should_refuse_a_photo_link_that_is_not_http_and_an_address_id_alone_naming_the_parameter() throws Exception {
        // when
        HttpResponse<String> script = post("xml", form("api_key", apiKey, "service_code", "can-thieu",
                "lat", "21.0333", "long", "106.05", "description", "Cân thiếu", "media_url", "javascript:alert(1)"));
        HttpResponse<String> addressId = post("xml", form("api_key", apiKey, "service_code", "can-thieu",
                "address_id", "#NOTPINPOINTED#", "description", "Cân thiếu"));

        // then
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(text(children(xml(script).getDocumentElement()).get(0), "description"))
                .startsWith("media_url: ").contains("http://", "https://");
        assertThat(addressId.statusCode()).isEqualTo(400);
        assertThat(text(children(xml(addressId).getDocumentElement()).get(0), "description"))
                .startsWith("address_id: ").contains("không hỗ trợ address_id", "lat", "long", "address_string");
    }

    @Test
    void should_filter_by_a_comma_list_of_service_codes_and_answer_up_to_1000_requests_without_paging()
            throws Exception {
        // given published reports of three kinds
        String key = issueKey("Ứng dụng lọc loại phản ánh");
        String canThieu = publishedReport(key, "can-thieu");
        String khac = publishedReport(key, "khac");
        String nhanSai = publishedReport(key, "nhan-sai");

        // when a client asks for two kinds at once
        HttpResponse<String> two = http.get(BASE + "requests.json?service_code=can-thieu,khac");

        // then it gets both, and only them
        assertThat(two.statusCode()).isEqualTo(200);
        List<JsonObject> requests = array(two).getValuesAs(JsonObject.class);
        assertThat(requests).extracting(r -> r.getString("service_request_id")).contains(canThieu, khac)
                .doesNotContain(nhanSai);
        assertThat(requests).extracting(r -> r.getString("service_code")).containsOnly("can-thieu", "khac");

        // given more published reports than the portal's old default page of 50
        insertPublishedReportsLike(canThieu, 60);

        // when a client that never pages asks for the requests
        HttpResponse<String> all = http.get(BASE + "requests.xml");

        // then it gets every one of the last 90 days (up to 1000), as the specification promises
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThan(60).isLessThanOrEqualTo(1000);
        assertThat(children(xml(all).getDocumentElement())).hasSize((int) total);
    }

    @Test
    void should_publish_updates_with_mysociety_statuses_so_that_an_unfounded_or_duplicate_report_is_not_fixed()
            throws Exception {
        // given three published reports: one handled, one unfounded, one a duplicate of the first
        String since = Instant.now().minusSeconds(5).toString();
        JsonObject handled = postReport("Cân thiếu tại sạp gạo số 3.");
        JsonObject unfounded = postReport("Cân thiếu tại sạp gạo số 4.");
        JsonObject duplicate = postReport("Sạp gạo số 3 cân thiếu.");
        String handledId = handled.getString("service_request_id");
        String unfoundedId = unfounded.getString("service_request_id");
        String duplicateId = duplicate.getString("service_request_id");
        for (String id : List.of(handledId, unfoundedId, duplicateId)) {
            officer("/api/officer/reports/" + id + "/publish", null);
        }
        officer("/api/officer/reports/" + handledId + "/status",
                "{\"status\":\"dang-xac-minh\",\"publicText\":\"Cán bộ đang kiểm tra cân.\"}");
        officer("/api/officer/reports/" + handledId + "/status", "{\"status\":\"da-chuyen\","
                + "\"departmentCode\":\"quan-ly-thi-truong\",\"publicText\":\"Đã chuyển Đội Quản lý thị trường.\"}");
        officer("/api/officer/reports/" + handledId + "/status",
                "{\"status\":\"da-xu-ly\",\"publicText\":\"Đã xử phạt người bán.\"}");
        officer("/api/officer/reports/" + unfoundedId + "/status",
                "{\"status\":\"khong-du-can-cu\",\"reason\":\"Cân đối chứng cho kết quả đủ khối lượng.\"}");
        officer("/api/officer/reports/" + duplicateId + "/duplicate",
                "{\"original\":\"" + handled.getString("tracking_code") + "\"}");

        // when FixMyStreet fetches the updates (its get_service_request_updates: api_key, start and end date)
        String query = "api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "&jurisdiction_id=xa-dong-cuu"
                + "&start_date=" + URLEncoder.encode(since, StandardCharsets.UTF_8)
                + "&end_date=" + URLEncoder.encode(Instant.now().plusSeconds(5).toString(), StandardCharsets.UTF_8);
        HttpResponse<String> xml = http.get(BASE + "servicerequestupdates.xml?" + query);
        HttpResponse<String> json = http.get(BASE + "servicerequestupdates.json?" + query);

        // then each update carries the state its report was left in, in mySociety's extended statuses
        assertThat(xml.statusCode()).isEqualTo(200);
        List<Element> updates = children(xml(xml).getDocumentElement());
        assertNoEmptyElement(xml(xml).getDocumentElement());
        assertThat(statusesOf(updates, handledId)).containsExactly("open", "investigating", "in_progress", "fixed");
        assertThat(statusesOf(updates, unfoundedId)).containsExactly("open", "no_further_action");
        assertThat(statusesOf(updates, duplicateId)).containsExactly("open", "duplicate");
        assertThat(array(json).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("service_request_id").equals(duplicateId))
                .map(u -> u.getString("status"))).containsExactly("open", "duplicate");
        assertThat(updates).allSatisfy(u -> assertThat(names(u)).doesNotContain("media_url"));

        // and the requests themselves keep the core specification's open/closed
        assertThat(array(http.get(BASE + "requests/" + unfoundedId + ".json")).getJsonObject(0).getString("status"))
                .isEqualTo("closed");
    }

    @Test
    void should_refuse_posted_updates_with_405_and_say_why_in_the_answer_and_in_discovery() throws Exception {
        // given a report a client filed
        String id = postReport("Cân thiếu tại sạp cá số 9.").getString("service_request_id");

        // when FixMyStreet posts a resident's comment (its _populate_service_request_update_params)
        HttpResponse<String> posted = http.send("POST", BASE + "servicerequestupdates.xml", FORM, form(
                "jurisdiction_id", "xa-dong-cuu", "api_key", apiKey, "updated_datetime", "2026-11-21T08:00:00+07:00",
                "service_request_id", id, "status", "OPEN", "description", "Vẫn chưa thấy xử lý.",
                "last_name", "Lan", "first_name", "Trần", "email", "lan@example.vn", "update_id", "991"));

        // then it is refused with 405 and the reason, in the specification's error list
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow").orElseThrow()).contains("GET").doesNotContain("POST");
        Element error = children(xml(posted).getDocumentElement()).get(0);
        assertThat(text(error, "code")).isEqualTo("405");
        assertThat(text(error, "description")).contains("chỉ để đọc", "/tra-cuu", "send_comments");

        // and discovery says the same, in both formats
        JsonObject discovery = PortalHttp.json(http.get(BASE + "discovery.json"));
        assertThat(discovery.getJsonArray("notes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .anySatisfy(note -> assertThat(note).contains("servicerequestupdates", "405", "send_comments"))
                .anySatisfy(note -> assertThat(note).contains("address_id"));
        Element notes = child(xml(http.get(BASE + "discovery.xml")).getDocumentElement(), "notes");
        assertThat(children(notes)).isNotEmpty().allSatisfy(n -> assertThat(n.getTagName()).isEqualTo("note"));
    }

    @Test
    void should_let_web_pages_of_any_origin_call_the_endpoint_without_credentials() throws Exception {
        // when a browser sends the preflight of a cross-origin POST
        HttpResponse<String> preflight = http.send("OPTIONS", BASE + "requests.json", null, "",
                "Origin", "https://ung-dung.example.vn", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");

        // then it may
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("GET", "POST", "OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("content-type");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).isPresent();
        assertThat(http.send("OPTIONS", BASE + "services.json", null, "", "Origin", "https://ung-dung.example.vn")
                .headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).doesNotContain("POST");

        // and the answers themselves, successes and errors, can be read by the page, with no credentials involved
        HttpResponse<String> created = http.send("POST", BASE + "requests.json", FORM, form("api_key", apiKey,
                "service_code", "can-thieu", "lat", "21.03", "long", "106.05", "description", "Cân thiếu"),
                "Origin", "https://ung-dung.example.vn");
        HttpResponse<String> refused = http.send("POST", BASE + "requests.json", FORM, form("api_key", "sai",
                "service_code", "can-thieu"), "Origin", "https://ung-dung.example.vn");
        HttpResponse<String> listed = http.get(BASE + "requests.json", "Origin", "https://ung-dung.example.vn");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(refused.statusCode()).isEqualTo(403);
        for (HttpResponse<String> response : List.of(preflight, created, refused, listed)) {
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(response.uri().toString())
                    .contains("*");
            assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(listed.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("X-Total-Count");
    }

    @Test
    void should_issue_list_and_revoke_keys_for_administrators_only() {
        // when
        HttpResponse<String> issued = http.send("POST", KEYS, "application/json",
                "{\"label\":\"Hệ thống của Đội Quản lý thị trường\"}", PortalHttp.admin());

        // then the key is shown once, and never again
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonObject created = PortalHttp.json(issued);
        String key = created.getString("key");
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        HttpResponse<String> list = http.get(KEYS, PortalHttp.admin());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Hệ thống của Đội Quản lý thị trường").doesNotContain(key);
        assertThat(post("json", form("api_key", key, "service_code", "nhan-sai", "address_string", "Chợ Đông Cứu",
                "description", "Bánh kẹo không nhãn.")).statusCode()).isEqualTo(201);

        // when it is revoked
        HttpResponse<String> revoked = http.send("DELETE", KEYS + "/" + created.getJsonNumber("id").longValue(),
                null, "", PortalHttp.admin());

        // then it is refused at once
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(post("json", form("api_key", key, "service_code", "nhan-sai", "address_string", "Chợ Đông Cứu",
                "description", "Bánh kẹo không nhãn.")).statusCode()).isEqualTo(403);

        // and nobody else manages keys
        assertThat(http.get(KEYS).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", KEYS, "application/json", "{\"label\":\" \"}", PortalHttp.admin()).statusCode())
                .isEqualTo(400);
        assertThat(http.send("DELETE", KEYS + "/999999", null, "", PortalHttp.admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void should_issue_a_key_on_the_admin_page_show_it_once_and_revoke_it() {
        WebDriver browser = HeadlessChromium.start();
        try {
            // given an administrator on the keys page
            browser.get(http.base().resolve("dang-nhap?next=%2Fquan-tri%2Fkhoa-open311").toString());
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.cssSelector("#password, input[type=password]"))
                    .sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
            browser.findElement(By.id("submit")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.urlContains("/quan-tri/khoa-open311"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Khóa API Open311");

            // when a key is issued
            String label = "Ứng dụng phường " + UUID.randomUUID().toString().substring(0, 6);
            browser.findElement(By.id("issue:label")).sendKeys(label);
            browser.findElement(By.id("issue:issueButton")).click();

            // then it is shown once, listed, and it works
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue:newKey")));
            String key = browser.findElement(By.id("issue:newKey")).getDomProperty("value");
            assertThat(key).matches("[A-Za-z0-9_-]{43}");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keys:table"), label));
            assertThat(post("json", form("api_key", key, "service_code", "xang-dau", "address_string",
                    "Cây xăng Đông Cứu", "description", "Bơm thiếu 0,2 lít.")).statusCode()).isEqualTo(201);
            browser.navigate().refresh();
            assertThat(browser.findElements(By.id("issue:newKey"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain(key);

            // when it is revoked after confirming
            By row = By.xpath("//tr[td[contains(., '" + label + "')]]");
            browser.findElement(row).findElement(By.xpath(".//button[contains(., 'Thu hồi')]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes"))).click();

            // then it is marked revoked and refused
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(row).getText().contains("Đã thu hồi"));
            assertThat(post("json", form("api_key", key, "service_code", "xang-dau", "address_string",
                    "Cây xăng Đông Cứu", "description", "Bơm thiếu 0,2 lít.")).statusCode()).isEqualTo(403);
        } finally {
            browser.quit();
        }
    }

    private String issueKey(String label) {
        HttpResponse<String> issued = http.send("POST", KEYS, "application/json",
                "{\"label\":\"" + label + "\"}", PortalHttp.admin());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return PortalHttp.json(issued).getString("key");
    }

    private JsonObject postReport(String description) {
        HttpResponse<String> posted = post("json", form("api_key", apiKey, "service_code", "can-thieu",
                "place_name", "Sạp cá chợ Đông Cứu", "address_string", "Chợ Đông Cứu", "description", description));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return array(posted).getJsonObject(0);
    }

    /** A report of the kind filed by a client with its own key, published by an officer; its id. */
    private String publishedReport(String key, String kind) {
        HttpResponse<String> posted = post("json", form("api_key", key, "service_code", kind,
                "address_string", "Chợ Đông Cứu", "description", "Phản ánh loại " + kind));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = array(posted).getJsonObject(0).getString("service_request_id");
        officer("/api/officer/reports/" + id + "/publish", null);
        return id;
    }

    /** Published reports written straight into the database, submitted when report {@code model} was. */
    private static void insertPublishedReportsLike(String model, int count) throws SQLException {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        java.security.SecureRandom random = new java.security.SecureRandom();
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO report (unit_id, unit_path, tracking_code,"
                     + " kind_code, status, department_code, channel, place_name, description, attribute_values,"
                     + " published, published_at, submitted_at, due_date, updated_at) SELECT unit_id, unit_path, ?, 'khac', 'moi',"
                     + " department_code,"
                     + " 'WEB', 'Chợ Đông Cứu', 'Phản ánh mẫu', '{}', TRUE, published_at, submitted_at, due_date,"
                     + " updated_at FROM report WHERE id = ?")) {
            for (int i = 0; i < count; i++) {
                StringBuilder code = new StringBuilder("PA-2026-");
                for (int c = 0; c < 8; c++) {
                    code.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                insert.setString(1, code.toString());
                insert.setLong(2, Long.parseLong(model));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> statusesOf(List<Element> updates, String serviceRequestId) {
        return updates.stream().filter(u -> text(u, "service_request_id").equals(serviceRequestId))
                .map(u -> text(u, "status")).toList();
    }

    /** No element stands empty for a missing value (XML::Simple and MultiXml would read it as an empty hash). */
    private static void assertNoEmptyElement(Element element) {
        List<Element> children = children(element);
        if (children.isEmpty()) {
            assertThat(element.getTextContent()).as("<" + element.getTagName() + ">").isNotBlank();
        }
        children.forEach(Open311IT::assertNoEmptyElement);
    }

    private HttpResponse<String> post(String format, String body) {
        return http.send("POST", BASE + "requests." + format, FORM, body);
    }

    private void officer(String path, String json) {
        HttpResponse<String> response = http.send("POST", path, json == null ? null : "application/json",
                json == null ? "" : json, PortalHttp.admin());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    }

    private boolean listed(String id, String... filters) {
        String query = String.join("&", filters);
        HttpResponse<String> list = http.get(BASE + "requests.json?page_size=1000"
                + (query.isEmpty() ? "" : "&" + query));
        assertThat(list.statusCode()).isEqualTo(200);
        return array(list).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("service_request_id").equals(id));
    }

    private static JsonObject find(JsonArray requests, String id) {
        return requests.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("service_request_id").equals(id)).findFirst().orElseThrow();
    }

    private static String form(String... pairs) {
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            encoded.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", encoded);
    }

    private static String stored(String sql, String parameter) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElseThrow();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
