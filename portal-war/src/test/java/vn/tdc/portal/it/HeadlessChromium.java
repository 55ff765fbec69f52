package vn.tdc.portal.it;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.logging.Level;

/**
 * Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), headless, with no
 * background networking: nothing is downloaded and nothing but loopback is contacted.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        File driver = new File(System.getProperty("portal.it.chromedriver", "/usr/bin/chromedriver"));
        File browser = new File(System.getProperty("portal.it.chromium", "/usr/bin/chromium"));
        if (!driver.canExecute() || !browser.canExecute()) {
            throw new IllegalStateException("Headless browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=vi-VN", "--window-size=390,844",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
            // the browser's console (script errors, content security policy refusals) for AxeAudit.browserErrors
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                    .usingAnyFreePort().build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return chrome;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a person does. The menu is first scrolled to the
     * middle of the window and the scroll allowed to settle: PrimeFaces closes an open menu when the page scrolls.
     */
    /** Waits until the page has loaded and no PrimeFaces AJAX request is running or queued. */
    public static void waitForQuietPage(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("""
                        return document.readyState === 'complete'
                            && (!window.jQuery || jQuery.active === 0)
                            && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());""")));
    }

    public static void choose(WebDriver browser, String menuId, String label) {
        By option = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        WebDriverWait shortWait = new WebDriverWait(browser, Duration.ofSeconds(3));
        for (int attempt = 1; ; attempt++) {
            waitForQuietPage(browser);
            WebElement menu = browser.findElement(By.id(menuId));
            ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    arguments[0].scrollIntoView({block: 'center'});
                    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));""", menu);
            try {
                menu.click();
                // PrimeFaces records the value to revert to only once the panel has finished opening; an option
                // clicked before that fails in its script ("reading 'index'") and is not selected
                shortWait.until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class",
                        "ui-connected-overlay-enter-done"));
                shortWait.until(ExpectedConditions.elementToBeClickable(option)).click();
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException | ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Scrolls an element to the middle of the window and clicks it, as a person does on a phone. */
    public static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks a submit button and waits for the page the form posts to. */
    public static void submit(WebDriver browser, String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        click(browser, button);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> isGone(button));
        wait.until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    /** Whether the element belongs to a page that has been left (ChromeDriver may say so in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }
}
