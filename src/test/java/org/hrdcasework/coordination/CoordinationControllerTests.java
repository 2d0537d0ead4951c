package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordination API over HTTP: validation naming fields, roles, mission isolation, audit. */
@CaseworkIntegrationTest
class CoordinationControllerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseDriver driver;
    @Autowired
    Clock clock;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aSharingWithoutValidPartnersIsRefusedNamingTheFieldWithNothingWritten() throws Exception {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        String path = "/api/cases/" + caseReference + "/shares";

        assertBadRequest(http.postJson(path, "officer.alpha", "{\"partners\":[]}"), "partners");
        assertBadRequest(http.postJson(path, "officer.alpha", "{}"), "partners");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"partners\":[null]}"), "partners");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"partners\":[\"not-a-uuid\"]}"), "partners[0]");
        assertBadRequest(http.postJson(path, "officer.alpha",
                "{\"partners\":[\"" + java.util.UUID.randomUUID() + "\"]}"), "partners");
        // A partner of mission Beta cannot receive mission Alpha's case.
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY
                + "\",\"" + CoordinationDemoData.BETA_CANADA + "\"]}"), "partners");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY
                + "\"],\"note\":\"x\"}"), "note");

        assertThat(sharesOfCase(caseReference)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_hi_varinst WHERE name_ = 'caseReference' AND text_ = ? "
                + "AND proc_def_key_ = 'CaseSharing'", Long.class, caseReference)).isZero();
    }

    @Test
    void aUnReferralWithInvalidInputIsRefusedNamingTheFieldWithNothingWritten() throws Exception {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");
        String path = "/api/cases/" + caseReference + "/un-referrals";

        assertBadRequest(http.postJson(path, "officer.alpha", "{\"nhriEngaged\":false}"), "forum");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"forum\":\"SECURITY_COUNCIL\",\"nhriEngaged\":false}"), "forum");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"forum\":\"SPECIAL_PROCEDURE\",\"nhriEngaged\":false}"), "mandate");
        assertBadRequest(http.postJson(path, "officer.alpha",
                "{\"forum\":\"HRC_SESSION\",\"mandate\":\"SR_TORTURE\",\"nhriEngaged\":false}"), "mandate");
        assertBadRequest(http.postJson(path, "officer.alpha", "{\"forum\":\"HRC_SESSION\"}"), "nhriEngaged");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.un_referral r JOIN casework.case_file c "
                + "ON c.id = r.case_id WHERE c.reference = ?", Long.class, caseReference)).isZero();
    }

    @Test
    void aUnReferralIsListedWithItsReplyClockAndARefusedOneIsOnRecord() throws Exception {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");
        HttpResponse<String> created = http.postJson("/api/cases/" + caseReference + "/un-referrals", "officer.alpha",
                "{\"forum\":\"SPECIAL_PROCEDURE\",\"mandate\":\"WG_ARBITRARY_DETENTION\",\"nhriEngaged\":true}");
        assertThat(created.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(created.body()).get("reference").asText();
        assertThat(JSON.readTree(created.body()).get("status").asText()).isEqualTo("PREPARING");
        driver.complete(reference, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMISSION_TEXT, "Communication"));
        driver.complete(reference, CoordinationProcesses.TASK_CLEAR_SUBMISSION, "ambassador.alpha",
                Map.of(CoordinationProcesses.CLEARANCE_DECISION, "CLEARED"));
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, LocalDate.now(clock).toString()));

        JsonNode listed = find(JSON.readTree(http.get("/api/un-referrals", "supervisor.alpha").body()), reference);
        assertThat(listed.get("caseReference").asText()).isEqualTo(caseReference);
        assertThat(listed.get("codeName").asText()).startsWith("HRD-ALPHA-");
        assertThat(listed.get("forum").asText()).isEqualTo("SPECIAL_PROCEDURE");
        assertThat(listed.get("mandate").asText()).isEqualTo("WG_ARBITRARY_DETENTION");
        assertThat(listed.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(listed.get("replyDueOn").asText()).isEqualTo(LocalDate.now(clock).plusDays(60).toString());
        assertThat(listed.get("daysLeft").asInt()).isEqualTo(60);

        String quietCase = caseWithConsent("QUIET", "COORDINATION");
        HttpResponse<String> refused = http.postJson("/api/cases/" + quietCase + "/un-referrals", "officer.alpha",
                "{\"forum\":\"HRC_SESSION\",\"nhriEngaged\":false}");
        assertThat(refused.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(refused.body()).get("status").asText()).isEqualTo("REFUSED_NO_CONSENT");
    }

    @Test
    void missionBetaSeesAndTouchesNothingOfMissionAlpha() throws Exception {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");
        HttpResponse<String> shared = http.postJson("/api/cases/" + caseReference + "/shares", "officer.alpha",
                "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY + "\"]}");
        assertThat(shared.statusCode()).isEqualTo(201);
        String referral = JSON.readTree(http.postJson("/api/cases/" + caseReference + "/un-referrals", "officer.alpha",
                "{\"forum\":\"HRC_SESSION\",\"nhriEngaged\":false}").body()).get("reference").asText();

        assertThat(http.postJson("/api/cases/" + caseReference + "/shares", "officer.beta",
                "{\"partners\":[\"" + CoordinationDemoData.BETA_CANADA + "\"]}").statusCode()).isEqualTo(404);
        assertThat(http.postJson("/api/cases/" + caseReference + "/un-referrals", "officer.beta",
                "{\"forum\":\"HRC_SESSION\",\"nhriEngaged\":false}").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/cases/" + caseReference + "/shares", "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/un-referrals/" + referral, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(references(JSON.readTree(http.get("/api/un-referrals", "officer.beta").body()))).doesNotContain(referral);
        assertThat(references(JSON.readTree(http.get("/api/un-referrals", "officer.alpha").body()))).contains(referral);
        assertThat(JSON.readTree(http.get("/api/partner-missions", "officer.beta").body()))
                .extracting(p -> p.get("missionId").asText()).containsOnly("mission-beta");
        assertThat(JSON.readTree(http.get("/api/partner-missions", "officer.alpha").body()))
                .extracting(p -> p.get("name").asText())
                .contains("Embassy of Norway", "Delegation of the European Union").doesNotContain("Embassy of Canada");
        // The engine's tenant check hides the sharing's task from mission Beta too.
        assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceBusinessKey="
                + JSON.readTree(shared.body()).get("reference").asText(), "officer.beta").body())).isEmpty();
        assertThat(sharesOfCase(caseReference)).isOne();
    }

    @Test
    void onlyCaseOfficersAndSupervisorsStartSharingsAndReferrals() {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");

        HttpResponse<String> hq = http.postJson("/api/cases/" + caseReference + "/shares", "hq.desk",
                "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY + "\"]}");
        assertThat(hq.statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/cases/" + caseReference + "/un-referrals", "ambassador.alpha",
                "{\"forum\":\"HRC_SESSION\",\"nhriEngaged\":false}").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/un-referrals", "designer").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/cases/" + caseReference + "/shares", "supervisor.alpha",
                "{\"partners\":[\"" + CoordinationDemoData.ALPHA_EU + "\"]}").statusCode()).isEqualTo(201);
        assertThat(sharesOfCase(caseReference)).isOne();
    }

    @Test
    void sharingOverTheApiIsAuditedOncePerPartner() throws Exception {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        String reference = JSON.readTree(http.postJson("/api/cases/" + caseReference + "/shares", "officer.alpha",
                "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY + "\",\"" + CoordinationDemoData.ALPHA_OHCHR
                        + "\",\"" + CoordinationDemoData.ALPHA_NORWAY + "\"]}").body()).get("reference").asText();
        driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Summary for partners"));
        driver.complete(reference, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "APPROVED", CoordinationProcesses.JOINT_ACTION_PLANNED, "NO"));

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT actor, mission_id, detail FROM casework.audit_event "
                + "WHERE event_type = 'PARTNER_SHARE' AND case_reference = ?", caseReference);
        assertThat(audit).hasSize(2).allSatisfy(row -> assertThat(row)
                .containsEntry("actor", "ambassador.alpha").containsEntry("mission_id", "mission-alpha"));
        assertThat(audit).extracting(row -> (String) row.get("detail"))
                .anyMatch(d -> d.contains("Embassy of Norway")).anyMatch(d -> d.contains("OHCHR country office"));

        JsonNode shares = JSON.readTree(http.get("/api/cases/" + caseReference + "/shares", "officer.alpha").body());
        assertThat(shares.get("shares")).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("status").asText()).isEqualTo("SHARED");
            assertThat(s.get("summary").asText()).isEqualTo("Summary for partners");
        });
    }

    @Test
    void nhriEngagementsAreRecordedForTheCallersMissionAndValidated() throws Exception {
        String caseReference = caseWithConsent("QUIET", "DEMARCHE");
        String institution = "National Human Rights Commission " + java.util.UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = http.postJson("/api/nhri-engagements", "officer.alpha",
                "{\"institution\":\"" + institution + "\",\"parisPrinciplesStatus\":\"A\",\"engagedOn\":\"2026-11-02\","
                        + "\"kind\":\"CASE_REFERRAL\",\"caseReference\":\"" + caseReference + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        JsonNode mine = StreamSupport.stream(JSON.readTree(http.get("/api/nhri-engagements", "supervisor.alpha").body())
                .spliterator(), false).filter(n -> n.get("institution").asText().equals(institution)).findFirst().orElseThrow();
        assertThat(mine.get("missionId").asText()).isEqualTo("mission-alpha");
        assertThat(mine.get("caseReference").asText()).isEqualTo(caseReference);
        assertThat(mine.get("parisPrinciplesStatus").asText()).isEqualTo("A");
        assertThat(StreamSupport.stream(JSON.readTree(http.get("/api/nhri-engagements", "officer.beta").body())
                .spliterator(), false).map(n -> n.get("institution").asText())).doesNotContain(institution);

        String invalid = "Invalid " + institution;
        assertBadRequest(http.postJson("/api/nhri-engagements", "officer.alpha", "{\"institution\":\"" + invalid
                + "\",\"parisPrinciplesStatus\":\"C\",\"engagedOn\":\"2026-11-02\",\"kind\":\"MEETING\"}"), "parisPrinciplesStatus");
        assertBadRequest(http.postJson("/api/nhri-engagements", "officer.alpha", "{\"institution\":\"" + invalid
                + "\",\"parisPrinciplesStatus\":\"B\",\"kind\":\"MEETING\"}"), "engagedOn");
        assertBadRequest(http.postJson("/api/nhri-engagements", "officer.alpha", "{\"institution\":\"" + invalid
                + "\",\"parisPrinciplesStatus\":\"B\",\"engagedOn\":\"" + LocalDate.now(clock).plusDays(2)
                + "\",\"kind\":\"MEETING\"}"), "engagedOn");
        assertBadRequest(http.postJson("/api/nhri-engagements", "officer.alpha", "{\"institution\":\" \","
                + "\"parisPrinciplesStatus\":\"B\",\"engagedOn\":\"2026-11-02\",\"kind\":\"MEETING\"}"), "institution");
        // The institution's name is stored in clear: the name of one of the mission's defenders is refused.
        assertBadRequest(http.postJson("/api/nhri-engagements", "officer.alpha", "{\"institution\":\"Test Person\","
                + "\"parisPrinciplesStatus\":\"B\",\"engagedOn\":\"2026-11-02\",\"kind\":\"MEETING\"}"), "institution");
        assertBadRequest(http.postJson("/api/nhri-engagements", "hq.desk", "{\"institution\":\"" + invalid
                + "\",\"parisPrinciplesStatus\":\"B\",\"engagedOn\":\"2026-11-02\",\"kind\":\"MEETING\"}"), "mission", 403);
        assertThat(http.postJson("/api/nhri-engagements", "officer.beta", "{\"institution\":\"" + invalid
                + "\",\"parisPrinciplesStatus\":\"B\",\"engagedOn\":\"2026-11-02\",\"kind\":\"MEETING\",\"caseReference\":\""
                + caseReference + "\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.nhri_engagement WHERE institution LIKE 'Invalid %' "
                + "OR institution = 'Test Person'", Long.class)).isZero();
    }

    private String caseWithConsent(String scope, String action) {
        return driver.caseWithActions(CaseDriver.consent(scope, action), "DEMARCHE").getBusinessKey();
    }

    private long sharesOfCase(String caseReference) {
        return jdbc.queryForObject("SELECT count(*) FROM casework.case_share s JOIN casework.case_file c ON c.id = s.case_id "
                + "WHERE c.reference = ?", Long.class, caseReference);
    }

    private static void assertBadRequest(HttpResponse<String> response, String field) throws Exception {
        assertBadRequest(response, field, 400);
    }

    private static void assertBadRequest(HttpResponse<String> response, String field, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("errors")).extracting(e -> e.get("field").asText()).contains(field);
    }

    private static JsonNode find(JsonNode list, String reference) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(n -> n.get("reference").asText().equals(reference)).findFirst().orElseThrow();
    }

    private static List<String> references(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("reference").asText()).toList();
    }
}
