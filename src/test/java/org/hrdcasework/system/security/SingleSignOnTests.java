package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on against a real OpenID provider ({@link TestIdentityProvider}, Spring Authorization
 * Server in this JVM): the browser's whole redirect flow over HTTP (our sign-in, the provider's sign-in
 * form, the code's return), the engine's user kept in step with the claim at each sign-in, and bearer
 * tokens on {@code /api} and {@code /engine-rest}.
 */
@CaseworkIntegrationTest
class SingleSignOnTests {

    private static final String ALPHA_OFFICER = "mission-alpha:case-officers";
    private static final String BETA_OFFICER = "mission-beta:case-officers";

    private final ObjectMapper json = new ObjectMapper();
    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    Http http;
    /** The application at the loopback address the provider lets clients return to on any port. */
    Http app;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        app = new Http("http://127.0.0.1:" + port);
        TestIdentityProvider.redirectTo("http://127.0.0.1:" + port + "/login/oauth2/code/ministry");
    }

    @Test
    void aSignInKeepsTheEnginesMembershipsInStepWithTheClaimAndRemovesWhatItNoLongerGrants() throws Exception {
        TestIdentityProvider.claims("nadia.sso", List.of(ALPHA_OFFICER, BETA_OFFICER, "mission-beta:supervisors"));
        SessionClient first = signInThroughTheProvider("nadia.sso");
        assertThat(missionsOf("nadia.sso")).containsExactlyInAnyOrder("mission-alpha", "mission-beta");
        assertThat(groupsOf("nadia.sso")).containsExactlyInAnyOrder("case-officers", "supervisors");
        assertThat(identityService.createUserQuery().userId("nadia.sso").singleResult().getPassword()).isNull();
        String betaCase = fileCase("officer.beta", "mission-beta");
        assertThat(referencesIn(first.getJson("/api/cases?q=" + betaCase))).contains(betaCase);

        TestIdentityProvider.claims("nadia.sso", List.of(ALPHA_OFFICER));
        SessionClient second = signInThroughTheProvider("nadia.sso");
        assertThat(missionsOf("nadia.sso")).containsExactly("mission-alpha");
        assertThat(groupsOf("nadia.sso")).containsExactly("case-officers");
        assertThat(missionsIn(second.getJson("/api/cases?limit=200"))).containsOnly("mission-alpha");
        assertThat(referencesIn(second.getJson("/api/cases?q=" + betaCase))).isEmpty();
    }

    @Test
    void theWebappsTakeTheSessionOfASingleSignOnWithoutAnotherSignIn() throws Exception {
        TestIdentityProvider.claims("tariq.sso", List.of(ALPHA_OFFICER));
        SessionClient browser = signInThroughTheProvider("tariq.sso");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> webappUser = browser.getJson("/camunda/api/admin/auth/user/default");
        assertThat(webappUser.statusCode()).isEqualTo(200);
        JsonNode user = json.readTree(webappUser.body());
        assertThat(user.get("userId").asText()).isEqualTo("tariq.sso");
        assertThat(user.get("authorizedApps").toString()).contains("tasklist");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonWithoutAMissionClaimSeesNothingAndUnknownValuesGrantNothing() throws Exception {
        fileCase("officer.alpha", "mission-alpha");
        TestIdentityProvider.claims("ines.sso", List.of("mission-gamma:case-officers", "mission-alpha:janitors",
                "other-application-admins"));
        SessionClient browser = signInThroughTheProvider("ines.sso");
        assertThat(missionsOf("ines.sso")).isEmpty();
        assertThat(groupsOf("ines.sso")).isEmpty();
        HttpResponse<String> caseload = browser.getJson("/api/cases");
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertThat(json.readTree(caseload.body())).isEmpty();
        assertThat(caseload.headers().firstValue("X-Total-Count")).contains("0");
        // Tasklist is for staff roles: without one the webapp does not open.
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anEngineAccountWithAPasswordIsNotTakenOverBySingleSignOn() {
        TestIdentityProvider.claims("officer.beta", List.of(ALPHA_OFFICER));
        SessionClient browser = new SessionClient(app);
        HttpResponse<String> back = ProviderSignIn.signIn(browser, "officer.beta");
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=sso");
        assertThat(missionsOf("officer.beta")).containsExactly("mission-beta");
        assertThat(browser.get("/login?error=sso").body()).contains("Signing in with the test provider did not succeed");
    }

    @Test
    void theSignInPageOffersTheProvider() {
        HttpResponse<String> page = new SessionClient(app).get("/login");
        assertThat(page.body()).contains("href=\"/oauth2/authorization/ministry\"").contains("Sign in with the test provider")
                .contains("name=\"password\"");
    }

    @Test
    void aBearerTokenWithAnAlphaOfficerClaimReadsAlphasCaseloadAndNotBetas() throws Exception {
        String alphaCase = fileCase("officer.alpha", "mission-alpha");
        String betaCase = fileCase("officer.beta", "mission-beta");
        TestIdentityProvider.claims("alpha-robot", List.of(ALPHA_OFFICER));
        String token = clientCredentialsToken("alpha-robot");

        assertThat(referencesIn(bearer("/api/cases?q=" + alphaCase, token))).contains(alphaCase);
        assertThat(referencesIn(bearer("/api/cases?q=" + betaCase, token))).isEmpty();
        assertThat(missionsIn(bearer("/api/cases?limit=200", token))).containsOnly("mission-alpha");
        assertThat(bearer("/api/cases/" + alphaCase, token).statusCode()).isEqualTo(200);
        assertThat(bearer("/api/cases/" + betaCase, token).statusCode()).isIn(403, 404);
        // The engine REST API applies the same missions and role: Alpha's open tasks, none of Beta's.
        assertThat(tasksOf(alphaCase, token)).isNotEmpty();
        assertThat(tasksOf(betaCase, token)).isEmpty();
        assertThat(tasksOf(betaCase, clientCredentialsToken("alpha-robot"))).isEmpty();
        // No engine user is made for a machine client.
        assertThat(identityService.createUserQuery().userId("alpha-robot").count()).isZero();
    }

    @Test
    void aBearerTokenWithoutAMissionClaimSeesNothing() throws Exception {
        fileCase("officer.alpha", "mission-alpha");
        TestIdentityProvider.claims("idle-robot", List.of());
        HttpResponse<String> caseload = bearer("/api/cases", clientCredentialsToken("idle-robot"));
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertThat(json.readTree(caseload.body())).isEmpty();
    }

    @Test
    void anExpiredOrForeignTokenIsRefused() throws Exception {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = TestIdentityProvider.signedToken("stray-robot", List.of(ALPHA_OFFICER), anHourAgo,
                anHourAgo.plus(Duration.ofMinutes(5)));
        String foreign = TestIdentityProvider.tokenSignedByAnotherKey("stray-robot", List.of(ALPHA_OFFICER));
        String valid = TestIdentityProvider.signedToken("stray-robot", List.of(ALPHA_OFFICER), Instant.now(),
                Instant.now().plus(Duration.ofMinutes(5)));
        for (String path : List.of("/api/cases", "/engine-rest/task")) {
            for (String token : List.of(expired, foreign, "not-a-jwt")) {
                HttpResponse<String> refused = bearer(path, token);
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            }
            assertThat(bearer(path, valid).statusCode()).as(path).isEqualTo(200);
        }
    }

    // --- the browser's way through the provider

    /** Signs in through the provider as a browser does and ends on our start page, signed in. */
    private SessionClient signInThroughTheProvider(String person) {
        SessionClient browser = new SessionClient(app);
        HttpResponse<String> back = ProviderSignIn.signIn(browser, person);
        assertThat(back.statusCode()).as("return from the provider").isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).as("return from the provider").doesNotContain("/login");
        return browser;
    }

    // --- machine clients

    private String clientCredentialsToken(String client) throws Exception {
        return ProviderSignIn.clientCredentialsToken(client);
    }

    private HttpResponse<String> bearer(String path, String token) {
        return http.send(http.request(path, null).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
    }

    // --- what the engine and the API say

    private JsonNode tasksOf(String reference, String token) throws Exception {
        HttpResponse<String> tasks = bearer("/engine-rest/task?processInstanceBusinessKey=" + reference, token);
        assertThat(tasks.statusCode()).isEqualTo(200);
        return json.readTree(tasks.body());
    }

    private List<String> missionsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).list().stream().map(Tenant::getId).toList();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private String fileCase(String officer, String mission) throws Exception {
        HttpResponse<String> created = http.postJson("/api/cases", officer, ThreatReports.valid(mission));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("reference").asText();
    }

    private List<String> referencesIn(HttpResponse<String> caseload) throws Exception {
        assertThat(caseload.statusCode()).isEqualTo(200);
        return json.readTree(caseload.body()).findValuesAsText("reference");
    }

    private List<String> missionsIn(HttpResponse<String> caseload) throws Exception {
        assertThat(caseload.statusCode()).isEqualTo(200);
        return json.readTree(caseload.body()).findValuesAsText("mission");
    }
}
