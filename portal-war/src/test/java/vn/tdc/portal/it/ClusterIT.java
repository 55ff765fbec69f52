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

import java.net.http.HttpResponse;

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
