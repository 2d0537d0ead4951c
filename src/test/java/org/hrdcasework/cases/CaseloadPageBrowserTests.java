package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.Http;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The caseload page in a real headless Chromium, as a supervisor uses it: signs in with the
 * keyboard, filters with the form, pages on, and opens a case from its reference.
 */
class CaseloadPageBrowserTests extends ProcessTestSupport {

    @Test
    void aSupervisorFiltersPagesAndOpensACase() throws Exception {
        List<String> tier1 = new ArrayList<>();
        for (int i = 0; i < CaseloadPageController.PAGE_SIZE + 1; i++) {
            tier1.add(place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), LocalDate.of(1954, 1, 1).plusDays(i)));
        }
        String tier2 = place(driver.fileReport(ThreatType.SURVEILLANCE).getBusinessKey(), LocalDate.of(1954, 2, 1));

        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys("supervisor.alpha", Keys.TAB);
            browser.switchTo().activeElement().sendKeys(Http.DEMO_PASSWORD, Keys.ENTER);
            HeadlessChromium.waitFor(browser, d -> !HeadlessChromium.path(d).equals("/login"));

            browser.get("http://localhost:" + port + "/cases");
            browser.findElement(By.id("openedFrom")).sendKeys("01011954");
            browser.findElement(By.id("openedTo")).sendKeys("12311954");
            new Select(browser.findElement(By.id("tier"))).selectByVisibleText("Tier 1 (most urgent)");
            browser.findElement(By.id("apply-filters")).click();

            HeadlessChromium.waitFor(browser, d -> d.getCurrentUrl().contains("tier=1"));
            assertThat(browser.getCurrentUrl()).contains("openedFrom=1954-01-01").contains("openedTo=1954-12-31");
            assertThat(references(browser)).containsExactlyElementsOf(tier1.subList(0, CaseloadPageController.PAGE_SIZE));
            assertThat(browser.findElement(By.cssSelector(".app-pagination__position")).getText()).isEqualTo("Page 1 of 2");
            assertThat(new Select(browser.findElement(By.id("tier"))).getFirstSelectedOption().getText())
                    .isEqualTo("Tier 1 (most urgent)");

            browser.findElement(By.cssSelector("a[rel=next]")).click();
            HeadlessChromium.waitFor(browser, d -> d.getCurrentUrl().contains("page=2"));
            assertThat(browser.getCurrentUrl()).contains("openedFrom=1954-01-01").contains("tier=1");
            String last = tier1.get(CaseloadPageController.PAGE_SIZE);
            assertThat(references(browser)).containsExactly(last).doesNotContain(tier2);

            browser.findElement(By.linkText(last)).click();
            HeadlessChromium.waitFor(browser, d -> HeadlessChromium.path(d).equals("/cases/" + last));
        } finally {
            browser.quit();
        }
    }

    private static List<String> references(WebDriver browser) {
        return browser.findElements(By.cssSelector("#caseload tbody th a")).stream().map(WebElement::getText).toList();
    }

    private String place(String reference, LocalDate day) {
        jdbc.update("UPDATE casework.case_file SET created_at = ?, threat_occurred_on = ? WHERE reference = ?",
                Timestamp.from(Instant.parse(day + "T12:00:00Z")), day, reference);
        return reference;
    }
}
