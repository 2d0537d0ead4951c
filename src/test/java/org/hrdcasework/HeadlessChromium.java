package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests (Debian chromium and chromium-driver, which
 * .ci/run installs). Where they are missing the test fails, saying why: a browser test that
 * skips would let a broken page land unseen.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A fresh browser with its own profile; the caller quits it. */
    public static ChromeDriver start() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Debian chromium and chromium-driver must be installed (.ci/run installs them)").isTrue();
        Path profile = Files.createTempDirectory("hrd-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        // The console (failed requests, script errors) can be read back: browser.manage().logs().get("browser").
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in at {@code /login} as a person does: types the user name and the demo password and
     * presses Enter. Whoever was signed in before in this browser is forgotten first.
     */
    public static void signIn(WebDriver browser, int port, String user) {
        String signInPage = "http://localhost:" + port + "/login";
        browser.get(signInPage);
        browser.manage().deleteAllCookies();
        browser.get(signInPage);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Prints the open page as a person would to PDF, and checks that a real PDF came out. */
    public static byte[] printToPdf(WebDriver browser) {
        byte[] bytes = Base64.getDecoder().decode(((PrintsPage) browser).print(new PrintOptions()).getContent());
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        return bytes;
    }

    /** The path of the page the browser shows. */
    public static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    /** Waits up to 30 s for {@code condition}; on a timeout says where the browser stands. */
    public static <T> T waitFor(WebDriver browser, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
        } catch (RuntimeException e) {
            System.out.println("Browser at " + browser.getCurrentUrl());
            throw e;
        }
    }
}
