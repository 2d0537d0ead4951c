package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hrdcasework.Database;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Filing a threat report on a phone-sized screen (360 px) in a real Chromium, with keyboard and
 * mouse as a case officer at a walk-in would: no sideways scrolling, big touch targets, an invalid
 * report first (the error summary takes the focus), then a valid one that lands on the new case.
 */
class IntakeBrowserTests extends ProcessTestSupport {

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(360, 780));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCaseOfficerFilesAThreatReportOnAPhone() {
        HeadlessChromium.signIn(browser, port, "officer.alpha"); // typed, then Enter
        assertThat(script("return window.innerWidth")).isEqualTo(360L);
        browser.findElement(By.id("link-file-report")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> d.getCurrentUrl().endsWith("/cases/new"));
        assertFitsThePhone();
        long casesBefore = new Database(jdbc).counts().cases();

        // The only mission of the officer is chosen already; the threat type is forgotten.
        assertThat(new Select(browser.findElement(By.id("mission"))).getFirstSelectedOption().getText()).isEqualTo("mission-alpha");
        browser.findElement(By.id("defender-fullName")).click();
        browser.switchTo().activeElement().sendKeys("Amina Phonetest", Keys.TAB, "+000 555 0199");
        browser.findElement(By.id("threat-description")).sendKeys("Threatened by phone after the march");
        typeDate(browser.findElement(By.id("threat-occurredOn")), "2026", "11", "20");
        new Select(browser.findElement(By.id("channel"))).selectByVisibleText("Walk-in at the mission");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        WebElement summary = wait.until(d -> d.findElements(By.cssSelector(".govuk-error-summary")).stream().findFirst().orElse(null));
        assertThat(summary.getText()).contains("There is a problem", "Type of threat is required");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(d -> (Boolean) script("return document.activeElement.classList.contains('govuk-error-summary')"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("focus on " + script("return document.activeElement.outerHTML.substring(0, 200) "
                    + "+ ' hasFocus=' + document.hasFocus() + ' body=' + document.body.className")
                    + " console: " + browser.manage().logs().get("browser").getAll(), e);
        }
        assertThat(browser.getTitle()).startsWith("Error: ");
        // The identity is never written back into a page: it is typed again; the rest is kept.
        assertThat(browser.findElement(By.id("defender-fullName")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("threat-description")).getAttribute("value")).isEqualTo("Threatened by phone after the march");
        assertThat(browser.findElement(By.id("threat-occurredOn")).getAttribute("value")).isEqualTo("2026-11-20");
        assertThat(new Database(jdbc).counts().cases()).isEqualTo(casesBefore);
        assertFitsThePhone();

        // The summary's link takes the focus to the field; the keyboard chooses the threat.
        summary.findElement(By.linkText("Type of threat is required")).click();
        wait.until(d -> "threat-type".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.switchTo().activeElement().sendKeys("Death threat");
        assertThat(new Select(browser.findElement(By.id("threat-type"))).getFirstSelectedOption().getText()).isEqualTo("Death threat");
        browser.findElement(By.id("defender-fullName")).click();
        browser.switchTo().activeElement().sendKeys("Amina Phonetest", Keys.TAB, "+000 555 0199");
        browser.findElement(By.id("source")).sendKeys("Walk-in", Keys.ENTER);

        wait.until(d -> d.getCurrentUrl().matches(".*/cases/ALPHA-\\d{4}-\\d{4,6}$"));
        String reference = browser.getCurrentUrl().replaceAll(".*/cases/", "");
        assertThat(new Database(jdbc).counts().cases()).isEqualTo(casesBefore + 1);
        assertThat(jdbc.queryForMap("SELECT threat_type, report_channel FROM casework.case_file WHERE reference = ?", reference))
                .containsEntry("threat_type", "DEATH_THREAT").containsEntry("report_channel", "WALK_IN");
        assertThat(browser.getCurrentUrl()).doesNotContain("Amina");
    }

    /** A date field as Chromium presents it in the browser's locale: the keyboard fills its parts in order. */
    private void typeDate(WebElement field, String year, String month, String day) {
        field.click();
        String pattern = (String) script("return new Intl.DateTimeFormat().formatToParts(new Date(2026, 10, 20))"
                + ".filter(p => p.type !== 'literal').map(p => p.type).join(',')");
        StringBuilder keys = new StringBuilder();
        for (String part : pattern.split(",")) {
            keys.append(switch (part) {
                case "year" -> year;
                case "month" -> month;
                default -> day;
            });
        }
        field.sendKeys(keys.toString());
        assertThat(field.getAttribute("value")).isEqualTo(year + "-" + month + "-" + day);
    }

    /** No sideways scrolling at 360 px, and every field and button at least 40 px high (a touch target). */
    private void assertFitsThePhone() {
        assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
        List<WebElement> targets = browser.findElements(By.cssSelector("main input:not([type=hidden]), main select, main textarea, main button"));
        assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(t.getRect().getHeight()).as(t.getAttribute("id")).isGreaterThanOrEqualTo(40));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
