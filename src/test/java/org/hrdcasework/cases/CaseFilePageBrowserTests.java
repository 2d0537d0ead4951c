package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case file in a real headless Chromium, as a case officer uses it: signed in with the
 * keyboard, the case's timeline, a task opened in Tasklist from the page, and the audited reveal
 * done with the keyboard (first without a reason, then with one).
 */
class CaseFilePageBrowserTests extends ProcessTestSupport {

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void anOfficerReadsTheTimelineOpensATaskInTasklistAndRevealsTheIdentityWithTheKeyboard() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        Task assessRisk = driver.task(reference, CaseOfConcernProcess.TASK_ASSESS_RISK);
        HeadlessChromium.signIn(browser, port, "officer.alpha");

        browser.get(url("/cases/" + reference));
        List<String> timeline = waitFor(d -> {
            List<String> rows = d.findElements(By.cssSelector("#timeline tbody tr")).stream().map(WebElement::getText).toList();
            return rows.size() >= 3 ? rows : null;
        });
        assertThat(timeline.get(timeline.size() - 1)).contains("Threat report filed: Arrest or detention", "officer.alpha");
        assertThat(timeline).anySatisfy(row -> assertThat(row).contains("Report verified: Verified", "officer.alpha"))
                .anySatisfy(row -> assertThat(row).contains("Task completed: Verify report"))
                .noneSatisfy(row -> assertThat(row).contains("Test Person"));
        assertThat(browser.findElement(By.id("summary-stage")).getText()).isEqualTo("Risk assessment");

        // The open task's link, followed with the keyboard, opens that task in Tasklist.
        WebElement link = browser.findElement(By.cssSelector("#open-tasks a.app-tasklist-link"));
        assertThat(link.getText()).isEqualTo(assessRisk.getName());
        link.sendKeys(Keys.ENTER);
        waitFor(d -> path().startsWith("/camunda/app/tasklist/") ? true : null);
        WebElement taskHeading = waitFor(d -> d.findElements(By.cssSelector(".task-details .names h2.task")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(taskHeading.getText().trim()).isEqualTo(assessRisk.getName());
        assertThat(browser.getCurrentUrl()).contains("task=" + assessRisk.getId());

        // The reveal without a reason: the page comes back with the error on the field.
        browser.get(url("/cases/" + reference));
        WebElement reason = waitFor(d -> d.findElement(By.id("reason")));
        reason.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reveal-button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement summary = waitFor(d -> d.findElements(By.cssSelector(".govuk-error-summary")).stream().findFirst().orElse(null));
        assertThat(summary.getText()).contains("Reason: say why you need the identity");
        assertThat(browser.findElement(By.id("reason-error")).getText()).contains("Reason:");
        assertThat(browser.findElements(By.id("identity"))).isEmpty();

        // With a reason, typed and submitted from the keyboard: the identity on this response only.
        browser.findElement(By.id("reason")).sendKeys("Arranging a custody visit for the defender", Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement name = waitFor(d -> d.findElements(By.id("identity-full-name")).stream().findFirst().orElse(null));
        assertThat(name.getText()).isEqualTo("Test Person");
        assertThat(browser.getCurrentUrl()).doesNotContain("Test").endsWith("/cases/" + reference + "/identity-reveals");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE case_reference = ? "
                + "AND event_type = 'IDENTITY_REVEAL' AND actor = 'officer.alpha'", Long.class, reference)).isEqualTo(1);

        browser.get(url("/cases/" + reference));
        List<String> after = waitFor(d -> d.findElements(By.cssSelector("#timeline tbody tr")).stream().map(WebElement::getText).toList());
        assertThat(after.get(0)).contains("identity revealed", "officer.alpha");
        assertThat(browser.getPageSource()).doesNotContain("Test Person");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
        } catch (RuntimeException e) {
            System.out.println("Browser at " + browser.getCurrentUrl());
            browser.manage().logs().get("browser").getAll().forEach(entry -> System.out.println("Console: " + entry.getMessage()));
            throw e;
        }
    }
}
