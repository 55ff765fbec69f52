package vn.tdc.portal.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;

/**
 * WCAG 2.1 A and AA checks of the page in the browser with axe-core (the {@code axe.min.js} shipped in Deque's jar
 * from Maven Central, injected into the page: nothing is downloaded), and the browser's own errors on the page.
 */
final class AxeAudit {

    private static final String AXE = load();

    private AxeAudit() {
    }

    /** axe-core's violations of the page as it is now, one line a rule with the elements concerned. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(result => done(result.violations.map(v => v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done(['axe-core failed: ' + error]));""");
    }

    /**
     * What the browser reported as errors since the last call: scripts that failed, and scripts or styles the
     * content security policy refused.
     */
    static List<String> browserErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon") && !message.contains("status of 404"))
                .toList();
    }

    private static String load() {
        try (InputStream in = AxeAudit.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js missing: the test dependency com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
