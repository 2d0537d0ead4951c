package org.hrdcasework.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hrdcasework.Axe;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on every page of ours, as each role sees it and in its error states: no serious or
 * critical finding (WCAG 2.1 A and AA, axe best practices). One browser for the class.
 */
class AccessibilityTests extends ProcessTestSupport {

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSignInPageBlankAndAfterAWrongPassword() {
        browser.manage().deleteAllCookies();
        open("/login");
        Axe.assertNoSeriousFindings(browser);
        browser.findElement(By.id("username")).sendKeys("officer.alpha");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
    }

    @Test
    void theWorkspaceAndTheErrorPagesOfEachRole() {
        for (String user : new String[] {"officer.alpha", "supervisor.alpha", "hq.desk", "designer", "admin"}) {
            HeadlessChromium.signIn(browser, port, user);
            open("/");
            Axe.assertNoSeriousFindings(browser);
        }
        open("/no-such-page");
        Axe.assertNoSeriousFindings(browser);
    }

    /** The check can fail: an image without a text alternative on the sign-in page is found and named. */
    @Test
    void theCheckFindsAnImageWithoutAlternativeText() {
        browser.manage().deleteAllCookies();
        open("/login");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')");
        assertThat(Axe.check(browser)).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("image-alt");
            assertThat(finding.impact()).isEqualTo("critical");
            assertThat(finding.elements()).containsExactly("img");
        });
        assertThatThrownBy(() -> Axe.assertNoSeriousFindings(browser)).hasMessageContaining("image-alt");
    }

    /** The case file (summary, open tasks, actions, timeline, reveal form), its reveal error state, a reveal and a case not found. */
    @Test
    void theCaseFileAndItsRevealError() {
        String reference = driver.caseWithActions(org.hrdcasework.cases.CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE")
                .getBusinessKey();
        HeadlessChromium.signIn(browser, port, "officer.alpha");
        open("/cases/" + reference);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#timeline tbody tr")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
        browser.findElement(By.id("reveal-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
        browser.findElement(By.id("reason")).sendKeys("Arranging a custody visit for the defender");
        browser.findElement(By.id("reveal-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("identity")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
        open("/cases/ALPHA-2099-9999");
        Axe.assertNoSeriousFindings(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The caseload with its filters, rows and page links, and the same page refusing a filter (400). */
    @Test
    void theCaseloadPageAndItsRefusedFilter() {
        driver.fileReport(org.hrdcasework.cases.ThreatType.ARREST);
        HeadlessChromium.signIn(browser, port, "hq.desk");
        open("/cases");
        assertThat(browser.findElements(By.cssSelector("#caseload tbody tr"))).isNotEmpty();
        Axe.assertNoSeriousFindings(browser);
        open("/cases?tier=9&openedFrom=notadate");
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
        Axe.assertNoSeriousFindings(browser);
    }

    /** The deadline overview and escalation board, and the same page refusing a page number (400). */
    @Test
    void theEscalationsPageAndItsRefusedPageNumber() {
        HeadlessChromium.signIn(browser, port, "supervisor.alpha");
        open("/escalations");
        assertThat(browser.findElements(By.id("overview"))).hasSize(1);
        Axe.assertNoSeriousFindings(browser);
        open("/escalations?page=abc");
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
        Axe.assertNoSeriousFindings(browser);
    }

    /** The hearing calendar with a hearing, and after a postponement sent without its date (400), clicked as a person would. */
    @Test
    void theHearingCalendarAndItsRefusedPostponement() {
        String reference = driver.caseWithActions(org.hrdcasework.cases.CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"),
                "TRIAL_OBSERVATION").getBusinessKey();
        driver.complete(reference, org.hrdcasework.actions.ActionProcesses.TASK_RECORD_HEARING, "officer.alpha",
                java.util.Map.of("hearingDate", java.time.LocalDate.now().plusDays(20).toString()));
        HeadlessChromium.signIn(browser, port, "officer.alpha");
        open("/hearings");
        assertThat(browser.findElements(By.cssSelector("#calendar tbody tr"))).isNotEmpty();
        Axe.assertNoSeriousFindings(browser);
        browser.findElements(By.cssSelector("#calendar tbody tr")).stream()
                .filter(row -> row.getText().contains(reference)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("postponedTo");
        Axe.assertNoSeriousFindings(browser);
    }

    // The form pages outside a task (system/web/FormPage): blank, then after an empty or invalid post.

    @Test
    void theThreatReportIntakeBlankAndWithErrors() {
        formPageAndItsErrors("officer.alpha", "/cases/new");
    }

    @Test
    void theFurtherReportFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/cases/" + reference + "/reports/new");
    }

    @Test
    void theSituationChangeFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/situation-changes/new?case=" + reference);
    }

    @Test
    void theConsentWithdrawalFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/consent-withdrawals/new?case=" + reference);
    }

    @Test
    void theLivingPlanFormsBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/action-additions/new?case=" + reference);
        formPageAndItsErrors("officer.alpha", "/action-stops/new?case=" + reference);
        formPageAndItsErrors("officer.alpha", "/closures/new?case=" + reference);
    }

    @Test
    void theSupportApplicationFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/support-applications/new?case=" + reference);
    }

    @Test
    void theShareFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/shares/new?case=" + reference);
    }

    @Test
    void theUnReferralFormBlankAndWithErrors() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        formPageAndItsErrors("officer.alpha", "/un-referrals/new?case=" + reference);
    }

    @Test
    void theRelationshipFormBlankAndWithErrors() {
        formPageAndItsErrors("officer.alpha", "/relationship/new");
    }

    @Test
    void theEngagementFormBlankAndWithErrors() {
        formPageAndItsErrors("ambassador.alpha", "/engagements/new");
    }

    @Test
    void theAnnualMeetingFormBlankAndWithErrors() {
        formPageAndItsErrors("supervisor.alpha", "/annual-meetings/new");
    }

    @Test
    void theWorkspaceWithAConfirmationAndTheFormErrorPages() {
        HeadlessChromium.signIn(browser, port, "ambassador.alpha");
        open("/engagements/new");
        browser.findElement(By.id("kind")).sendKeys("Visit");
        browser.findElement(By.id("visitorLevel")).sendKeys("Minister");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('scheduledOn').value = arguments[0]",
                java.time.LocalDate.now().plusDays(60).toString());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("confirmation")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
        open("/situation-changes/new?case=BETA-2026-0001");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        Axe.assertNoSeriousFindings(browser);
    }

    private void formPageAndItsErrors(String user, String path) {
        HeadlessChromium.signIn(browser, port, user);
        open(path);
        assertThat(browser.findElements(By.cssSelector("main form"))).isNotEmpty();
        Axe.assertNoSeriousFindings(browser);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        Axe.assertNoSeriousFindings(browser);
    }
}
