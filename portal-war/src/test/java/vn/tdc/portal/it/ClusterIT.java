package vn.tdc.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes behind a balancer without sticky sessions (issue 11), for real: Arquillian's Payara (node A) and a
 * second Payara Micro started by the test ({@link SecondPortalNode}, node B) share the database and, through
 * Payara's Hazelcast grid, the HTTP sessions. Runs in its own failsafe execution ({@code with-cluster},
 * {@code portal.it.cluster=true}); failsafe's default execution leaves it out, and when {@code -Dit.test=ClusterIT}
 * names it there too, it does not start there (it needs node A in the cluster). The test that kills node B runs last.
 */
@EnabledIfSystemProperty(named = "portal.it.cluster", matches = "true",
        disabledReason = "runs in the with-cluster failsafe execution, whose Payara is in the cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends PortalIntegrationTest {

    private static final String JSON = "application/json";
    private static final String OFFICER = "canbo.cum";
    private static final String OFFICER_PASSWORD = "Can-bo-cum-2026";
    private static final String INBOX = "/quan-tri/phan-anh";
    private static final String WRITER = "bientap.cum.lan";
    private static final String WRITER_PASSWORD = "Viet-bai-cum-2026";
    private static final String REVIEWER = "bientap.cum.minh";
    private static final String REVIEWER_PASSWORD = "Duyet-bai-cum-2026";
    private static final String SHORT_WEIGHING = "Cân thiếu, gian lận đo lường";

    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();

    private static SecondPortalNode nodeB;

    @BeforeAll
    static void startNodeB() {
        nodeB = SecondPortalNode.start();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private PortalHttp onNodeB() {
        return new PortalHttp(nodeB.base());
    }

    private String file(String place) {
        HttpResponse<String> filed = http.send("POST", "/api/reports", JSON, """
                {"kind":"can-thieu","placeName":"%s","address":"Chợ Đông Cứu, xã Đông Cứu",
                 "latitude":21.0333,"longitude":106.05,"occurredAt":"2026-11-20T08:30:00+07:00",
                 "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},
                 "contact":{"name":"Trần Thị Lan","phone":"0912 345 678","email":"lan.tran@example.vn"}}"""
                .formatted(place));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return PortalHttp.json(filed).getString("trackingCode");
    }

    private String fileFakeGoods(String place) {
        HttpResponse<String> filed = http.send("POST", "/api/reports", JSON, """
                {"kind":"hang-gia","placeName":"%s","description":"Bán nước hoa giả nhãn hiệu nổi tiếng.",
                 "anonymous":true}""".formatted(place));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return PortalHttp.json(filed).getString("trackingCode");
    }

    @Test
    @Order(1)
    void should_find_a_report_filed_through_one_node_by_its_tracking_code_on_the_other_at_once() {
        // given a report filed through node A
        String code = file("Quầy thịt số 3 chợ Đông Cứu");

        // when the resident looks it up through node B
        HttpResponse<String> tracked = onNodeB().get("/api/reports/" + code);

        // then
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        assertThat(PortalHttp.json(tracked).getString("trackingCode")).isEqualTo(code);
    }

    @Test
    @Order(2)
    void should_accept_a_form_rendered_on_one_node_and_posted_to_the_other() {
        // given an officer, and the login form rendered by node A (its view state is in A's session)
        ensureAccount(OFFICER, "Lê Văn Cụm", OFFICER_PASSWORD, "OFFICER");
        HttpResponse<String> form = http.get("/dang-nhap?next=" + INBOX, "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        String renderedOnA = PortalHttp.sessionCookie(form);

        // when the form is posted to node B, as a balancer without sticky sessions may send it
        PortalHttp nodeBHttp = onNodeB();
        HttpResponse<String> posted = nodeBHttp.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "login=login&username=" + OFFICER + "&password=" + OFFICER_PASSWORD + "&next=" + INBOX
                        + "&submit=" + PortalHttp.postbackFields(form.body()),
                "Cookie", renderedOnA, "Origin", nodeBHttp.origin(), "Accept", "text/html");

        // then node B restored the view and logged the officer in (not "the session has expired")
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(INBOX));

        // and that login holds on node A too
        String loggedIn = PortalHttp.sessionCookie(posted);
        HttpResponse<String> inboxOnA = http.get(INBOX, "Cookie", loggedIn, "Accept", "text/html");
        assertThat(inboxOnA.statusCode()).as(inboxOnA.headers().toString()).isEqualTo(200);
        assertThat(inboxOnA.body()).contains("id=\"inbox\"");
    }

    /**
     * What one node stores is the other's at once or within seconds: the upload is in the shared storage, its text in
     * the database, and node B's own index follows the search change log.
     */
    @Test
    @Order(3)
    void should_make_a_document_uploaded_on_one_node_searchable_citable_and_downloadable_on_the_other_within_seconds() {
        // given a plan uploaded on node A
        byte[] plan = String.join("\n",
                "KẾ HOẠCH",
                "Kiểm tra đo lường tại chợ nổi Cái Bè trong dịp Tết",
                "I. MỤC ĐÍCH",
                "1. Kiểm tra cân tại các ghe bán trái cây ở chợ nổi Cái Bè trong tháng Chạp hằng năm.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Phòng Kinh tế huyện Cái Bè: Chủ trì kiểm tra cân ở chợ nổi.").getBytes(StandardCharsets.UTF_8);
        MultipartBody body = new MultipartBody()
                .field("kind", "Kế hoạch").field("number", "88/KH-UBND").field("issuer", "UBND huyện Cái Bè")
                .field("place", "huyện Cái Bè").field("region", "tỉnh Tiền Giang").field("issued", "tháng 12 năm 2026")
                .field("signer", "Trần Văn Bè — Phó Chủ tịch").field("signedFor", "KT. Chủ tịch")
                .field("title", "Kế hoạch kiểm tra đo lường tại chợ nổi Cái Bè")
                .file("file", "cho-noi.txt", "text/plain", plan);
        HttpResponse<String> created = http.sendBytes("POST", "/api/admin/documents", body.contentType(), body.bytes(),
                PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = PortalHttp.json(created).getString("id");
        PortalHttp onB = onNodeB();
        try {
            // then node B finds it within 5 s, without diacritics
            long uploaded = System.nanoTime();
            assertThat(eventually(Duration.ofSeconds(5), () -> searchHits(onB, "cho noi cai be ghe trai cay", "documentId").contains(id)))
                    .as("node B's search finds the document uploaded on node A within 5 s").isTrue();
            long seenAfterMillis = (System.nanoTime() - uploaded) / 1_000_000;

            // and its assistant cites it, and its file is the uploaded one
            JsonObject answer = PortalHttp.json(onB.send("POST", "/api/chat", JSON,
                    "{\"question\":\"Ở chợ nổi Cái Bè kiểm tra cân vào tháng nào?\"}"));
            assertThat(answer.getBoolean("grounded")).as(answer.toString()).isTrue();
            assertThat(answer.getJsonArray("citations").getValuesAs(JsonObject.class))
                    .anySatisfy(citation -> assertThat(citation.getString("documentId")).isEqualTo(id));
            HttpResponse<byte[]> file = onB.getBytes("/api/admin/documents/" + id + "/file", PortalHttp.admin());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(plan);
            assertThat(seenAfterMillis).isLessThan(5_000);
        } finally {
            // and when node B deletes it, node A's search forgets it within 5 s
            assertThat(onB.send("DELETE", "/api/admin/documents/" + id, null, "", PortalHttp.admin()).statusCode())
                    .isEqualTo(204);
        }
        assertThat(eventually(Duration.ofSeconds(5), () -> !searchHits(http, "cho noi cai be ghe trai cay", "documentId").contains(id)))
                .as("node A's search forgets the document deleted on node B within 5 s").isTrue();
    }

    /** An article published on node B is on node A's search and assistant within 5 s (its change log row). */
    @Test
    @Order(4)
    void should_answer_on_one_node_from_an_article_published_on_the_other_within_five_seconds() {
        // given a writer and a reviewer of xã Đông Cứu, and an article written and published through node B
        ensureAccountIn("xa-dong-cuu", WRITER, "Nguyễn Thị Lan", WRITER_PASSWORD, "EDITOR");
        ensureAccountIn("xa-dong-cuu", REVIEWER, "Trần Văn Minh", REVIEWER_PASSWORD, "EDITOR");
        PortalHttp onB = onNodeB();
        String slug = "cho-phong-dien-dat-can-doi-chung-canh-ben-do";
        String article = Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", "Chợ Phong Điền đặt cân đối chứng mới cạnh bến đò")
                .add("summary", "Người mua ở chợ Phong Điền tự cân lại hàng tại cân đối chứng cạnh bến đò.")
                .add("bodyHtml", "<p>Cân đối chứng của chợ Phong Điền được đặt cạnh bến đò, mở cửa từ 5 giờ sáng.</p>")
                .add("categoryCode", "do-luong")
                .add("tags", Json.createArrayBuilder().add("cân đối chứng"))
                .add("author", "Trung tâm Văn hóa – Thể thao xã").build().toString();
        HttpResponse<String> created = onB.send("POST", "/api/admin/articles", JSON, article,
                PortalHttp.basicAuth(WRITER, WRITER_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = PortalHttp.json(created).getJsonNumber("id").longValue();
        assertThat(onB.send("POST", "/api/admin/articles/" + id + "/submit", JSON, "",
                PortalHttp.basicAuth(WRITER, WRITER_PASSWORD)).statusCode()).isEqualTo(200);

        // when the reviewer publishes it on node B
        HttpResponse<String> published = onB.send("POST", "/api/admin/articles/" + id + "/publish", JSON, "",
                PortalHttp.basicAuth(REVIEWER, REVIEWER_PASSWORD));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        // then node A's search finds it within 5 s, and node A's assistant answers from it
        assertThat(eventually(Duration.ofSeconds(5), () -> searchHits(http, "cho phong dien can doi chung ben do", "url")
                .stream().anyMatch(url -> url.endsWith("/tin-tuc/" + slug))))
                .as("node A's search finds the article published on node B within 5 s").isTrue();
        JsonObject answer = PortalHttp.json(http.send("POST", "/api/chat", JSON,
                "{\"question\":\"Cân đối chứng của chợ Phong Điền đặt ở đâu?\"}"));
        assertThat(answer.getBoolean("grounded")).as(answer.toString()).isTrue();
        assertThat(answer.getString("answer")).containsIgnoringCase("bến đò");
    }

    /**
     * A client spraying both nodes gets its allowance once, not once per node: the buckets are in the grid. Runs late:
     * it leaves this client's search allowance empty.
     */
    @Test
    @Order(50)
    void should_give_a_client_spraying_both_nodes_its_allowance_once() {
        // given a burst of RATE_LIMIT_BURST searches, refilled at 1 a second, counted per client address
        PortalHttp onB = onNodeB();
        int allowed = 0;
        int refusedOnA = 0;
        int refusedOnB = 0;
        long start = System.nanoTime();

        // when the client sends twice its burst, alternately to each node
        for (int i = 0; i < 2 * IntegrationDatabase.RATE_LIMIT_BURST; i++) {
            boolean toA = i % 2 == 0;
            int status = (toA ? http : onB).get("/api/search?q=can+doi+chung").statusCode();
            if (status == 200) {
                allowed++;
            } else {
                assertThat(status).isEqualTo(429);
                if (toA) {
                    refusedOnA++;
                } else {
                    refusedOnB++;
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000 + 1;

        // then it got at most one burst (plus what refilled meanwhile; the searches of earlier tests spent some of
        // it), not one per node, and both nodes refused the rest
        assertThat(allowed).isGreaterThan(IntegrationDatabase.RATE_LIMIT_BURST / 2)
                .isLessThanOrEqualTo(IntegrationDatabase.RATE_LIMIT_BURST + (int) seconds);
        assertThat(refusedOnA).isPositive();
        assertThat(refusedOnB).isPositive();
    }

    /** A field of each of the first 5 hits of {@code query} on {@code node} ("documentId", "url"). */
    private static List<String> searchHits(PortalHttp node, String query, String field) {
        HttpResponse<String> response = node.get("/api/search?limit=5&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString(field, "")).toList();
    }

    private static boolean eventually(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Kills node B: the last test of the class. */
    @Test
    @Order(100)
    void should_keep_an_officer_working_on_an_open_page_when_the_node_that_served_it_is_killed() {
        // given a report of each of two kinds, and an officer who logged in through the balancer on node B and has
        // the inbox open, rendered by node B
        ensureAccount(OFFICER, "Lê Văn Cụm", OFFICER_PASSWORD, "OFFICER");
        String code = file("Quầy cá số 7 chợ Đông Cứu");
        String otherKind = fileFakeGoods("Cửa hàng tạp hóa Minh Phát số 9");
        try (LoopbackBalancer balancer = LoopbackBalancer.to(nodeB.base().getPort())) {
            logInAt(balancer.base(), OFFICER, OFFICER_PASSWORD, INBOX);
            assertThat(browser.findElement(By.id("inbox:table")).getText()).contains(code, otherKind);
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.getPath()).isEqualTo("/");

            // when node B dies (kill -9) and the balancer sends everything to node A
            nodeB.kill();
            balancer.sendTo(base.getPort());

            // then the inbox's filter form, rendered by the dead node, posts on node A: the officer is still logged
            // in and the page's view state came along
            HeadlessChromium.choose(browser, "inbox:kind", SHORT_WEIGHING);
            browser.findElement(By.id("inbox:filter")).click();
            wait.until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:table"), otherKind)));
            assertThat(browser.getCurrentUrl()).isEqualTo(balancer.base().resolve(INBOX).toString());
            assertThat(browser.findElement(By.id("inbox:table")).getText()).contains(code);

            // and the next page opens on node A without a new login
            browser.get(balancer.base().resolve(INBOX).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:table")));
            assertThat(browser.getCurrentUrl()).doesNotContain("/dang-nhap");
        }
    }
}
