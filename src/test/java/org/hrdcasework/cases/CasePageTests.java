package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case file page behind login, with its reveal form and a strict content security policy. */
@CaseworkIntegrationTest
class CasePageTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theCasePageNeedsALoginAndCarriesTheRevealForm() {
        assertThat(http.get("/cases/ALPHA-2026-0001", null).headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(http.get("/case.js", null).headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> page = SessionClient.signedIn(http, "officer.alpha").get("/cases/ALPHA-2026-0001");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"revealForm\"").contains("src=\"/case.js\"").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void thePageWritesCaseTextAsTextNeverAsHtml() {
        String script = SessionClient.signedIn(http, "officer.alpha").get("/case.js").body();
        assertThat(script).contains("textContent").doesNotContain("innerHTML").doesNotContain("outerHTML");
    }
}
