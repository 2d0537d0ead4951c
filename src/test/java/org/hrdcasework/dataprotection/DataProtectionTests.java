package org.hrdcasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Do no harm, end to end: identities and free text never appear in plaintext in any table (the
 * engine's included) or in the log, yet stay revealable by the mission's own staff with a reason.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataProtectionTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noIdentityOrNarrativeIsStoredOrLoggedInPlaintextAnywhere(CapturedOutput output) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> canaries = Map.of(
                "name", "CanaryName" + tag, "contact", "CanaryContact" + tag, "organisation", "CanaryOrg" + tag,
                "location", "CanaryPlace" + tag, "family", "CanaryFamily" + tag, "narrative", "CanaryNarrative" + tag,
                "source", "CanarySource" + tag, "notes", "CanaryNotes" + tag, "demarche", "CanaryDemarche" + tag,
                "statement", "CanaryStatement" + tag);
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", """
                {"mission": "mission-alpha",
                 "defender": {"fullName": "%s", "contact": "%s", "organisation": "%s", "location": "%s", "family": "%s"},
                 "threat": {"type": "DEATH_THREAT", "description": "%s", "occurredOn": "2026-11-20"},
                 "channel": "WALK_IN", "source": "%s"}
                """.formatted(canaries.get("name"), canaries.get("contact"), canaries.get("organisation"),
                canaries.get("location"), canaries.get("family"), canaries.get("narrative"), canaries.get("source")));
        assertThat(filed.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(filed.body()).get("reference").asText();

        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", Map.of("threatLevel", "SEVERE",
                "vulnerabilityLevel", "HIGH", "capacityLevel", "LOW", "defenderStatus", "AT_LIBERTY",
                "sensitive_assessmentNotes", canaries.get("notes")));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha",
                CaseDriver.consent("PUBLIC", "DEMARCHE", "PUBLIC_STATEMENT"));
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                Map.of("plannedActionTypes", List.of("DEMARCHE", "PUBLIC_STATEMENT")));
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("sensitive_demarcheMessages", canaries.get("demarche")));
        driver.complete(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha",
                Map.of("sensitive_statementText", canaries.get("statement"), "statementChannel", "PRESS_RELEASE"));
        assertThat(http.get("/api/cases/" + reference, "officer.alpha").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/cases/" + reference + "/records", "officer.alpha").statusCode()).isEqualTo(200);

        assertThat(new Database(jdbc).plaintextHits(List.of(canaries.values().toArray(String[]::new)))).as("plaintext canaries in the database").isEmpty();
        // The scan does find what is stored in plaintext: the case reference, in case_file and the engine's tables.
        assertThat(new Database(jdbc).plaintextHits(List.of(reference))).anyMatch(hit -> hit.startsWith("casework.case_file.reference"))
                .anyMatch(hit -> hit.startsWith("public.act_hi_procinst"));
        assertThat(canaries.values()).as("canaries in the log").noneMatch(output.getAll()::contains);

        HttpResponse<String> revealed = http.postJson("/api/cases/" + reference + "/identity-reveals", "officer.alpha",
                "{\"reason\": \"Arranging a protective visit with the defender\"}");
        assertThat(revealed.statusCode()).isEqualTo(200);
        JsonNode identity = JSON.readTree(revealed.body()).get("identity");
        assertThat(identity.get("fullName").asText()).isEqualTo(canaries.get("name"));
        assertThat(identity.get("family").asText()).isEqualTo(canaries.get("family"));
    }
}
