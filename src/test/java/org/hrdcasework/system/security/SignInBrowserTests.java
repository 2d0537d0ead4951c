package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.Http;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in as a person does, in a real Chromium driven by keyboard and mouse: one sign-in opens
 * Tasklist and our pages without any other prompt, a static page's write to the API carries the
 * session's CSRF token, and signing out (from our header or from Tasklist's own menu) sends the next
 * visit back to the sign-in page.
 */
class SignInBrowserTests extends ProcessTestSupport {

    WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        // A desk's screen: on a small one Tasklist folds its header menu away.
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oneSignInOpensTasklistAndTheEscalationBoardAndSigningOutEndsBoth() {
        browser.get(url("/camunda/app/tasklist/"));
        waitFor(d -> path().equals("/login"));

        // GOV.UK Frontend's look, in system fonts: its typeface is never used nor downloaded.
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertThat(heading.getText()).isEqualTo("Sign in");
        assertThat(heading.getCssValue("font-family")).doesNotContain("GDS Transport");
        List<?> loaded = (List<?>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).anyMatch(name -> name.toString().endsWith("govuk-frontend.min.css"))
                .noneMatch(name -> name.toString().contains("/fonts/"));

        browser.findElement(By.id("username")).sendKeys("supervisor.alpha");
        browser.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD, Keys.ENTER);

        waitFor(d -> path().startsWith("/camunda/app/tasklist/default/"));
        WebElement user = waitFor(d -> d.findElements(By.cssSelector(".account .dropdown-toggle")).stream()
                .filter(e -> e.getText().contains("Sara Supervisor (Alpha)")).findFirst().orElse(null));
        assertThat(user.isDisplayed()).isTrue();
        List<String> filters = waitFor(d -> {
            List<String> names = d.findElements(By.cssSelector(".task-filter .name")).stream().map(WebElement::getText)
                    .filter(text -> !text.isBlank()).toList();
            return names.isEmpty() ? null : names;
        });
        assertThat(filters).anyMatch(name -> name.contains("My mission's open tasks"));
        assertNoDialogAndNoRefusedRequest();

        browser.get(url("/escalations"));
        waitFor(d -> !d.findElements(By.id("overview")).isEmpty());
        assertThat(path()).isEqualTo("/escalations");
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertNoDialogAndNoRefusedRequest();

        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".app-signed-in-as")).getText()).isEqualTo("Signed in as supervisor.alpha");
        browser.findElement(By.cssSelector(".app-sign-out button")).click();
        waitFor(d -> path().equals("/login") && d.getPageSource().contains("You have signed out."));

        browser.get(url("/camunda/app/tasklist/"));
        waitFor(d -> path().equals("/login"));
        browser.get(url("/escalations"));
        waitFor(d -> path().equals("/login"));
    }

    @Test
    void tasklistsOwnLogOutEndsTheSessionAndShowsTheSignInPage() {
        HeadlessChromium.signIn(browser, port, "officer.alpha");
        browser.get(url("/camunda/app/tasklist/"));
        WebElement account = waitFor(d -> d.findElements(By.cssSelector(".account .dropdown-toggle")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        account.click();
        WebElement logOut = waitFor(d -> d.findElements(By.cssSelector(".account .logout a")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        logOut.click();

        waitFor(d -> path().equals("/login"));
        assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
        browser.get(url("/"));
        waitFor(d -> path().equals("/login"));
        assertNoDialogAndNoRefusedRequest();
    }

    @Test
    void aPageFormPostsWithTheSessionsCsrfToken() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        HeadlessChromium.signIn(browser, port, "officer.alpha");
        browser.get(url("/cases/" + reference));
        waitFor(d -> d.findElement(By.id("reveal")).isDisplayed());

        browser.findElement(By.id("reason")).sendKeys("Arranging a custody visit for the defender");
        browser.findElement(By.id("reveal-button")).click();

        waitFor(d -> path().endsWith("/identity-reveals"));
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(reference);
        assertThat(browser.findElement(By.id("identity-full-name")).getText()).isEqualTo("Test Person");
    }

    private void assertNoDialogAndNoRefusedRequest() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        List<String> refused = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains(" 401") || message.contains("Unauthorized")).toList();
        assertThat(refused).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
        } catch (RuntimeException e) {
            // Where the browser stood and what its console said, for whoever reads the failure.
            System.out.println("Browser at " + browser.getCurrentUrl());
            browser.manage().logs().get("browser").getAll().forEach(entry -> System.out.println("Console: " + entry.getMessage()));
            throw e;
        }
    }
}
