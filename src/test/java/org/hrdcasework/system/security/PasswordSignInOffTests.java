package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.hrdcasework.Http;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.SessionClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code HRD_PASSWORD_LOGIN=false}: only the identity provider signs people in. One application of its
 * own (demo profile, so that password accounts exist and could be tried), started once for the class,
 * which also checks the bearer tokens' audience ({@code hrd.oidc.audience}).
 */
@Tag("own-application")
class PasswordSignInOffTests {

    @TempDir
    static Path dataDirectory;
    static ConfigurableApplicationContext application;
    static int port;

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo").run(
                "--hrd.data-directory=" + dataDirectory, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true", "--hrd.demo.sample-cases=false",
                "--hrd.reporting.start-cycles-at-startup=false", "--spring.mail.host=",
                "--hrd.password-login=false", "--hrd.oidc.issuer-uri=" + TestIdentityProvider.issuer(),
                "--hrd.oidc.client-id=" + TestIdentityProvider.WEB_CLIENT,
                "--hrd.oidc.client-secret=" + TestIdentityProvider.WEB_SECRET,
                // The provider of the tests names the client in a client credentials token's audience.
                "--hrd.oidc.audience=alpha-robot");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
        TestIdentityProvider.redirectTo("http://127.0.0.1:" + port + "/login/oauth2/code/ministry");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void theSignInPageOffersOnlyTheProviderAndItsPostSignsNobodyIn() {
        SessionClient browser = new SessionClient(new Http(port));
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/oauth2/authorization/ministry\"").doesNotContain("name=\"password\"");
        HttpResponse<String> posted = browser.postForm("/login", "username=officer.alpha&password=" + Http.DEMO_PASSWORD
                + "&_csrf=" + csrfCookie(browser));
        assertThat(posted.statusCode()).isNotIn(200, 302);
        assertThat(browser.getJson("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void basicCredentialsAreRefusedAndBearerTokensTaken() throws Exception {
        Http http = new Http(port);
        for (String path : List.of("/api/cases", "/engine-rest/task", "/v3/api-docs")) {
            HttpResponse<String> basic = http.get(path, "officer.alpha");
            assertThat(basic.statusCode()).as(path).isEqualTo(401);
            assertThat(basic.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        TestIdentityProvider.claims("alpha-robot", List.of("mission-alpha:case-officers"));
        String token = ProviderSignIn.clientCredentialsToken("alpha-robot");
        assertThat(http.send(http.request("/api/cases", null).header("Authorization", "Bearer " + token).GET().build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aBearerTokenForAnotherAudienceIsRefused() throws Exception {
        Http http = new Http(port);
        TestIdentityProvider.claims("idle-robot", List.of("mission-alpha:case-officers"));
        String otherAudience = ProviderSignIn.clientCredentialsToken("idle-robot");
        HttpResponse<String> refused = http.send(http.request("/api/cases", null)
                .header("Authorization", "Bearer " + otherAudience).GET().build());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void theProvidersSignInOpensOurPagesAndApi() {
        TestIdentityProvider.claims("omar.sso", List.of("mission-alpha:case-officers"));
        SessionClient browser = new SessionClient(new Http("http://127.0.0.1:" + port));
        HttpResponse<String> back = ProviderSignIn.signIn(browser, "omar.sso");
        assertThat(back.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        // (Tasklist with that session: SingleSignOnTests; this application's engine has a name of its own.)
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.getJson("/api/cases").statusCode()).isEqualTo(200);
    }

    private static String csrfCookie(SessionClient browser) {
        for (String pair : browser.cookieHeader().split("; ")) {
            if (pair.startsWith(SessionClient.CSRF_COOKIE + "=")) {
                return pair.substring(SessionClient.CSRF_COOKIE.length() + 1);
            }
        }
        return "";
    }
}
