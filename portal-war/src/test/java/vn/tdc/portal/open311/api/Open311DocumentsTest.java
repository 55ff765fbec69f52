package vn.tdc.portal.open311.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.tdc.portal.open311.application.Open311Status;
import vn.tdc.portal.open311.application.Open311UpdateStatus;
import vn.tdc.portal.open311.application.PostedRequest;
import vn.tdc.portal.open311.application.RequestUpdateView;
import vn.tdc.portal.open311.application.ServiceRequestView;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.ReportKindView;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The GeoReport v2 documents written by the JSON (JSON-P) and XML (StAX) writers, read back with real parsers. */
class Open311DocumentsTest {

    private static final ReportKindView CAN_THIEU = new ReportKindView("can-thieu", "Cân thiếu, gian lận đo lường",
            "Hàng cân không đủ khối lượng.", "cân thiếu, cân điêu", "phong-kinh-te", "Phòng Kinh tế", 10, true, 1,
            List.of(new KindAttribute("khoi-luong-ghi", "Khối lượng người bán báo (kg)", "number", false, "kg"),
                    new KindAttribute("ghi-chu", "Ghi chú", "text", true, "")));
    private static final ServiceRequestView REQUEST = new ServiceRequestView("1234", Open311Status.OPEN,
            "Đang xác minh", "can-thieu", "Cân thiếu, gian lận đo lường", "Cân thiếu 2 lạng ở chợ Đông Cứu",
            "Phòng Kinh tế", Instant.parse("2026-11-20T01:02:03.456Z"), Instant.parse("2026-11-21T02:00:00Z"),
            Instant.parse("2026-12-04T16:59:59Z"), "Chợ Đông Cứu, thôn Đông Cứu", new BigDecimal("21.028500"),
            new BigDecimal("105.854200"), "http://localhost:8080/phan-anh/anh/7", "xa-dong-cuu");

    @Test
    void should_write_the_error_list_of_the_specification_in_json() {
        // when
        String json = json(out -> Open311Documents.errors(out,
                List.of(new Open311Error(400, "lat: Tọa độ phải là số thập phân, ví dụ 21.0285."))));

        // then
        assertThat(json)
                .isEqualTo("[{\"code\":400,\"description\":\"lat: Tọa độ phải là số thập phân, ví dụ 21.0285.\"}]");
    }

    @Test
    void should_write_the_error_list_of_the_specification_in_xml() throws Exception {
        // when
        Document xml = xml(out -> Open311Documents.errors(out, List.of(new Open311Error(403, "Khóa API không hợp lệ"),
                new Open311Error(403, "thứ hai"))));

        // then
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("errors");
        List<Element> errors = children(root);
        assertThat(errors).extracting(Element::getTagName).containsExactly("error", "error");
        assertThat(children(errors.get(0))).extracting(Element::getTagName).containsExactly("code", "description");
        assertThat(text(errors.get(0), "code")).isEqualTo("403");
        assertThat(text(errors.get(0), "description")).isEqualTo("Khóa API không hợp lệ");
    }

    @Test
    void should_start_xml_with_the_utf8_declaration_and_keep_vietnamese_text() {
        // when
        byte[] bytes = bytes(false, out -> Open311Documents.services(out, List.of(CAN_THIEU)));

        // then
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text).contains("<service_name>Cân thiếu, gian lận đo lường</service_name>");
    }

    @Test
    void should_name_the_elements_of_services_as_the_specification_does() throws Exception {
        // when
        Document xml = xml(out -> Open311Documents.services(out, List.of(CAN_THIEU)));
        JsonArray json = jsonArray(out -> Open311Documents.services(out, List.of(CAN_THIEU)));

        // then
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        Element service = children(root).get(0);
        assertThat(service.getTagName()).isEqualTo("service");
        assertThat(children(service)).extracting(Element::getTagName).containsExactly("service_code", "service_name",
                "description", "metadata", "type", "keywords", "group");
        assertThat(text(service, "metadata")).isEqualTo("true");
        assertThat(text(service, "type")).isEqualTo("realtime");
        JsonObject first = json.getJsonObject(0);
        assertThat(first.getString("service_code")).isEqualTo("can-thieu");
        assertThat(first.getBoolean("metadata")).isTrue();
        assertThat(first.getString("group")).isEqualTo("Phòng Kinh tế");
    }

    @Test
    void should_describe_the_attributes_of_a_service_definition() throws Exception {
        // when
        Document xml = xml(out -> Open311Documents.serviceDefinition(out, CAN_THIEU));
        JsonObject json = jsonObject(out -> Open311Documents.serviceDefinition(out, CAN_THIEU));

        // then
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(children(root)).extracting(Element::getTagName).containsExactly("service_code", "attributes");
        List<Element> attributes = children(children(root).get(1));
        assertThat(attributes).extracting(Element::getTagName).containsExactly("attribute", "attribute");
        assertThat(children(attributes.get(0))).extracting(Element::getTagName).containsExactly("variable", "code",
                "datatype", "required", "datatype_description", "order", "description");
        assertThat(text(attributes.get(0), "datatype_description")).contains("kg");
        JsonArray jsonAttributes = json.getJsonArray("attributes");
        assertThat(jsonAttributes.getJsonObject(0).getString("datatype")).isEqualTo("number");
        assertThat(jsonAttributes.getJsonObject(0).getBoolean("variable")).isTrue();
        assertThat(jsonAttributes.getJsonObject(1).getInt("order")).isEqualTo(2);
        assertThat(jsonAttributes.getJsonObject(1).getBoolean("required")).isTrue();
        assertThat(jsonAttributes.getJsonObject(1).getString("description")).isEqualTo("Ghi chú");
    }

    @Test
    void should_write_a_request_with_utc_datetimes_and_every_field_of_the_specification() throws Exception {
        // when
        JsonObject json = jsonArray(out -> Open311Documents.requests(out, List.of(REQUEST))).getJsonObject(0);
        Document xml = xml(out -> Open311Documents.requests(out, List.of(REQUEST)));

        // then
        assertThat(json.getString("service_request_id")).isEqualTo("1234");
        assertThat(json.getString("status")).isEqualTo("open");
        assertThat(json.getString("requested_datetime")).isEqualTo("2026-11-20T01:02:03Z");
        assertThat(json.getString("expected_datetime")).isEqualTo("2026-12-04T16:59:59Z");
        assertThat(json.getJsonNumber("lat").bigDecimalValue()).isEqualByComparingTo("21.0285");
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(children(request)).extracting(Element::getTagName).containsExactly("service_request_id", "status",
                "status_notes", "service_name", "service_code", "description", "agency_responsible",
                "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url",
                "jurisdiction_id");
        assertThat(text(request, "long")).isEqualTo("105.854200");
        assertThat(json.getString("jurisdiction_id")).isEqualTo("xa-dong-cuu");
    }

    @Test
    void should_leave_out_absent_lat_long_and_media_url_instead_of_null_or_empty_elements() throws Exception {
        // given
        ServiceRequestView withoutPoint = new ServiceRequestView("1234", Open311Status.CLOSED,
                "Đã xử lý", "can-thieu", "Cân thiếu", "Mô tả", "Phòng Kinh tế", Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH, "Chợ", null, null, null, null);

        // when
        JsonObject json = jsonArray(out -> Open311Documents.requests(out, List.of(withoutPoint))).getJsonObject(0);
        Document xml = xml(out -> Open311Documents.requests(out, List.of(withoutPoint)));

        // then no key and no element stands for a missing value
        assertThat(json).doesNotContainKeys("lat", "long", "media_url", "service_notice");
        assertThat(json.values()).doesNotContain(JsonValue.NULL);
        assertThat(json.getString("status")).isEqualTo("closed");
        Element request = children(xml.getDocumentElement()).get(0);
        assertThat(children(request)).extracting(Element::getTagName)
                .doesNotContain("lat", "long", "media_url", "service_notice")
                .contains("service_request_id", "status", "address", "requested_datetime");
        assertThat(children(request)).allSatisfy(e -> assertThat(e.getTextContent()).as(e.getTagName()).isNotEmpty());
    }

    @Test
    void should_leave_out_blank_optional_fields_of_services_and_attributes() throws Exception {
        // given a kind with neither description nor keywords, whose question has no unit
        ReportKindView bare = new ReportKindView("khac", "Khác", "", " ", "phong-kinh-te", "Phòng Kinh tế", 10, true,
                9, List.of(new KindAttribute("ghi-chu", "Ghi chú", "text", false, "")));

        // when
        Element service = children(xml(out -> Open311Documents.services(out, List.of(bare))).getDocumentElement())
                .get(0);
        Element attribute = children(children(xml(out -> Open311Documents.serviceDefinition(out, bare))
                .getDocumentElement()).get(1)).get(0);
        JsonObject json = jsonArray(out -> Open311Documents.services(out, List.of(bare))).getJsonObject(0);

        // then
        assertThat(children(service)).extracting(Element::getTagName)
                .containsExactly("service_code", "service_name", "metadata", "type", "group");
        assertThat(children(attribute)).extracting(Element::getTagName)
                .containsExactly("variable", "code", "datatype", "required", "order", "description");
        assertThat(json).doesNotContainKeys("description", "keywords");
    }

    @Test
    void should_leave_out_characters_that_xml_cannot_carry() throws Exception {
        // given
        ServiceRequestView dirty = new ServiceRequestView("1234", Open311Status.OPEN, "Mới",
                "can-thieu", "Cân thiếu", "cân\u0001 thiếu\uD800 <b>&</b>", "Phòng Kinh tế", Instant.EPOCH,
                Instant.EPOCH, Instant.EPOCH, "Chợ", null, null, null, null);

        // when
        Document xml = xml(out -> Open311Documents.requests(out, List.of(dirty)));

        // then
        assertThat(text(children(xml.getDocumentElement()).get(0), "description")).isEqualTo("cân thiếu <b>&</b>");
    }

    @Test
    void should_list_the_endpoint_and_both_formats_in_discovery() throws Exception {
        // given
        Open311Documents.Discovery discovery = new Open311Documents.Discovery(Instant.parse("2026-11-21T00:00:00Z"),
                "Ủy ban nhân dân Xã Đông Cứu", "Khóa do quản trị viên cấp", "https://tdc.example/open311/v2",
                List.of("servicerequestupdates chỉ có GET.", "Không hỗ trợ address_id."),
                List.of(new Open311Documents.Jurisdiction("xa-dong-cuu", "Xã Đông Cứu", "tỉnh Bắc Ninh"),
                        new Open311Documents.Jurisdiction("phuong-duc-pho", "Phường Đức Phổ", "")));

        // when
        Document xml = xml(out -> Open311Documents.discovery(out, discovery));
        JsonObject json = jsonObject(out -> Open311Documents.discovery(out, discovery));

        // then
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(children(root)).extracting(Element::getTagName)
                .containsExactly("changeset", "contact", "key_service", "endpoints", "notes", "jurisdictions");
        List<Element> jurisdictions = children(children(root).get(5));
        assertThat(jurisdictions).extracting(Element::getTagName).containsExactly("jurisdiction", "jurisdiction");
        assertThat(text(jurisdictions.get(0), "jurisdiction_id")).isEqualTo("xa-dong-cuu");
        assertThat(children(jurisdictions.get(1))).extracting(Element::getTagName)
                .containsExactly("jurisdiction_id", "name");
        assertThat(json.getJsonArray("jurisdictions").getJsonObject(0).getString("province")).isEqualTo("tỉnh Bắc Ninh");
        assertThat(children(children(root).get(4))).extracting(Element::getTagName, Element::getTextContent)
                .containsExactly(Tuple.tuple("note", "servicerequestupdates chỉ có GET."),
                        Tuple.tuple("note", "Không hỗ trợ address_id."));
        assertThat(json.getJsonArray("notes").getString(0)).isEqualTo("servicerequestupdates chỉ có GET.");
        Element endpoint = children(children(root).get(3)).get(0);
        assertThat(endpoint.getTagName()).isEqualTo("endpoint");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        Element formats = (Element) endpoint.getElementsByTagName("formats").item(0);
        assertThat(children(formats)).extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");
        JsonObject jsonEndpoint = json.getJsonArray("endpoints").getJsonObject(0);
        assertThat(jsonEndpoint.getString("url")).isEqualTo("https://tdc.example/open311/v2");
        assertThat(jsonEndpoint.getJsonArray("formats").getString(1)).isEqualTo("application/json");
        assertThat(json.getString("changeset")).isEqualTo("2026-11-21T00:00:00Z");
    }

    @Test
    void should_answer_a_new_request_with_its_id_and_its_tracking_code_and_no_token() throws Exception {
        // given
        PostedRequest posted = new PostedRequest("1234", "PA-2026-7KQ3XZ4M", "Đã tiếp nhận phản ánh.", false);

        // when
        JsonObject json = jsonArray(out -> Open311Documents.posted(out, posted)).getJsonObject(0);
        Document xml = xml(out -> Open311Documents.posted(out, posted));

        // then
        assertThat(json.getString("service_request_id")).isEqualTo("1234");
        assertThat(json.getString("tracking_code")).isEqualTo("PA-2026-7KQ3XZ4M");
        assertThat(json).doesNotContainKeys("token", "account_id");
        Element request = children(xml.getDocumentElement()).get(0);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(children(request)).extracting(Element::getTagName)
                .containsExactly("service_request_id", "tracking_code", "service_notice");
        assertThat(text(request, "service_request_id")).isEqualTo("1234");
        assertThat(text(request, "tracking_code")).isEqualTo("PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_name_the_updates_as_mysociety_does() throws Exception {
        // given
        RequestUpdateView update = new RequestUpdateView(42, "1234", Open311UpdateStatus.NO_FURTHER_ACTION,
                Instant.parse("2026-11-21T03:04:05Z"), "Cân đối chứng cho kết quả đủ khối lượng.", null);

        // when
        Document xml = xml(out -> Open311Documents.updates(out, List.of(update)));
        JsonObject json = jsonArray(out -> Open311Documents.updates(out, List.of(update))).getJsonObject(0);

        // then
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_request_updates");
        Element entry = children(root).get(0);
        assertThat(entry.getTagName()).isEqualTo("request_update");
        assertThat(children(entry)).extracting(Element::getTagName).containsExactly("update_id",
                "service_request_id", "status", "updated_datetime", "description");
        assertThat(text(entry, "status")).isEqualTo("no_further_action");
        assertThat(json.getString("update_id")).isEqualTo("42");
        assertThat(json.getString("service_request_id")).isEqualTo("1234");
        assertThat(json.getString("status")).isEqualTo("no_further_action");
        assertThat(json).doesNotContainKey("media_url");
        assertThat(json.getString("updated_datetime")).isEqualTo("2026-11-21T03:04:05Z");
    }

    @Test
    void should_write_an_empty_list_as_an_empty_array_and_an_empty_root() throws Exception {
        // when
        String json = json(out -> Open311Documents.requests(out, List.of()));
        Document xml = xml(out -> Open311Documents.requests(out, List.of()));

        // then
        assertThat(json).isEqualTo("[]");
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(children(xml.getDocumentElement())).isEmpty();
    }

    private static String json(Consumer<Open311Writer> document) {
        return new String(bytes(true, document), StandardCharsets.UTF_8);
    }

    private static JsonArray jsonArray(Consumer<Open311Writer> document) {
        return Json.createReader(new StringReader(json(document))).readArray();
    }

    private static JsonObject jsonObject(Consumer<Open311Writer> document) {
        return Json.createReader(new StringReader(json(document))).readObject();
    }

    private static Document xml(Consumer<Open311Writer> document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(false, document)));
    }

    private static byte[] bytes(boolean json, Consumer<Open311Writer> document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Open311Writer writer = json ? new JsonOpen311Writer(out) : new XmlOpen311Writer(out)) {
            document.accept(writer);
        }
        return out.toByteArray();
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

    private static String text(Element parent, String child) {
        return children(parent).stream().filter(e -> e.getTagName().equals(child)).findFirst().orElseThrow()
                .getTextContent();
    }
}
