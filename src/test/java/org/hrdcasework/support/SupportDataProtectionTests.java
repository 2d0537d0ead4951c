package org.hrdcasework.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The canary test of support applications: the free text of every sensitive_ field of their
 * forms is nowhere in plaintext (engine tables included), yet reads back decrypted for the
 * mission's own staff.
 */
class SupportDataProtectionTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SupportApplications supportApplications;

    @Test
    void applicationNotesAreStoredEncryptedAndReadBackByTheMissionOnly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String duplicateNotes = "CanaryDuplicate" + tag;
        String applicationNotes = "CanaryApplication" + tag;
        String chaseNotes = "CanaryChase" + tag;
        String caseReference = driver.verifiedCase(ThreatType.ABDUCTION).getBusinessKey();
        apply(caseReference, "FLD_PROTECTION_GRANT", "2000");
        String reference = apply(caseReference, "PDEU_EMERGENCY_GRANT", "4000");

        driver.complete(reference, SupportApplicationProcess.TASK_REVIEW_DUPLICATE_FUNDING, "supervisor.alpha",
                Map.of(SupportApplicationProcess.DUPLICATE_DECISION, "PROCEED", "sensitive_duplicateNotes", duplicateNotes));
        driver.complete(reference, SupportApplicationProcess.TASK_INFORM_DEFENDER, "officer.alpha",
                Map.of("informedOn", "2026-11-30", SupportApplicationProcess.DEFENDER_WISHES_TO_APPLY, "YES"));
        driver.complete(reference, SupportApplicationProcess.TASK_PREPARE_APPLICATION, "officer.alpha",
                Map.of("documentsReady", true, "sensitive_applicationNotes", applicationNotes));
        driver.complete(reference, SupportApplicationProcess.TASK_SUBMIT_APPLICATION, "officer.alpha",
                Map.of(SupportApplicationProcess.SUBMITTED_ON, "2026-12-01"));
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(SupportApplicationProcess.KEY).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers()
                .singleResult().getId());
        driver.complete(reference, SupportApplicationProcess.TASK_CHASE_PROGRAMME, "officer.alpha",
                Map.of("chasedOn", "2027-01-02", "sensitive_chaseNotes", chaseNotes));

        assertThat(new Database(jdbc).plaintextHits(List.of(duplicateNotes, applicationNotes, chaseNotes)))
                .as("plaintext canaries in the database").isEmpty();

        HttpResponse<String> records = http.get("/api/support-applications/" + reference + "/records", "officer.alpha");
        assertThat(records.statusCode()).isEqualTo(200);
        JsonNode notes = JSON.readTree(records.body());
        assertThat(notes.findValuesAsText("duplicateNotes")).containsExactly(duplicateNotes);
        assertThat(notes.findValuesAsText("applicationNotes")).containsExactly(applicationNotes);
        assertThat(notes.findValuesAsText("chaseNotes")).containsExactly(chaseNotes);
        assertThat(http.get("/api/cases/" + caseReference + "/records", "officer.alpha").body()).contains(applicationNotes);
        HttpResponse<String> beta = http.get("/api/support-applications/" + reference + "/records", "officer.beta");
        assertThat(beta.statusCode()).isEqualTo(404);
        assertThat(beta.body()).doesNotContain(applicationNotes);
    }

    private String apply(String caseReference, String programme, String amount) {
        return supportApplications.apply(CaseDriver.OFFICER_ALPHA, caseReference, new SupportApplications.ApplicationRequest(
                programme, SupportPurpose.SAFETY_MEASURES, new BigDecimal(amount), "EUR"));
    }
}
