package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility check (the npm package the build downloads, pinned by version and
 * checksum in pom.xml) run on the page open in a real browser, against WCAG 2.1 A and AA and
 * axe's best practices. A serious or critical finding fails the test with what and where.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("target/axe-core/package/axe.min.js");
    private static final List<String> FAILING = List.of("serious", "critical");

    private Axe() {
    }

    /** A finding: the rule, how bad, what it means, and the elements (CSS selectors) that break it. */
    public record Finding(String rule, String impact, String help, List<String> elements) {

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " at " + elements;
        }
    }

    /** Every finding on the page as it stands. */
    @SuppressWarnings("unchecked")
    public static List<Finding> check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                  .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                        elements: v.nodes.map(n => n.target.join(' '))}))))
                  .catch(e => done({error: String(e)}));
                """);
        assertThat(result).as("axe-core ran").isInstanceOf(List.class);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Finding((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("elements")))
                .toList();
    }

    /** Fails, naming every finding, when the open page has a serious or critical one. */
    public static void assertNoSeriousFindings(WebDriver browser) {
        List<Finding> serious = check(browser).stream().filter(f -> FAILING.contains(f.impact())).toList();
        assertThat(serious).as("serious or critical accessibility findings on " + browser.getCurrentUrl()).isEmpty();
    }

    private static String script() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is downloaded by the build (mvn generate-test-resources)", e);
        }
    }
}
