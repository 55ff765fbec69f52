package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of measuring instruments on a real Payara and MariaDB (issue 12): an officer keeps the places and
 * instruments of his ward through the API, within his ward only; residents read an instrument by the code of its QR
 * sticker without its owner; the assistant answers "is the scale at stall 12 verified?" and "does the market have a
 * reference scale?" from the register, citing its entries. Each class run works on a ward of its own.
 */
class RegisterAssistantIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Mat-khau-so-do-2026";
    private static final int RUN = ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String WARD = "xa-sdo-" + RUN;
    private static final String OFFICER = "canbo.sdo" + RUN;
    private static final String OTHER_OFFICER = "canbo.khac.sdo" + RUN;
    private static final String PROVINCE_OFFICER = "canbo.tinh.sdo" + RUN;
    private static final String MARKET = "Chợ Sổ Đo " + RUN;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static boolean wardAdded;
    private static long marketId;

    @BeforeEach
    void wardWithAMarket() {
        if (!wardAdded) {
            HttpResponse<String> created = http.send("POST", "/api/admin/units", JSON,
                    Json.createObjectBuilder().add("code", WARD).add("slug", WARD).add("name", "xã Sổ Đo")
                            .add("kind", "xa").add("parentCode", "bac-ninh").add("address", "Trụ sở UBND")
                            .build().toString(), PortalHttp.admin());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            ensureAccountIn(WARD, OFFICER, "Cán bộ xã Sổ Đo", PASSWORD, "OFFICER");
            ensureAccountIn("bac-ninh", PROVINCE_OFFICER, "Cán bộ tỉnh Bắc Ninh", PASSWORD, "OFFICER");
            ensureAccountIn("phuong-duc-pho", OTHER_OFFICER, "Cán bộ phường Đức Phổ", PASSWORD, "OFFICER");
            HttpResponse<String> market = http.send("POST", "/api/officer/metrology/places", JSON,
                    Json.createObjectBuilder().add("kind", "cho").add("name", MARKET).add("address", "Thôn Đông")
                            .add("ownerName", "Ban quản lý chợ").build().toString(), as(OFFICER));
            assertThat(market.statusCode()).as(market.body()).isEqualTo(201);
            marketId = PortalHttp.json(market).getJsonNumber("id").longValue();
            wardAdded = true;
        }
    }

    private static String[] as(String username) {
        return PortalHttp.basicAuth(username, PASSWORD);
    }

    private HttpResponse<String> addInstrument(String stall, String serial, LocalDate verifiedOn, boolean reference) {
        var body = Json.createObjectBuilder().add("placeId", marketId).add("typeCode", "can-dien-tu")
                .add("stall", stall).add("ownerName", "Hộ kinh doanh Trần Thị Bán").add("serialNo", serial)
                .add("brand", "Vibra").add("certificateNo", "TEM-" + serial).add("referenceScale", reference)
                .add("capacity", reference ? "60 kg" : "").add("openingHours", reference ? "5:00 – 18:00" : "");
        if (verifiedOn != null) {
            body.add("verifiedOn", verifiedOn.toString());
        }
        return http.send("POST", "/api/officer/metrology/instruments", JSON, body.build().toString(), as(OFFICER));
    }

    private JsonObject ask(String question) {
        HttpResponse<String> answer = http.send("POST", "/api/chat", JSON,
                Json.createObjectBuilder().add("question", question).add("ward", WARD).build().toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return PortalHttp.json(answer);
    }

    @Test
    void should_compute_the_due_date_and_state_of_an_instrument_and_show_residents_no_owner() {
        // given
        HttpResponse<String> added = addInstrument("12", "SN-A-" + RUN, TODAY.minusMonths(2), false);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject instrument = PortalHttp.json(added);

        // then
        assertThat(instrument.getString("dueOn")).isEqualTo(TODAY.minusMonths(2).plusMonths(12).toString());
        assertThat(instrument.getString("state")).isEqualTo("con-hieu-luc");
        assertThat(instrument.getString("stateLabel")).isEqualTo("Còn hiệu lực");

        // when a resident reads it by the code of its sticker, typed in lower case with a hyphen
        String code = instrument.getString("code");
        HttpResponse<String> seen = http.get("/api/metrology/instruments/"
                + (code.substring(0, 4) + "-" + code.substring(4)).toLowerCase());

        // then
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(seen.body()).contains(MARKET).contains("Cân điện tử").doesNotContain("Trần Thị Bán")
                .doesNotContain("Ban quản lý chợ");
    }

    @Test
    void should_refuse_a_duplicate_serial_script_in_a_text_and_an_unknown_type_with_vietnamese_field_messages() {
        String serial = "SN-B-" + RUN;
        assertThat(addInstrument("13", serial, TODAY.minusMonths(1), false).statusCode()).isEqualTo(201);

        HttpResponse<String> duplicate = addInstrument("14", serial, TODAY.minusMonths(1), false);
        HttpResponse<String> script = addInstrument("<script>alert(1)</script>", "SN-C-" + RUN, null, false);
        HttpResponse<String> unknownType = http.send("POST", "/api/officer/metrology/instruments", JSON,
                "{\"placeId\":" + marketId + ",\"typeCode\":\"can-vang\",\"serialNo\":\"X1\"}", as(OFFICER));
        HttpResponse<String> malformed = http.send("POST", "/api/officer/metrology/instruments", JSON,
                "{\"placeId\":", as(OFFICER));

        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("serialNo").contains("đã có trong sổ");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("stall").contains("không được chứa dấu");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("Không có loại phương tiện đo „can-vang“");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"code\"");
    }

    @Test
    void should_keep_another_wards_officer_out_of_the_register() {
        HttpResponse<String> added = addInstrument("15", "SN-D-" + RUN, TODAY.minusMonths(1), false);
        long id = PortalHttp.json(added).getJsonNumber("id").longValue();

        HttpResponse<String> read = http.get("/api/officer/metrology/instruments/" + id, as(OTHER_OFFICER));
        HttpResponse<String> list = http.get("/api/officer/metrology/instruments?q=SN-D-" + RUN, as(OTHER_OFFICER));
        HttpResponse<String> resident = http.get("/api/officer/metrology/instruments/" + id);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(PortalHttp.json(list).getJsonNumber("total").longValue()).isZero();
        assertThat(resident.statusCode()).isIn(401, 403);
    }

    @Test
    void should_show_a_province_officer_each_instrument_of_a_ward_once() {
        addInstrument("31", "SN-P1-" + RUN, TODAY.minusMonths(1), false);
        addInstrument("32", "SN-P2-" + RUN, TODAY.minusMonths(1), false);

        HttpResponse<String> list = http.get("/api/officer/metrology/instruments?unit=" + WARD + "&q=SN-P",
                as(PROVINCE_OFFICER));

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonObject page = PortalHttp.json(list);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("serialNo")).containsExactly("SN-P1-" + RUN, "SN-P2-" + RUN);

        // and a page of two holds two, whatever the filter
        for (String filter : List.of("q=SN-P", "state=con-hieu-luc")) {
            JsonObject two = PortalHttp.json(http.get("/api/officer/metrology/instruments?unit=" + WARD + "&size=2&"
                    + filter, as(PROVINCE_OFFICER)));
            assertThat(two.getJsonArray("items")).as(filter).hasSize(2);
        }
    }

    @Test
    void should_list_overdue_instruments_by_state() {
        addInstrument("16", "SN-E-" + RUN, TODAY.minusMonths(13), false);
        addInstrument("17", "SN-F-" + RUN, null, false);

        HttpResponse<String> overdue = http.get("/api/officer/metrology/instruments?state=qua-han&size=100",
                as(OFFICER));
        HttpResponse<String> unknownState = http.get("/api/officer/metrology/instruments?state=het", as(OFFICER));

        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).contains("SN-E-" + RUN).contains("SN-F-" + RUN).doesNotContain("SN-A-" + RUN);
        assertThat(unknownState.statusCode()).isEqualTo(400);
    }

    @Test
    void should_answer_from_the_register_whether_a_stall_scale_is_verified_and_where_the_reference_scale_is() {
        // given
        addInstrument("21", "SN-G-" + RUN, TODAY.minusMonths(3), false);
        addInstrument("Cổng chính", "SN-H-" + RUN, TODAY.minusMonths(3), true);

        // when
        JsonObject verified = ask("cân ở sạp 21 " + MARKET.toLowerCase() + " đã kiểm định chưa?");
        JsonObject reference = ask(MARKET + " có cân đối chứng không, ở đâu?");

        // then
        assertThat(verified.getString("answer")).startsWith("Có.").contains("sạp 21").contains("còn hạn đến");
        assertThat(verified.getBoolean("grounded")).isTrue();
        assertThat(verified.getJsonArray("citations").getJsonObject(0).getString("url")).startsWith("/phuong-tien-do/");
        assertThat(reference.getString("answer")).startsWith("Có.").contains("Cổng chính").contains("60 kg");
        assertThat(reference.getString("mode")).isEqualTo("register");
    }
}
