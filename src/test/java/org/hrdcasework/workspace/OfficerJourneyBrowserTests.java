package org.hrdcasework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case officer's day, in one browser, with the keyboard and the mouse: sign in once; Tasklist
 * opens without another prompt; a threat report filed from the intake page; the case found in the
 * caseload; its first task worked in Tasklist with the Complete button; the task on the case file's
 * timeline; sign out.
 */
@CaseworkIntegrationTest
class OfficerJourneyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerFilesAReportFindsTheCaseWorksItsFirstTaskInTasklistAndSeesItOnTheTimeline() {
        HeadlessChromium.signIn(browser, port, "officer.alpha");

        // The same sign-in opens Tasklist: no second dialog, no second login form.
        browser.findElement(By.id("link-tasklist")).click();
        waitFor(d -> path().startsWith("/camunda/app/tasklist/default/") ? true : null);
        assertThat(browser.getCurrentUrl()).doesNotContain("login");

        // The intake page, from the workspace.
        browser.get(url("/"));
        browser.findElement(By.id("link-file-report")).click();
        waitFor(d -> path().equals("/cases/new") ? true : null);
        browser.findElement(By.id("defender-fullName")).click();
        browser.switchTo().activeElement().sendKeys("Journey Person", Keys.TAB, "+000 555 0123");
        browser.findElement(By.id("threat-type")).sendKeys("Death threat");
        browser.findElement(By.id("threat-description")).sendKeys("Threatened at home after a hearing");
        WebElement occurredOn = browser.findElement(By.id("threat-occurredOn"));
        occurredOn.click();
        occurredOn.sendKeys("11202026"); // Chromium's default (en-US) order: month, day, year
        new Select(browser.findElement(By.id("channel"))).selectByVisibleText("Walk-in at the mission");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(d -> path().matches("/cases/ALPHA-\\d{4}-\\d{4,6}") ? true : null);
        String reference = path().substring("/cases/".length());
        assertThat(browser.getPageSource()).doesNotContain("Journey Person");

        // The caseload finds it by its reference.
        browser.get(url("/"));
        browser.findElement(By.id("link-caseload")).click();
        waitFor(d -> path().equals("/cases") ? true : null);
        browser.findElement(By.id("q")).sendKeys(reference, Keys.ENTER);
        WebElement row = waitFor(d -> d.findElements(By.linkText(reference)).stream().findFirst().orElse(null));
        row.click();
        waitFor(d -> path().equals("/cases/" + reference) ? true : null);

        // Its first task, straight into Tasklist, worked with the form and the Complete button.
        WebElement taskLink = browser.findElement(By.cssSelector("#open-tasks a.app-tasklist-link"));
        String taskName = taskLink.getText();
        taskLink.click();
        waitFor(d -> d.findElements(By.cssSelector(".task-details .names h2.task")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        List<WebElement> claim = browser.findElements(By.cssSelector(".task-details a.claim, .task-details button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
        }
        List<WebElement> groups = waitFor(d -> {
            List<WebElement> radios = d.findElements(By.cssSelector(".fjs-form-field-radio"));
            return radios.size() == 2 ? radios : null;
        });
        for (WebElement group : groups) {
            WebElement yes = group.findElements(By.cssSelector("input[type=radio]")).get(0);
            waitFor(d -> yes.isEnabled() ? true : null);
            yes.click();
        }
        WebElement complete = waitFor(d -> d.findElements(By.xpath("//button[normalize-space()='Complete']")).stream()
                .filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null));
        // Tasklist's notice of the claim lies over the button for a moment: the keyboard reaches it.
        complete.sendKeys(Keys.ENTER);
        waitFor(d -> jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE reference = ? AND stage <> 'VERIFICATION'",
                Long.class, reference) == 1 ? true : null);

        // The case file's timeline shows the task, who completed it and what it found.
        browser.get(url("/cases/" + reference));
        String timeline = browser.findElement(By.tagName("main")).getText();
        assertThat(timeline).contains("Task completed: " + taskName, "Report verified", "officer.alpha")
                .doesNotContain("Journey Person");

        // Signing out ends the session for our pages and for Tasklist.
        browser.findElement(By.cssSelector(".app-sign-out__button")).click();
        waitFor(d -> path().equals("/login") ? true : null);
        browser.get(url("/camunda/app/tasklist/"));
        waitFor(d -> path().equals("/login") ? true : null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}
