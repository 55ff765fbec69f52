package vn.tdc.portal.it;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

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
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                    .usingAnyFreePort().build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return chrome;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
