package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * One sign-in for the whole product: the sign-in page, its session on our pages, on {@code /api}
 * from those pages (with the CSRF token) and in the webapps, logout from either side, the idle
 * timeout; HTTP Basic clients unchanged; no Basic challenge anywhere.
 */
@CaseworkIntegrationTest
class SignInTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Spring Session's cookie; its value is the base64 of the session id. */
    private static final String SESSION_COOKIE = "SESSION";
    private static final String TASKS = "/camunda/api/engine/engine/default/task";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theSignInPageIsAnAccessibleFormWithItsCsrfToken() {
        HttpResponse<String> page = new SessionClient(http).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<label class=\"govuk-label\" for=\"username\">User name</label>")
                .contains("<label class=\"govuk-label\" for=\"password\">Password</label>")
                .contains("autocomplete=\"username\"")
                .contains("autocomplete=\"current-password\"")
                .contains("action=\"/login\" method=\"post\"")
                .contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
                .doesNotContain("govuk-error-summary")
                .doesNotContain("<script>").doesNotContain(" style=");
        assertThat(SessionClient.hiddenCsrf(page.body())).isNotBlank();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(SessionClient.CSRF_COOKIE + "=")
                && c.contains("SameSite=Strict"));
        // What the page loads answers without a session.
        for (String asset : new String[] {"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js", "/css/layout.css", "/js/layout.js"}) {
            assertThat(http.get(asset, null).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordShowsTheSamePageWithAnErrorLinkedToTheFieldAndSignsNobodyIn() {
        SessionClient browser = new SessionClient(http);
        HttpResponse<String> unknownUser = browser.signIn("nobody.known", "wrong-password");
        assertThat(unknownUser.statusCode()).isEqualTo(302);
        assertThat(unknownUser.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=credentials");
        HttpResponse<String> page = browser.get("/login?error=credentials");
        assertThat(page.body()).contains("class=\"govuk-error-summary\"").contains("href=\"#username\"")
                .contains("The user name or password is not right").contains("aria-describedby=\"username-error\"");
        assertThat(browser.get("/").statusCode()).as("nobody signed in").isEqualTo(302);

        // A wrong password for a real user answers exactly the same (no user enumeration).
        SessionClient other = new SessionClient(http);
        HttpResponse<String> wrongPassword = other.signIn("hq.desk", "wrong-password");
        identityService.unlockUser("hq.desk");
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=credentials");
    }

    @ParameterizedTest(name = "user \"{0}\", password \"{1}\" -> error {2} linked to #{3}")
    @CsvSource({"'', demo, username, username", "officer.alpha, '', password, password"})
    void anEmptyFieldIsNamed(String user, String password, String error, String field) {
        SessionClient browser = new SessionClient(http);
        HttpResponse<String> response = browser.signIn(user, password);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=" + error);
        HttpResponse<String> page = browser.get("/login?error=" + error);
        assertThat(page.body()).contains("href=\"#" + field + "\"").contains("id=\"" + field + "-error\"");
    }

    @Test
    void anUnknownErrorInTheAddressIsNeitherShownNorEchoed() {
        HttpResponse<String> page = http.get("/login?error=%3Cscript%3Ealert(1)%3C/script%3E", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("govuk-error-summary").doesNotContain("alert(1)");
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() {
        SessionClient browser = new SessionClient(http);
        browser.get("/login");
        HttpResponse<String> forged = browser.postForm("/login", "username=officer.alpha&password=demo");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInGoesToTheSavedPageInANewSession() {
        SessionClient browser = new SessionClient(http);
        HttpResponse<String> asked = browser.get("/escalations");
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String sessionBefore = browser.cookie(SESSION_COOKIE);
        assertThat(sessionBefore).as("the saved page lives in a session").isNotNull();

        HttpResponse<String> signedIn = browser.signIn("supervisor.alpha", Http.DEMO_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/escalations");
        assertThat(browser.cookie(SESSION_COOKIE)).as("session fixation: a new session at sign-in").isNotEqualTo(sessionBefore);
        assertThat(browser.get("/escalations").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutASavedPageSigningInOpensTheWorkspaceWithWhatTheRolesOpen() {
        SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");
        HttpResponse<String> workspace = supervisor.get("/");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("Signed in as supervisor.alpha").contains("href=\"/camunda/app/tasklist/\"")
                .contains("href=\"/escalations\"").contains("href=\"/camunda/app/cockpit/\"").doesNotContain("/camunda/app/admin/")
                .contains("action=\"/logout\"");

        String officer = SessionClient.signedIn(http, "officer.alpha").get("/").body();
        assertThat(officer).contains("href=\"/camunda/app/tasklist/\"").doesNotContain("href=\"/escalations\"")
                .doesNotContain("/camunda/app/cockpit/");
        String designer = SessionClient.signedIn(http, "designer").get("/").body();
        assertThat(designer).contains("href=\"/camunda/app/cockpit/\"").doesNotContain("/camunda/app/tasklist/");
        assertThat(SessionClient.signedIn(http, "admin").get("/").body()).contains("href=\"/camunda/app/admin/\"");
    }

    @Test
    void aWebappTheRolesDoNotOpenAndAnUnknownPageAnswerWithOurErrorPage() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> cockpit = officer.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body()).contains("You cannot open this page").contains("Signed in as officer.alpha");
        HttpResponse<String> unknown = officer.get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found");
    }

    @Test
    void oneSessionOpensOurPagesOurApiAndTheWebappsWithTheUsersMissions() throws Exception {
        String reference = fileCase();
        SessionClient alpha = SessionClient.signedIn(http, "officer.alpha");
        assertThat(alpha.get("/cases/" + reference).statusCode()).isEqualTo(200);
        assertThat(alpha.getJson("/api/cases/" + reference).statusCode()).isEqualTo(200);
        JsonNode tasks = JSON.readTree(alpha.getJson(TASKS + "?processInstanceBusinessKey=" + reference).body());
        assertThat(tasks).hasSize(1);
        HttpResponse<String> webappUser = alpha.getJson("/camunda/api/admin/auth/user/default");
        assertThat(JSON.readTree(webappUser.body()).get("userId").asText()).isEqualTo("officer.alpha");

        SessionClient beta = SessionClient.signedIn(http, "officer.beta");
        assertThat(beta.getJson("/api/cases/" + reference).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(beta.getJson(TASKS + "?processInstanceBusinessKey=" + reference).body())).isEmpty();
    }

    @Test
    void aSessionWriteToTheApiNeedsTheCsrfTokenAndWritesNothingWithoutIt() throws Exception {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        long cases = jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class);

        HttpResponse<String> forged = officer.postJsonWithoutToken("/api/cases", ThreatReports.valid("mission-alpha"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forged.body()).get("errors").get(0).get("field").asText()).isEqualTo("X-XSRF-TOKEN");
        HttpResponse<String> wrongToken = officer.send(officer.request("/api/cases").header("Content-Type", "application/json")
                .header(SessionClient.CSRF_HEADER, "not-the-token").POST(HttpRequest.BodyPublishers.ofString(
                        ThreatReports.valid("mission-alpha"))).build());
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class)).isEqualTo(cases);

        HttpResponse<String> withToken = officer.postJson("/api/cases", ThreatReports.valid("mission-alpha"));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class)).isEqualTo(cases + 1);
    }

    @Test
    void basicClientsKeepWorkingWithoutSessionOrCsrfToken() throws Exception {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(filed.statusCode()).isEqualTo(201);
        assertThat(filed.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
        String reference = JSON.readTree(filed.body()).get("reference").asText();
        assertThat(http.get("/api/cases/" + reference, "officer.alpha").statusCode()).isEqualTo(200);
        HttpResponse<String> tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + reference, "officer.alpha");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theEngineRestApiTakesBasicCredentialsOnlyNotTheSession() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> response = officer.send(officer.request("/engine-rest/task").GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void wrongBasicCredentialsGetAProblemButNoChallenge() {
        for (String path : new String[] {"/api/cases", "/engine-rest/task"}) {
            HttpResponse<String> response = http.send(http.request(path, null)
                    .header("Authorization", Http.basic("nobody.known", "wrong-password")).GET().build());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).contains("application/problem+json");
        }
    }

    @Test
    void signingOutEndsAccessToOurPagesOurApiAndTheWebapps() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> workspace = officer.get("/");
        assertThat(officer.getJson(TASKS).statusCode()).isEqualTo(200);

        // Without the page's token the sign-out is refused (a cross-site form cannot sign anyone out).
        assertThat(officer.postForm("/logout", "").statusCode()).isEqualTo(403);
        assertThat(officer.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = officer.postForm("/logout", "_csrf=" + SessionClient.hiddenCsrf(workspace.body()));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(officer.get("/login?signedOut").body()).contains("You have signed out.");

        assertThat(officer.get("/").statusCode()).isEqualTo(302);
        assertThat(officer.get("/camunda/app/tasklist/default/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(officer.getJson(TASKS).statusCode()).isEqualTo(401);
        assertThat(officer.getJson("/api/escalations").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsOwnLogOutEndsTheWholeSession() {
        WebappSession tasklist = WebappSession.login(http, "officer.alpha", "tasklist");
        assertThat(tasklist.get(TASKS).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = tasklist.send("POST", "/camunda/api/admin/auth/user/default/logout", null);
        assertThat(logout.statusCode()).isEqualTo(200);

        assertThat(tasklist.get(TASKS).statusCode()).as("not signed straight back in").isEqualTo(401);
        HttpResponse<String> page = http.send(http.request("/", null).header("Cookie", tasklist.cookies()).GET().build());
        assertThat(page.statusCode()).isEqualTo(302);
    }

    @Test
    void theWebappsOwnLoginFormIsNoSecondDoor() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> login = officer.send(officer.request("/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build());
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String id = new String(Base64.getDecoder().decode(officer.cookie(SESSION_COOKIE)), StandardCharsets.US_ASCII);
        Session session = sessions.findById(id);
        assertThat(session).as("the session is kept in PostgreSQL").isNotNull();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));

        // Thirty-one minutes without a request.
        jdbc.update("UPDATE casework.web_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                + " WHERE session_id = ?", Duration.ofMinutes(31).toMillis(), Duration.ofMinutes(31).toMillis(), id);
        assertThat(officer.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(officer.getJson(TASKS).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionInTheDatabaseSoOnEveryNode() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String id = new String(Base64.getDecoder().decode(officer.cookie(SESSION_COOKIE)), StandardCharsets.US_ASCII);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.web_session WHERE session_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT principal_name FROM casework.web_session WHERE session_id = ?",
                String.class, id)).containsExactly("officer.alpha");

        HttpResponse<String> workspace = officer.get("/");
        assertThat(officer.postForm("/logout", "_csrf=" + SessionClient.hiddenCsrf(workspace.body())).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.web_session WHERE session_id = ?", Integer.class, id))
                .isZero();
    }

    private String fileCase() throws Exception {
        HttpResponse<String> created = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).get("reference").asText();
    }
}
