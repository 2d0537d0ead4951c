package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case page in a real headless Chromium, logged in as the case officer: the case by code name,
 * its consents, and the standing duties about it (its support applications, with the possible
 * duplicate funding flagged).
 */
class CasePageBrowserTests extends ProcessTestSupport {

    @Test
    void theCasePageShowsTheCaseAndItsSupportApplications() throws Exception {
        String reference = driver.verifiedCase(ThreatType.PHYSICAL_ATTACK).getBusinessKey();
        String body = "{\"programme\": \"FLD_PROTECTION_GRANT\", \"purpose\": \"MEDICAL\", \"amountRequested\": 1200, \"currency\": \"EUR\"}";
        assertThat(http.postJson("/api/cases/" + reference + "/support-applications", "officer.alpha", body).statusCode()).isEqualTo(201);
        assertThat(http.postJson("/api/cases/" + reference + "/support-applications", "officer.alpha", body).statusCode()).isEqualTo(201);

        WebDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.signIn(browser, port, "officer.alpha");
            browser.get("http://localhost:" + port + "/cases/" + reference);
            List<WebElement> applications = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> {
                        List<WebElement> items = d.findElements(By.cssSelector("#supportApplications li"));
                        return items.size() == 2 ? items : null;
                    });
            assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("RISK_ASSESSMENT");
            List<String> texts = applications.stream().map(WebElement::getText).toList();
            assertThat(texts).allSatisfy(text -> assertThat(text).contains("Front Line Defenders protection grant", "MEDICAL", "PREPARED"));
            String first = texts.stream().filter(text -> !text.contains("duplicate")).findFirst().orElseThrow();
            assertThat(texts).filteredOn(text -> text.contains("duplicate")).singleElement().asString()
                    .contains("possible duplicate funding of " + first.split(":")[0]);
            assertThat(browser.findElement(By.id("sharesLink")).getAttribute("href")).endsWith("/api/cases/" + reference + "/shares");
        } finally {
            browser.quit();
        }
    }
}
