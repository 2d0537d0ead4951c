package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.Http;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * Swagger UI in a real browser: reached through the sign-in page, it renders the operations of
 * {@code /api} under its own Content-Security-Policy without a violation, and its "Try it out"
 * writes carry a CSRF token that {@code /api} accepts.
 */
class ApiReferenceBrowserTests extends ProcessTestSupport {

    @Test
    void aSignedInUserBrowsesTheApiReferenceAndTriesAWrite() throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://localhost:" + port + "/swagger-ui.html");
            HeadlessChromium.waitFor(browser, d -> HeadlessChromium.path(d).equals("/login"));
            browser.findElement(By.id("username")).sendKeys("officer.alpha", Keys.TAB);
            browser.switchTo().activeElement().sendKeys(Http.DEMO_PASSWORD, Keys.ENTER);
            // Back to the page asked for before signing in.
            HeadlessChromium.waitFor(browser, d -> HeadlessChromium.path(d).equals("/swagger-ui/index.html"));
            HeadlessChromium.waitFor(browser, d -> d.findElements(By.cssSelector(".opblock")).size() > 50);
            assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("hrd-casework API");

            // What "Try it out" sends: Swagger UI's request interceptor adds the session's CSRF token.
            Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const request = window.ui.getConfigs().requestInterceptor(
                        {url: '/api/cases', method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'});
                    fetch(request.url, {method: 'POST', headers: request.headers, body: request.body, credentials: 'same-origin'})
                        .then(r => done(r.status), e => done(String(e)));
                    """);
            // 400 (the body is invalid), not 403 (CSRF token missing) nor 401.
            assertThat(status).isEqualTo(400L);

            List<String> violations = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
            assertThat(violations).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
