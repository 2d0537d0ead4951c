package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalation board in a real headless Chromium (Debian chromium and chromium-driver, which
 * .ci/run installs), logged in as supervisor.alpha: mission Alpha's escalations, not Beta's.
 */
class EscalationBoardBrowserTests extends ProcessTestSupport {

    @Autowired
    EscalationEngine escalationActions;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSupervisorOfMissionAlphaSeesAlphasEscalationsAndNotBetas() {
        String alpha = escalate(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "mission-alpha");
        String beta = escalate(driver.fileReportFor("mission-beta").getBusinessKey(), "mission-beta");

        // Signed in once at /login: the page's own API calls ride on the session.
        HeadlessChromium.signIn(browser, port, "supervisor.alpha");
        browser.get("http://localhost:" + port + "/escalations");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#rows tr")).isEmpty() || d.findElement(By.id("error")).isDisplayed());

        List<String> references = browser.findElements(By.cssSelector("#rows tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(references).as("board error: %s", browser.findElement(By.id("error")).getText()).contains(alpha).doesNotContain(beta);
        assertThat(browser.findElement(By.id("board")).getText()).contains(CaseOfConcernProcess.TASK_VERIFY_REPORT).doesNotContain("Other Person");
    }

    private String escalate(String reference, String mission) {
        String taskId = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        escalationActions.escalate(new EscalationService.Escalation((UUID) driver.caseRow(reference).get("id"), mission,
                reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, taskId, 1, Instant.now().minus(Duration.ofHours(3))));
        return reference;
    }
}
