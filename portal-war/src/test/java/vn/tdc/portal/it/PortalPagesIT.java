package vn.tdc.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as a resident or a staff member sees them, in headless Chromium on a phone-sized window. */
@ExtendWith(IntegrationDatabase.class)
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT {

    @ArquillianResource
    private URL deployed;

    private WebDriver browser;
    private URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @BeforeEach
    void openBrowser() {
        base = PortalDeployment.loopback(deployed);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void should_render_the_home_page_with_its_vietnamese_title() {
        browser.get(base.toString());

        assertThat(browser.getTitle()).startsWith("Trang chủ — Cổng thông tin Tiêu chuẩn – Đo lường – Chất lượng");
        WebElement heading = browser.findElement(By.cssSelector("h1.hero__title"));
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(heading.getText()).isEqualTo("Cân đúng, hàng thật, chất lượng rõ ràng");
        assertThat(browser.findElement(By.cssSelector(".brand__ward")).getText()).isEqualTo("Xã Đông Cứu");
    }

    @Test
    void should_open_the_navigation_menu_on_a_phone() {
        browser.get(base.toString());
        WebElement nav = browser.findElement(By.id("site-nav"));
        assertThat(nav.isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("[data-nav-toggle]")).click();

        assertThat(nav.isDisplayed()).isTrue();
        assertThat(nav.getText()).contains("Trang chủ", "Tin tức", "Văn bản", "Phản ánh", "Hỏi đáp", "Đăng nhập");
    }

    @Test
    void should_log_in_and_return_to_the_admin_page() {
        browser.get(base.resolve("quan-tri/nguoi-dung").toString());
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/quan-tri/nguoi-dung"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quản lý tài khoản");
        assertThat(browser.findElement(By.id("users:table")).getText()).contains("admin", "Quản trị viên");
    }

    @Test
    void should_create_an_editor_account_from_the_admin_page() {
        logInAsAdmin();
        String username = "bien-tap-" + (System.nanoTime() % 100000);

        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:fullName")).sendKeys("Lê Thị Hoa");
        browser.findElement(By.cssSelector("#create\\:password input, input#create\\:password")).sendKeys("mat-khau-rat-dai-1");
        browser.findElement(By.id("create:submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), username));
        assertThat(browser.findElement(By.id("users:table")).getText()).contains("Lê Thị Hoa", "Biên tập viên");
    }

    @Test
    void should_refuse_a_short_password_on_the_admin_page() {
        logInAsAdmin();

        browser.findElement(By.id("create:username")).sendKeys("ngan-qua");
        browser.findElement(By.id("create:fullName")).sendKeys("Mật khẩu ngắn");
        browser.findElement(By.cssSelector("#create\\:password input, input#create\\:password")).sendKeys("ngan");
        browser.findElement(By.id("create:submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"), "ít nhất 10 ký tự"));
        String users = wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("users:table")).getText());
        assertThat(users).doesNotContain("ngan-qua");
    }

    private void logInAsAdmin() {
        browser.get(base.resolve("dang-nhap?next=%2Fquan-tri%2Fnguoi-dung").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/quan-tri/nguoi-dung"));
    }

    @Test
    void should_say_in_vietnamese_when_the_password_is_wrong() {
        browser.get(base.resolve("dang-nhap").toString());

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys("khong-dung");
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
    }
}
