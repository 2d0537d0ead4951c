package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalations page in a real headless Chromium (Debian chromium and chromium-driver, which
 * .ci/run installs), signed in as supervisor.alpha: mission Alpha's escalations, not Beta's, and
 * from a row into Tasklist's "Handle escalation" task.
 */
class EscalationBoardBrowserTests extends ProcessTestSupport {

    @Autowired
    EscalationEngine escalationActions;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
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

        HeadlessChromium.signIn(browser, port, "supervisor.alpha");
        browser.get("http://localhost:" + port + "/escalations");

        WebElement row = rowOf(alpha);
        assertThat(row.getText()).contains("Verify report").contains("Level 1 (supervisors)")
                .doesNotContain(CaseOfConcernProcess.TASK_VERIFY_REPORT).doesNotContain("Other Person");
        browser.get("http://localhost:" + port + "/escalations");
        assertThat(allReferences()).doesNotContain(beta);
    }

    @Test
    void aSupervisorFollowsARowIntoTasklistsHandleEscalationTask() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, verify.getId()).singleResult();
        Job timer = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
        String handling = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(EscalationProcesses.TASK_HANDLE_ESCALATION).singleResult().getId();

        HeadlessChromium.signIn(browser, port, "supervisor.alpha");
        browser.get("http://localhost:" + port + "/escalations");
        rowOf(reference).findElement(By.cssSelector("a.app-tasklist-link")).click();

        wait(d -> URI.create(d.getCurrentUrl()).getPath().equals("/camunda/app/tasklist/default/"));
        assertThat(browser.getCurrentUrl()).endsWith("#/?task=" + handling);
        // Tasklist's task column (not its list) shows the task the link named.
        wait(d -> d.findElements(By.cssSelector(".task-details .names h2.task")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().trim().equals("Handle escalation")));

        // Handled there: claimed with the mouse; Tasklist's notice of the claim lies over the form for a
        // moment, so "acknowledge" is chosen (Space) and the task completed (Enter) with the keyboard.
        List<WebElement> claim = browser.findElements(By.cssSelector(".task-details a.claim, .task-details button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
        }
        wait(d -> d.findElements(By.cssSelector(".fjs-form-field-radio input[type=radio]")).stream()
                .anyMatch(WebElement::isEnabled));
        browser.findElements(By.cssSelector(".fjs-form-field-radio input[type=radio]")).get(0).sendKeys(Keys.SPACE);
        wait(d -> d.findElements(By.xpath("//button[normalize-space()='Complete']")).stream()
                .anyMatch(b -> b.isDisplayed() && b.isEnabled()));
        browser.findElements(By.xpath("//button[normalize-space()='Complete']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().sendKeys(Keys.ENTER);
        wait(d -> taskService.createTaskQuery().taskId(handling).count() == 0);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(handling).singleResult().getAssignee())
                .isEqualTo("supervisor.alpha");
    }

    /** The row of a case on the board, paging on with "Next page" as a person would until it is found. */
    private WebElement rowOf(String reference) {
        for (int page = 0; page < 200; page++) {
            wait(d -> !d.findElements(By.id("board")).isEmpty() || !d.findElements(By.id("no-escalations")).isEmpty());
            for (WebElement row : browser.findElements(By.cssSelector("#board tbody tr"))) {
                if (row.findElements(By.cssSelector("th a")).stream().anyMatch(a -> a.getText().equals(reference))) {
                    return row;
                }
            }
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel=next]"));
            assertThat(next).as("a row of %s on the board", reference).isNotEmpty();
            String before = browser.getCurrentUrl();
            next.get(0).click();
            wait(d -> !d.getCurrentUrl().equals(before));
        }
        throw new AssertionError("no row of " + reference);
    }

    private List<String> allReferences() {
        List<String> references = new java.util.ArrayList<>();
        for (int page = 0; page < 200; page++) {
            wait(d -> !d.findElements(By.id("board")).isEmpty() || !d.findElements(By.id("no-escalations")).isEmpty());
            browser.findElements(By.cssSelector("#board tbody tr th")).forEach(cell -> references.add(cell.getText()));
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                return references;
            }
            String before = browser.getCurrentUrl();
            next.get(0).click();
            wait(d -> !d.getCurrentUrl().equals(before));
        }
        throw new AssertionError("more than 200 pages");
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
    }

    private String escalate(String reference, String mission) {
        String taskId = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        escalationActions.escalate(new EscalationService.Escalation((UUID) driver.caseRow(reference).get("id"), mission,
                reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, taskId, 1, Instant.now().minus(Duration.ofHours(3))));
        return reference;
    }
}
