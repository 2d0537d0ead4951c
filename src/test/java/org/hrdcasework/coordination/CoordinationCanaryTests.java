package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.crypto.EncryptedColumn;
import org.hrdcasework.defenders.DefenderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Do no harm: every free text of the coordination forms and every encrypted column of the
 * coordination tables is found nowhere in clear, and the mission's staff read it back decrypted.
 */
class CoordinationCanaryTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Clock clock;
    @Autowired
    CaseSharingService sharing;
    @Autowired
    UnReferralService referrals;
    @Autowired
    DefenderService defenders;

    @Test
    void summariesSubmissionsAndNotesAreStoredEncryptedAndReadBackByTheMission() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> canary = Map.of(
                "summary", "CanarySharedSummary" + tag, "approval", "CanaryApprovalComments" + tag,
                "joint", "CanaryJointActionNotes" + tag, "submission", "CanarySubmissionText" + tag,
                "clearance", "CanaryClearanceComments" + tag, "reply", "CanaryReplySummary" + tag,
                "followUp", "CanaryFollowUpNotes" + tag);
        String caseReference = driver.caseWithActions(CaseDriver.consent("PUBLIC", "COORDINATION"), "DEMARCHE").getBusinessKey();

        String share = JSON.readTree(http.postJson("/api/cases/" + caseReference + "/shares", "officer.alpha",
                "{\"partners\":[\"" + CoordinationDemoData.ALPHA_NORWAY + "\",\"" + CoordinationDemoData.ALPHA_EU + "\"]}")
                .body()).get("reference").asText();
        driver.complete(share, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, canary.get("summary")));
        driver.complete(share, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "APPROVED", CoordinationProcesses.JOINT_ACTION_PLANNED, "YES",
                        "sensitive_approvalComments", canary.get("approval")));
        driver.complete(share, CoordinationProcesses.TASK_RECORD_JOINT_ACTION, "officer.alpha",
                Map.of(CoordinationProcesses.JOINT_ACTION_KIND, "SHARED_TRIAL_OBSERVATION",
                        CoordinationProcesses.TAKEN_ON, "2026-11-21", "sensitive_jointActionNotes", canary.get("joint")));

        String referral = JSON.readTree(http.postJson("/api/cases/" + caseReference + "/un-referrals", "officer.alpha",
                "{\"forum\":\"SPECIAL_PROCEDURE\",\"mandate\":\"SR_HUMAN_RIGHTS_DEFENDERS\",\"nhriEngaged\":false}")
                .body()).get("reference").asText();
        driver.complete(referral, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMISSION_TEXT, canary.get("submission")));
        driver.complete(referral, CoordinationProcesses.TASK_CLEAR_SUBMISSION, "ambassador.alpha",
                Map.of(CoordinationProcesses.CLEARANCE_DECISION, "CLEARED", "sensitive_clearanceComments", canary.get("clearance")));
        driver.complete(referral, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, LocalDate.now(clock).toString()));
        driver.complete(referral, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha",
                Map.of(CoordinationProcesses.STATE_REPLIED, "NO", "sensitive_replySummary", canary.get("reply")));
        driver.complete(referral, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha",
                Map.of(CoordinationProcesses.FOLLOW_UP, "NONE", "sensitive_followUpNotes", canary.get("followUp")));

        assertThat(new Database(jdbc).plaintextHits(List.copyOf(canary.values()))).isEmpty();

        JsonNode shares = JSON.readTree(http.get("/api/cases/" + caseReference + "/shares", "officer.alpha").body());
        assertThat(shares.get("shares")).hasSize(2)
                .allSatisfy(s -> assertThat(s.get("summary").asText()).isEqualTo(canary.get("summary")));
        assertThat(shares.get("jointActions")).singleElement()
                .satisfies(j -> assertThat(j.get("kind").asText()).isEqualTo("SHARED_TRIAL_OBSERVATION"));
        JsonNode detail = JSON.readTree(http.get("/api/un-referrals/" + referral, "ambassador.alpha").body());
        assertThat(detail.get("submissionText").asText()).isEqualTo(canary.get("submission"));
        assertThat(detail.get("referral").get("status").asText()).isEqualTo("FOLLOWED_UP");
        // The notes of every task are in the case file, decrypted, for the mission's staff.
        String records = http.get("/api/cases/" + caseReference + "/records", "officer.alpha").body();
        canary.values().forEach(value -> assertThat(records).contains(value));
        assertThat(http.get("/api/cases/" + caseReference + "/shares", "officer.beta").body()).doesNotContain(canary.get("summary"));
    }

    @Test
    void erasingTheDefendersIdentityErasesWhatWasSharedAndSubmittedAboutThem() {
        String caseReference = driver.caseWithActions(CaseDriver.consent("PUBLIC", "COORDINATION"), "DEMARCHE").getBusinessKey();
        String share = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference, List.of(CoordinationDemoData.ALPHA_EU)).reference();
        driver.complete(share, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Summary"));
        String referral = referrals.request(CaseDriver.OFFICER_ALPHA, caseReference, UnForum.HRC_SESSION, null, false).reference();
        driver.complete(referral, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMISSION_TEXT, "Communication"));
        UUID defenderId = jdbc.queryForObject("SELECT defender_id FROM casework.case_file WHERE reference = ?",
                UUID.class, caseReference);

        assertThat(defenders.erase(defenderId)).isTrue();

        assertThat(jdbc.queryForObject("SELECT summary_enc IS NULL FROM casework.case_share WHERE reference = ?",
                Boolean.class, share)).isTrue();
        assertThat(jdbc.queryForObject("SELECT submission_text_enc IS NULL FROM casework.un_referral WHERE reference = ?",
                Boolean.class, referral)).isTrue();
    }

    @Test
    void everyEncryptedColumnOfTheCoordinationTablesIsReencryptedByKeyRotation() {
        List<String> registered = java.util.Arrays.stream(EncryptedColumn.values())
                .map(c -> c.getTable() + "." + c.getSqlColumn()).toList();
        List<String> encrypted = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'casework' AND column_name LIKE '%\\_enc' AND table_name IN
                  ('partner_mission', 'case_share', 'joint_action', 'joint_action_partner', 'un_referral', 'nhri_engagement')""",
                String.class);

        assertThat(encrypted).containsExactlyInAnyOrder("case_share.summary_enc", "un_referral.submission_text_enc");
        assertThat(registered).containsAll(encrypted);
    }
}
