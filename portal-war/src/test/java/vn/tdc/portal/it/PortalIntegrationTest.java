package vn.tdc.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every integration test class shares: the built WAR on a real Payara Micro with the test database
 * ({@link IntegrationDatabase}), its loopback address ({@link #base}) and an HTTP client on it ({@link #http}), and a
 * headless Chromium ({@link #browser}) that a test starts when it needs one and that is quit after every test.
 */
@ExtendWith(IntegrationDatabase.class)
@ExtendWith(ArquillianExtension.class)
abstract class PortalIntegrationTest {

    /** How long the browser waits for a page to show what a test expects. */
    protected static final Duration BROWSER_WAIT = Duration.ofSeconds(15);

    @ArquillianResource
    private URL deployed;

    /** {@code http://127.0.0.1:port/}: tests talk to loopback only. */
    protected URI base;
    protected PortalHttp http;
    /** Started by a test with {@link HeadlessChromium#start()}; quit after the test. */
    protected ChromeDriver browser;
    /** The {@link #browser}'s wait, set by {@link #logIn}. */
    protected Wait<WebDriver> wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @BeforeEach
    final void connectOnLoopback() {
        base = PortalDeployment.loopback(deployed);
        http = new PortalHttp(base);
    }

    @AfterEach
    final void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * Creates a staff account with the administrator's API, or keeps it if an earlier test (or class, the database
     * being shared) created it already.
     */
    protected final void ensureAccount(String username, String fullName, String password, String... roles) {
        String roleList = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        HttpResponse<String> created = http.send("POST", "/api/admin/users", "application/json", """
                {"username":"%s","fullName":"%s","password":"%s","roles":[%s]}"""
                .formatted(username, fullName, password, roleList), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    /** Like {@link #ensureAccount}, for an account of the unit with code {@code unitCode}. */
    protected final void ensureAccountIn(String unitCode, String username, String fullName, String password,
                                         String... roles) {
        String roleList = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        HttpResponse<String> created = http.send("POST", "/api/admin/users", "application/json", """
                {"username":"%s","fullName":"%s","password":"%s","roles":[%s],"unitCode":"%s"}"""
                .formatted(username, fullName, password, roleList, unitCode), PortalHttp.admin());
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    /** The absolute loopback address of a path of the portal ({@code "tin-tuc?trang=2"} or {@code "/tin-tuc"}). */
    protected final String url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** Starts the {@link #browser}, logs in on the login page and waits until it has reached {@code target}. */
    protected final void logIn(String username, String password, String target) {
        logInAt(base, username, password, target);
    }

    /** Like {@link #logIn}, on the portal at {@code portal} ({@code http://127.0.0.1:port/}, e.g. another node). */
    protected final void logInAt(URI portal, String username, String password, String target) {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, BROWSER_WAIT).ignoring(StaleElementReferenceException.class);
        browser.get(portal.resolve("dang-nhap?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)).toString());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.urlContains(target));
    }

    /**
     * Asks until the answer is as expected or {@code limit} has passed, and returns the last answer either way (the
     * test asserts on it): for what the portal does in the background, like following the search change log.
     */
    protected static <T> T answerWithin(Duration limit, Supplier<T> ask, Predicate<T> expected) {
        long end = System.nanoTime() + limit.toNanos();
        T answer = ask.get();
        while (!expected.test(answer) && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = ask.get();
        }
        return answer;
    }
}
