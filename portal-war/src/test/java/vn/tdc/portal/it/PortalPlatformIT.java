package vn.tdc.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation on a real Payara Micro and a real MariaDB: health, data, API errors, security. */
class PortalPlatformIT extends PortalIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Another client as the portal sees it: a second loopback address. */
    private static final String ATTACKER = "127.0.0.7";
    private static final String STACK_FRAME = "at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)";

    @Test
    void should_be_ready_once_database_answers_and_migrations_are_applied() throws Exception {
        HttpResponse<String> ready = http.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject body = PortalHttp.json(ready);
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("database");
        try (Connection connection = IntegrationDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*), SUM(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
            assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1));
        }
    }

    @Test
    void should_round_trip_vietnamese_text_through_the_database_byte_for_byte() throws Exception {
        String text = "Đo lường – cân thiếu ở chợ Đông Cứu";
        String username = uniqueUsername("vn");

        HttpResponse<String> created = createUser(username, text, "[\"EDITOR\"]");

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> read = http.get("/api/admin/users/" + id, PortalHttp.admin());
        assertThat(PortalHttp.json(read).getString("fullName")).isEqualTo(text);
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT HEX(full_name), full_name FROM app_user WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1))
                        .isEqualToIgnoringCase(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)));
                assertThat(rs.getString(2)).isEqualTo(text);
            }
        }
    }

    @Test
    void should_answer_malformed_json_with_the_json_error() {
        HttpResponse<String> response = http.send("POST", "/api/admin/users", "application/json",
                "{\"username\": \"abc\", ", PortalHttp.admin());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonObject error = PortalHttp.json(response).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("malformed_json");
        assertThat(error.getString("message")).contains("JSON");
        assertThat(response.body()).doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void should_list_every_invalid_field_in_vietnamese() {
        HttpResponse<String> response = http.send("POST", "/api/admin/users", "application/json",
                "{\"username\":\"A B\",\"password\":\"ngan\"}", PortalHttp.admin());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = PortalHttp.json(response).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("validation_failed");
        assertThat(error.getJsonArray("details").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("field"))
                .contains("username", "fullName", "password", "roles");
        assertThat(response.body()).contains("không được để trống");
    }

    @Test
    void should_answer_a_missing_body_with_400() {
        HttpResponse<String> response = http.send("POST", "/api/admin/users", "application/json", "",
                PortalHttp.admin());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(response).getJsonObject("error").getString("code")).isIn("bad_request", "malformed_json");
    }

    @Test
    void should_answer_unknown_ids_and_paths_with_404_json() {
        HttpResponse<String> unknownUser = http.get("/api/admin/users/987654321", PortalHttp.admin());
        HttpResponse<String> unknownPath = http.get("/api/khong-co-dia-chi-nay");

        assertThat(unknownUser.statusCode()).isEqualTo(404);
        assertThat(PortalHttp.json(unknownUser).getJsonObject("error").getString("code")).isEqualTo("not_found");
        assertThat(PortalHttp.json(unknownUser).getJsonObject("error").getString("message")).contains("987654321");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(PortalHttp.json(unknownPath).getJsonObject("error").getString("code")).isEqualTo("not_found");
    }

    @Test
    void should_reject_a_wrong_media_type_with_415() {
        HttpResponse<String> response = http.send("POST", "/api/admin/users", "text/plain", "xin chào",
                PortalHttp.admin());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(PortalHttp.json(response).getJsonObject("error").getString("code")).isEqualTo("unsupported_media_type");
    }

    @Test
    void should_refuse_an_oversized_json_body_with_413() {
        String huge = "{\"question\":\"" + "a".repeat(70_000) + "\"}";

        HttpResponse<String> declared = http.send("POST", "/api/chat", "application/json", huge);
        HttpResponse<String> chunked = http.sendChunked("POST", "/api/chat", "application/json", huge);

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(PortalHttp.json(declared).getJsonObject("error").getString("code")).isEqualTo("payload_too_large");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(PortalHttp.json(chunked).getJsonObject("error").getString("code")).isEqualTo("payload_too_large");
    }

    @Test
    void should_refuse_duplicate_usernames_with_409() {
        String username = uniqueUsername("dup");
        assertThat(createUser(username, "Nguyễn Văn A", "[\"OFFICER\"]").statusCode()).isEqualTo(201);

        HttpResponse<String> again = createUser(username, "Nguyễn Văn B", "[\"OFFICER\"]");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(PortalHttp.json(again).getJsonObject("error").getString("code")).isEqualTo("conflict");
    }

    @Test
    void should_keep_at_least_one_enabled_administrator() {
        HttpResponse<String> admins = http.get("/api/admin/users?size=100", PortalHttp.admin());
        long adminId = PortalHttp.json(admins).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("admin"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        HttpResponse<String> response = http.send("PUT", "/api/admin/users/" + adminId + "/enabled",
                "application/json", "{\"enabled\":false}", PortalHttp.admin());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(http.get("/api/admin/users/" + adminId, PortalHttp.admin()).body()).contains("\"enabled\":true");
    }

    @Test
    void should_require_a_login_for_the_admin_api() {
        HttpResponse<String> anonymous = http.get("/api/admin/users");
        HttpResponse<String> wrongPassword = http.get("/api/admin/users", PortalHttp.basicAuth("admin", "sai-mat-khau"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(PortalHttp.json(anonymous).getJsonObject("error").getString("code")).isEqualTo("unauthorized");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void should_forbid_the_admin_api_to_an_editor() {
        String username = uniqueUsername("editor");
        assertThat(createUser(username, "Biên tập viên", "[\"EDITOR\"]").statusCode()).isEqualTo(201);

        HttpResponse<String> response = http.get("/api/admin/users", PortalHttp.basicAuth(username, "mat-khau-du-dai-1"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(PortalHttp.json(response).getJsonObject("error").getString("code")).isEqualTo("forbidden");
    }

    @Test
    void should_refuse_a_disabled_account() {
        String username = uniqueUsername("off");
        HttpResponse<String> created = createUser(username, "Cán bộ nghỉ việc", "[\"ADMIN\"]");
        long id = PortalHttp.json(created).getJsonNumber("id").longValue();
        assertThat(http.get("/api/admin/users", PortalHttp.basicAuth(username, "mat-khau-du-dai-1")).statusCode())
                .isEqualTo(200);

        http.send("PUT", "/api/admin/users/" + id + "/enabled", "application/json", "{\"enabled\":false}",
                PortalHttp.admin());

        assertThat(http.get("/api/admin/users", PortalHttp.basicAuth(username, "mat-khau-du-dai-1")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void should_send_admin_pages_to_the_login_page() {
        HttpResponse<String> response = http.get("/quan-tri/nguoi-dung", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/dang-nhap?next=%2Fquan-tri%2Fnguoi-dung");
    }

    @Test
    void should_show_a_vietnamese_404_page_to_people() {
        HttpResponse<String> response = http.get("/trang-khong-ton-tai", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void should_not_create_a_session_for_anonymous_readers() {
        // given readers without a cookie (first visits, crawlers) on pages without a form
        Map<String, Integer> pages = Map.of("/", 200, "/xa-dong-cuu/van-ban", 200, "/xa-dong-cuu/tim-kiem?q=can", 200,
                "/trang-khong-ton-tai", 404, "/xa-dong-cuu/thong-ke", 200, "/xa-dong-cuu", 200);

        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            // when
            HttpResponse<String> response = http.get(page.getKey(), "Accept", "text/html");

            // then
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
            assertThat(response.body()).as(page.getKey()).contains("</html>");
            assertThat(response.headers().allValues("Set-Cookie")).as(page.getKey()).isEmpty();
        }

        // given the login form, which keeps its state in a session
        HttpResponse<String> form = http.get("/dang-nhap", "Accept", "text/html");
        String formSession = sessionCookie(form);
        String viewState = PortalHttp.viewState(form.body());
        String nonce = PortalHttp.nonce(form.body());

        // when
        HttpResponse<String> login = http.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "login=login&username=admin&password=" + urlEncoded(IntegrationDatabase.ADMIN_PASSWORD)
                        + "&next=" + urlEncoded("/quan-tri/nguoi-dung") + "&submit="
                        + "&jakarta.faces.ViewState=" + urlEncoded(viewState)
                        + "&primefaces.nonce=" + urlEncoded(nonce),
                "Cookie", formSession, "Accept", "text/html");

        // then the login lives in the session (with a new id) and opens the admin pages
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/nguoi-dung");
        String loggedIn = sessionCookie(login);
        assertThat(loggedIn).isNotEqualTo(formSession);
        HttpResponse<String> admin = http.get("/quan-tri/nguoi-dung", "Cookie", loggedIn, "Accept", "text/html");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"logoutForm\"");
    }

    @Test
    void should_answer_a_form_posted_without_its_page_nonce_with_400() {
        // given the login form and its session
        HttpResponse<String> form = http.get("/dang-nhap", "Accept", "text/html");
        String viewState = PortalHttp.viewState(form.body());

        // when it is posted back without the page's CSP nonce
        HttpResponse<String> login = http.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "login=login&username=admin&password=x&submit=&jakarta.faces.ViewState=" + urlEncoded(viewState),
                "Cookie", sessionCookie(form), "Accept", "text/html");

        // then it is a bad request, said in Vietnamese, not a failure of the portal
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("</html>").doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void should_send_security_headers_on_every_response() {
        for (String path : new String[]{"/", "/api/khong-co", "/dang-nhap"}) {
            HttpResponse<String> response = http.get(path, "Accept", "text/html");

            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'").contains("default-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        }
    }

    @Test
    void should_describe_the_api_at_openapi() {
        HttpResponse<String> response = http.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/admin/users", "/api/chat", "/api/search", "/api/admin/documents");
    }

    @Test
    void should_refuse_state_changes_that_another_site_makes_with_the_session_cookie() {
        // given an administrator logged in on the login page
        String session = http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD);
        String evil = "http://evil.example";

        // when another site's page posts with that cookie: a form, an empty post, a file upload
        HttpResponse<String> publish = http.send("POST", "/api/officer/reports/9/publish",
                "application/x-www-form-urlencoded", "", "Cookie", session, "Origin", evil);
        HttpResponse<String> unpublish = http.send("POST", "/api/admin/articles/7/unpublish",
                "application/x-www-form-urlencoded", "", "Cookie", session, "Origin", evil);
        MultipartBody upload = new MultipartBody().field("kind", "KE_HOACH").field("issuer", "UBND")
                .field("title", "Giả mạo").file("file", "a.txt", "text/plain", "Nội dung".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> document = http.sendBytes("POST", "/api/admin/documents", upload.contentType(),
                upload.bytes(), "Cookie", session, "Origin", evil);
        HttpResponse<String> byReferer = http.send("POST", "/api/officer/reports/9/publish", null, "",
                "Cookie", session, "Referer", evil + "/bai-viet");
        HttpResponse<String> noSource = http.send("POST", "/api/officer/reports/9/publish", null, "",
                "Cookie", session);

        // then each is refused with the JSON error, in Vietnamese
        for (HttpResponse<String> refused : List.of(publish, unpublish, document, byReferer, noSource)) {
            assertThat(refused.statusCode()).as(refused.uri().getPath()).isEqualTo(403);
            JsonObject error = PortalHttp.json(refused).getJsonObject("error");
            assertThat(error.getString("code")).isEqualTo("forbidden");
            assertThat(error.getString("message")).contains("trang web khác");
        }

        // while the portal's own pages, and programs with HTTP Basic, go through (to "not found": no such article)
        assertThat(http.send("POST", "/api/admin/articles/2000000000/unpublish", null, "", "Cookie", session,
                "Origin", http.origin()).statusCode()).isEqualTo(404);
        assertThat(http.send("POST", "/api/admin/articles/2000000000/unpublish", null, "", PortalHttp.admin())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void should_refuse_a_page_postback_from_another_site_with_the_vietnamese_403_page() {
        // given a logged-in page with its logout form
        String session = http.logIn("admin", IntegrationDatabase.ADMIN_PASSWORD);
        HttpResponse<String> page = http.get("/quan-tri/nguoi-dung", "Cookie", session, "Accept", "text/html");
        String viewState = PortalHttp.viewState(page.body());

        // when another site posts the logout form
        HttpResponse<String> postback = http.send("POST", "/quan-tri/nguoi-dung", "application/x-www-form-urlencoded",
                "logoutForm=logoutForm&logoutForm%3Alogout=logoutForm%3Alogout&jakarta.faces.ViewState="
                        + urlEncoded(viewState), "Cookie", session, "Origin", "http://evil.example",
                "Accept", "text/html");

        // then it is refused and the session still works
        assertThat(postback.statusCode()).isEqualTo(403);
        assertThat(postback.body()).contains("Không có quyền truy cập").doesNotContainPattern(STACK_FRAME);
        assertThat(http.get("/quan-tri/nguoi-dung", "Cookie", session, "Accept", "text/html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void should_send_the_session_cookie_with_same_site_lax_and_http_only() {
        HttpResponse<String> form = http.get("/dang-nhap", "Accept", "text/html");

        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .as("portal.public-url is http here").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void should_throttle_the_login_page_after_repeated_wrong_passwords() {
        // given an account
        String username = uniqueUsername("throttle-form");
        assertThat(createUser(username, "Người Thử Khóa", "[\"OFFICER\"]").statusCode()).isEqualTo(201);

        // when 30 wrong passwords are tried, then the right one
        for (int i = 0; i < 30; i++) {
            assertThat(loginPage(username, "sai-mat-khau-" + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> right = loginPage(username, "mat-khau-du-dai-1");

        // then the account is locked for a while, and the page says so in Vietnamese
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Đăng nhập sai quá nhiều lần nên tạm thời bị khóa", "giây");
    }

    @Test
    void should_throttle_http_basic_after_repeated_wrong_passwords_with_429_and_retry_after() {
        // given an account
        String username = uniqueUsername("throttle-basic");
        assertThat(createUser(username, "Chương Trình Thử", "[\"OFFICER\"]").statusCode()).isEqualTo(201);

        // when 30 wrong passwords are tried, then the right one
        for (int i = 0; i < 30; i++) {
            assertThat(http.get("/api/officer/reports", PortalHttp.basicAuth(username, "sai-" + i)).statusCode())
                    .isIn(401, 429);
        }
        HttpResponse<String> right = http.get("/api/officer/reports", PortalHttp.basicAuth(username, "mat-khau-du-dai-1"));

        // then
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        JsonObject error = PortalHttp.json(right).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("too_many_requests");
        assertThat(error.getString("message")).contains("Đăng nhập sai quá nhiều lần");
    }

    @Test
    void should_throttle_a_client_that_tries_many_accounts_but_not_the_others() {
        // given a client (another loopback address) that tries twenty user names
        int port = http.base().getPort();
        for (int i = 0; i < 20; i++) {
            RawHttp.Response wrong = RawHttp.send(ATTACKER, port, "GET", "/api/admin/users", null,
                    PortalHttp.basicAuth("doan-" + i, "sai-mat-khau"));
            assertThat(wrong.status()).isEqualTo(401);
        }

        // when it then gives the administrator's right password
        RawHttp.Response right = RawHttp.send(ATTACKER, port, "GET", "/api/admin/users", null, PortalHttp.admin());

        // then it is locked out, while the administrator elsewhere is not
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isNotNull();
        assertThat(http.get("/api/admin/users", PortalHttp.admin()).statusCode()).isEqualTo(200);
    }

    @Test
    void should_accept_http_basic_only_on_the_api_and_never_open_a_session_for_it() {
        // when a program calls the API with Basic
        HttpResponse<String> api = http.get("/api/admin/users", PortalHttp.admin());
        HttpResponse<String> anonymous = http.get("/api/admin/users");
        // and a page is asked for with Basic
        HttpResponse<String> page = http.get("/quan-tri/nguoi-dung", PortalHttp.admin()[0], PortalHttp.admin()[1],
                "Accept", "text/html");

        // then the API answers without a session cookie and challenges for Basic on its 401
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=");
        // and the page wants the login page
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/dang-nhap?next=");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void should_never_put_the_requests_host_header_into_a_location() {
        int port = http.base().getPort();

        // when a redirect and a created resource are asked for with a forged Host
        RawHttp.Response redirect = RawHttp.send("127.0.0.1", port, "GET", "/quan-tri/nguoi-dung", null,
                "Host", "evil.example", "Accept", "text/html");
        String username = uniqueUsername("host");
        RawHttp.Response created = RawHttp.send("127.0.0.1", port, "POST", "/api/admin/users",
                "{\"username\":\"" + username + "\",\"fullName\":\"Nguyễn Văn Host\",\"password\":\"mat-khau-du-dai-1\","
                        + "\"roles\":[\"EDITOR\"]}", "Host", "evil.example", "Content-Type", "application/json",
                PortalHttp.admin()[0], PortalHttp.admin()[1]);

        // then both addresses are paths of the portal
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("/dang-nhap?next=%2Fquan-tri%2Fnguoi-dung");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/admin/users/").doesNotContain("evil.example");
    }

    @Test
    void should_keep_staff_answers_out_of_caches() {
        HttpResponse<String> users = http.get("/api/admin/users", PortalHttp.admin());

        assertThat(users.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(http.get("/", "Accept", "text/html").headers().allValues("Cache-Control"))
                .as("public pages stay cacheable").noneMatch(value -> value.contains("no-store"));
    }

    @Test
    void should_answer_a_postback_whose_view_state_is_unknown_with_the_expired_page() {
        // given a visitor with a session and the page's nonce, but a view state the server never issued (or forgot)
        HttpResponse<String> page = http.get("/dang-nhap", "Accept", "text/html");
        String session = PortalHttp.sessionCookie(page);
        String nonce = "&primefaces.nonce=" + urlEncoded(PortalHttp.nonce(page.body()));

        // when the form is posted, plainly and through AJAX
        HttpResponse<String> plain = http.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "login=login&username=a&password=b&submit=&jakarta.faces.ViewState=123%3A456" + nonce,
                "Cookie", session, "Accept", "text/html");
        HttpResponse<String> ajax = http.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=submit&jakarta.faces.partial.execute=login"
                        + "&login=login&username=a&password=b&jakarta.faces.ViewState=123%3A456" + nonce,
                "Cookie", session, "Faces-Request", "partial/ajax", "Accept", "text/xml");

        // then the page says the session expired, with 400; AJAX is sent there, never told the exception
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("Phiên làm việc đã hết hạn").doesNotContainPattern(STACK_FRAME);
        assertThat(ajax.body()).contains("<redirect url=\"/loi/het-phien\"")
                .doesNotContain("Exception", "error-name");
    }

    @Test
    void should_refuse_a_null_role_with_400() {
        HttpResponse<String> response = createUser(uniqueUsername("null-role"), "Vai Trò Rỗng", "[null]");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = PortalHttp.json(response).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("validation_failed");
        assertThat(error.getJsonArray("details").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("field")).containsExactly("roles");
    }

    @Test
    void should_start_officers_at_the_inbox_and_editors_at_the_news_list_under_their_full_names() {
        // given an officer and an editor
        String officer = uniqueUsername("canbo");
        String editor = uniqueUsername("bientap");
        assertThat(createUser(officer, "Phạm Thị Xử Lý", "[\"OFFICER\"]").statusCode()).isEqualTo(201);
        assertThat(createUser(editor, "Đỗ Văn Biên Tập", "[\"EDITOR\"]").statusCode()).isEqualTo(201);

        // when each logs in on the login page opened directly
        HttpResponse<String> officerLogin = loginPage(officer, "mat-khau-du-dai-1");
        HttpResponse<String> editorLogin = loginPage(editor, "mat-khau-du-dai-1");

        // then each lands on their work, and the header names the person
        assertThat(officerLogin.headers().firstValue("Location")).hasValue("/quan-tri/phan-anh");
        assertThat(editorLogin.headers().firstValue("Location")).hasValue("/quan-tri/tin-tuc");
        HttpResponse<String> inbox = http.get("/quan-tri/phan-anh", "Cookie", PortalHttp.sessionCookie(officerLogin),
                "Accept", "text/html");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("site-nav__user\">Phạm Thị Xử Lý<");
    }

    /** One post of the login form, as a browser on the portal sends it (form opened without a target page). */
    private HttpResponse<String> loginPage(String username, String password) {
        return http.postLoginForm(username, password);
    }

    private HttpResponse<String> createUser(String username, String fullName, String roles) {
        String body = "{\"username\":\"" + username + "\",\"fullName\":\"" + fullName
                + "\",\"password\":\"mat-khau-du-dai-1\",\"roles\":" + roles + "}";
        return http.send("POST", "/api/admin/users", "application/json", body, PortalHttp.admin());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return PortalHttp.sessionCookie(response);
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String uniqueUsername(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }
}
