package org.hrdcasework.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue and application endpoints over HTTP: roles, validation, mission isolation, duplicate flag. */
class SupportControllerTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    Database database;

    @BeforeEach
    void setUp() {
        database = new Database(jdbc);
    }

    @Test
    void allStaffReadTheCatalogueFilteredByKindOrPurpose() throws Exception {
        for (String user : List.of("officer.alpha", "supervisor.alpha", "ambassador.alpha", "hq.desk", "officer.beta")) {
            HttpResponse<String> all = http.get("/api/support-programmes", user);
            assertThat(all.statusCode()).as(user).isEqualTo(200);
            assertThat(codes(all)).as(user).contains("PDEU_EMERGENCY_GRANT", "FLD_PROTECTION_GRANT", "LIFELINE_EMERGENCY",
                    "EU_TEMPORARY_RELOCATION", "NATIONAL_HUMANITARIAN_VISA", "ACCESSNOW_HELPLINE", "LEGAL_AID_FUND");
        }
        JsonNode pdeu = programme(http.get("/api/support-programmes", "officer.alpha"), "PDEU_EMERGENCY_GRANT");
        assertThat(pdeu.get("ceilingAmount").decimalValue()).isEqualByComparingTo("10000");
        assertThat(pdeu.get("currency").asText()).isEqualTo("EUR");
        JsonNode helpline = programme(http.get("/api/support-programmes", "officer.alpha"), "ACCESSNOW_HELPLINE");
        assertThat(helpline.get("ceilingAmount").isNull()).isTrue();

        HttpResponse<String> helplines = http.get("/api/support-programmes?kind=DIGITAL_SECURITY_HELPLINE", "officer.alpha");
        assertThat(JSON.readTree(helplines.body())).isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("kind").asText()).isEqualTo("DIGITAL_SECURITY_HELPLINE"));
        HttpResponse<String> legal = http.get("/api/support-programmes?purpose=LEGAL_FEES", "officer.alpha");
        assertThat(codes(legal)).contains("LEGAL_AID_FUND", "FLD_PROTECTION_GRANT").doesNotContain("ACCESSNOW_HELPLINE");

        HttpResponse<String> badKind = http.get("/api/support-programmes?kind=GIFT", "officer.alpha");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(fields(badKind)).containsExactly("kind");
        assertThat(http.get("/api/support-programmes", null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyHeadquartersAndAdministratorsMaintainTheCatalogue() throws Exception {
        String code = "TEST_FUND_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String body = programmeBody(code, "5000", "EUR", "[\"MEDICAL\", \"LIVING_COSTS\"]", true);
        for (String user : List.of("officer.alpha", "supervisor.alpha", "ambassador.alpha", "designer")) {
            HttpResponse<String> refused = http.postJson("/api/support-programmes", user, body);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(database.count("SELECT count(*) FROM casework.support_programme WHERE code = ?", code)).isZero();

        HttpResponse<String> created = http.postJson("/api/support-programmes", "hq.desk", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("purposes")).extracting(JsonNode::asText)
                .containsExactly("LIVING_COSTS", "MEDICAL");
        assertThat(http.postJson("/api/support-programmes", "hq.desk", body).statusCode()).isEqualTo(409);

        HttpResponse<String> changed = http.putJson("/api/support-programmes/" + code, "admin",
                programmeBody(null, "6500.50", "EUR", "[\"MEDICAL\"]", false));
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode after = JSON.readTree(changed.body());
        assertThat(after.get("ceilingAmount").decimalValue()).isEqualByComparingTo("6500.50");
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(after.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(jdbc.queryForList("SELECT actor FROM casework.audit_event WHERE event_type = 'CATALOGUE_CHANGE' "
                + "AND detail LIKE ? ORDER BY occurred_at", String.class, "support programme " + code + " %"))
                .as("catalogue changes are audited").containsExactly("hq.desk", "admin");
        assertThat(http.putJson("/api/support-programmes/" + code, "officer.alpha", body).statusCode()).isEqualTo(403);
        assertThat(http.putJson("/api/support-programmes/NO_SUCH_FUND", "hq.desk",
                programmeBody(null, "10", "EUR", "[\"MEDICAL\"]", true)).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "code      | {\"code\": \"bad code\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"purposes\": [\"LEGAL_FEES\"]}",
            "name      | {\"code\": \"TEST_X1\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"purposes\": [\"LEGAL_FEES\"]}",
            "kind      | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LOTTERY\", \"provider\": \"P\", \"criteria\": \"C\", \"purposes\": [\"LEGAL_FEES\"]}",
            "currency  | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"ceilingAmount\": 100, \"purposes\": [\"LEGAL_FEES\"]}",
            "currency  | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"currency\": \"EUR\", \"purposes\": [\"LEGAL_FEES\"]}",
            "ceilingAmount | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"ceilingAmount\": -5, \"currency\": \"EUR\", \"purposes\": [\"LEGAL_FEES\"]}",
            "purposes  | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"purposes\": []}",
            "purposes[0] | {\"code\": \"TEST_X1\", \"name\": \"N\", \"kind\": \"LEGAL_AID\", \"provider\": \"P\", \"criteria\": \"C\", \"purposes\": [\"HOLIDAYS\"]}"})
    void anInvalidProgrammeIsRefusedNamingTheField(String field, String body) throws Exception {
        HttpResponse<String> response = http.postJson("/api/support-programmes", "hq.desk", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly(field);
        assertThat(database.count("SELECT count(*) FROM casework.support_programme WHERE code = 'TEST_X1'")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "programme       | {\"programme\": \"NO_SUCH_FUND\", \"purpose\": \"MEDICAL\", \"amountRequested\": 100, \"currency\": \"EUR\"}",
            "programme       | {\"purpose\": \"MEDICAL\", \"amountRequested\": 100, \"currency\": \"EUR\"}",
            "purpose         | {\"programme\": \"LEGAL_AID_FUND\", \"purpose\": \"MEDICAL\", \"amountRequested\": 100, \"currency\": \"EUR\"}",
            "purpose         | {\"programme\": \"LEGAL_AID_FUND\", \"purpose\": \"PONY\", \"amountRequested\": 100, \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"LEGAL_AID_FUND\", \"purpose\": \"LEGAL_FEES\", \"amountRequested\": 0, \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"LEGAL_AID_FUND\", \"purpose\": \"LEGAL_FEES\", \"amountRequested\": -20, \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"PDEU_EMERGENCY_GRANT\", \"purpose\": \"MEDICAL\", \"amountRequested\": 10000.01, \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"PDEU_EMERGENCY_GRANT\", \"purpose\": \"MEDICAL\", \"amountRequested\": 10.001, \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"PDEU_EMERGENCY_GRANT\", \"purpose\": \"MEDICAL\", \"currency\": \"EUR\"}",
            "amountRequested | {\"programme\": \"ACCESSNOW_HELPLINE\", \"purpose\": \"DIGITAL_SECURITY\", \"amountRequested\": 10}",
            "currency        | {\"programme\": \"PDEU_EMERGENCY_GRANT\", \"purpose\": \"MEDICAL\", \"amountRequested\": 100, \"currency\": \"USD\"}",
            "currency        | {\"programme\": \"LIFELINE_EMERGENCY\", \"purpose\": \"MEDICAL\", \"amountRequested\": 100}"})
    void anInvalidApplicationIsRefusedNamingTheFieldAndWritesNothing(String field, String body) throws Exception {
        String caseReference = driver.verifiedCase(ThreatType.DEATH_THREAT).getBusinessKey();
        long processesBefore = database.count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'SupportApplication'");

        HttpResponse<String> response = http.postJson("/api/cases/" + caseReference + "/support-applications",
                "officer.alpha", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly(field);
        assertThat(applicationsOfCase(caseReference)).isZero();
        assertThat(database.count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'SupportApplication'"))
                .isEqualTo(processesBefore);
    }

    @Test
    void anInactiveProgrammeTakesNoApplications() throws Exception {
        String code = "TEST_CLOSED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        assertThat(http.postJson("/api/support-programmes", "hq.desk",
                programmeBody(code, "500", "EUR", "[\"MEDICAL\"]", false)).statusCode()).isEqualTo(201);
        String caseReference = driver.verifiedCase(ThreatType.DEATH_THREAT).getBusinessKey();

        HttpResponse<String> response = http.postJson("/api/cases/" + caseReference + "/support-applications",
                "officer.alpha", application(code, "MEDICAL", "100", "EUR"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("programme");
        assertThat(applicationsOfCase(caseReference)).isZero();
    }

    @Test
    void applicationsAreMadeByTheMissionsCaseWorkersForOpenVerifiedCasesOnly() throws Exception {
        String unverified = driver.fileReport(ThreatType.DEATH_THREAT).getBusinessKey();
        HttpResponse<String> early = http.postJson("/api/cases/" + unverified + "/support-applications", "officer.alpha",
                application("LEGAL_AID_FUND", "LEGAL_FEES", "300", "EUR"));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(applicationsOfCase(unverified)).isZero();

        String caseReference = driver.verifiedCase(ThreatType.DEATH_THREAT).getBusinessKey();
        for (String user : List.of("hq.desk", "ambassador.alpha", "designer")) {
            HttpResponse<String> refused = http.postJson("/api/cases/" + caseReference + "/support-applications", user,
                    application("LEGAL_AID_FUND", "LEGAL_FEES", "300", "EUR"));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(applicationsOfCase(caseReference)).isZero();

        HttpResponse<String> made = http.postJson("/api/cases/" + caseReference + "/support-applications",
                "supervisor.alpha", application("LEGAL_AID_FUND", "LEGAL_FEES", "300", "EUR"));
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(made.body()).get("reference").asText()).matches("ALPHA-SUP-\\d{4,}");
    }

    @Test
    void anotherMissionNeitherSeesNorTouchesTheApplications() throws Exception {
        String caseReference = driver.verifiedCase(ThreatType.DEATH_THREAT).getBusinessKey();
        String reference = applyOverHttp(caseReference, application("FLD_PROTECTION_GRANT", "MEDICAL", "700", "EUR"));

        assertThat(http.get("/api/cases/" + caseReference + "/support-applications", "officer.beta").statusCode())
                .isEqualTo(404);
        assertThat(references(http.get("/api/support-applications", "officer.beta"))).doesNotContain(reference);
        assertThat(http.get("/api/support-applications/" + reference + "/records", "officer.beta").statusCode())
                .isEqualTo(404);
        assertThat(http.postJson("/api/support-applications/" + reference + "/withdrawal", "officer.beta", "").statusCode())
                .isEqualTo(404);
        assertThat(http.postJson("/api/cases/" + caseReference + "/support-applications", "officer.beta",
                application("FLD_PROTECTION_GRANT", "MEDICAL", "700", "EUR")).statusCode()).isEqualTo(404);
        assertThat(applicationsOfCase(caseReference)).isOne();
        assertThat(jdbc.queryForObject("SELECT status FROM casework.support_application WHERE reference = ?",
                String.class, reference)).isEqualTo("PREPARED");

        assertThat(references(http.get("/api/support-applications", "officer.alpha"))).contains(reference);
        assertThat(references(http.get("/api/support-applications", "hq.desk"))).contains(reference);
        assertThat(references(http.get("/api/cases/" + caseReference + "/support-applications", "ambassador.alpha")))
                .containsExactly(reference);

        HttpResponse<String> withdrawn = http.postJson("/api/support-applications/" + reference + "/withdrawal",
                "officer.alpha", "");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(withdrawn.body()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(http.postJson("/api/support-applications/" + reference + "/withdrawal", "officer.alpha", "")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void theSecondApplicationOfADefenderForTheSamePurposeIsFlaggedAsADuplicate() throws Exception {
        String caseReference = driver.verifiedCase(ThreatType.DEATH_THREAT).getBusinessKey();
        String first = applyOverHttp(caseReference, application("PDEU_EMERGENCY_GRANT", "RELOCATION", "6000", "EUR"));
        String second = applyOverHttp(caseReference, application("EU_TEMPORARY_RELOCATION", "RELOCATION", "9000", "EUR"));
        String other = applyOverHttp(caseReference, application("NATIONAL_HUMANITARIAN_VISA", "TRAVEL", null, null));

        JsonNode list = JSON.readTree(http.get("/api/cases/" + caseReference + "/support-applications", "officer.alpha").body());
        assertThat(application(list, first).get("duplicate").asBoolean()).isFalse();
        assertThat(application(list, second).get("duplicate").asBoolean()).isTrue();
        assertThat(application(list, second).get("duplicateOfReference").asText()).isEqualTo(first);
        assertThat(application(list, second).get("status").asText()).isEqualTo("PREPARED");
        assertThat(application(list, other).get("duplicate").asBoolean()).isFalse();
        assertThat(application(list, other).get("amountRequested").isNull()).isTrue();
        assertThat(driver.task(second, SupportApplicationProcess.TASK_REVIEW_DUPLICATE_FUNDING)).isNotNull();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private String applyOverHttp(String caseReference, String body) throws Exception {
        HttpResponse<String> made = http.postJson("/api/cases/" + caseReference + "/support-applications", "officer.alpha", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return JSON.readTree(made.body()).get("reference").asText();
    }

    private long applicationsOfCase(String caseReference) {
        return database.count("SELECT count(*) FROM casework.support_application a JOIN casework.case_file c "
                + "ON c.id = a.case_id WHERE c.reference = ?", caseReference);
    }

    static String application(String programme, String purpose, String amount, String currency) {
        return "{\"programme\": \"%s\", \"purpose\": \"%s\"%s%s}".formatted(programme, purpose,
                amount == null ? "" : ", \"amountRequested\": " + amount,
                currency == null ? "" : ", \"currency\": \"" + currency + "\"");
    }

    private static String programmeBody(String code, String ceiling, String currency, String purposes, boolean active) {
        return """
                {%s"name": "Test medical fund", "kind": "PROTECTION_GRANT", "provider": "Test provider",
                 "criteria": "Defenders at risk needing medical care", "ceilingAmount": %s, "currency": "%s",
                 "purposes": %s, "active": %s}
                """.formatted(code == null ? "" : "\"code\": \"" + code + "\", ", ceiling, currency, purposes, active);
    }

    private static List<String> codes(HttpResponse<String> response) throws Exception {
        List<String> codes = new ArrayList<>();
        JSON.readTree(response.body()).forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    private static List<String> references(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        JSON.readTree(response.body()).forEach(a -> references.add(a.get("reference").asText()));
        return references;
    }

    private static JsonNode programme(HttpResponse<String> response, String code) throws Exception {
        for (JsonNode p : JSON.readTree(response.body())) {
            if (code.equals(p.get("code").asText())) {
                return p;
            }
        }
        throw new AssertionError("no programme " + code);
    }

    private static JsonNode application(JsonNode list, String reference) {
        for (JsonNode a : list) {
            if (reference.equals(a.get("reference").asText())) {
                return a;
            }
        }
        throw new AssertionError("no application " + reference);
    }

    private static List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body()).path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
