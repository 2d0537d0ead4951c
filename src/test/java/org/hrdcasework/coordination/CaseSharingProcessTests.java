package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/CaseSharing.bpmn: consent to coordination, pseudonymous summary, approval, sharing, joint action. */
class CaseSharingProcessTests extends ProcessTestSupport {

    @Autowired
    CaseSharingService sharing;
    @Autowired
    CaseFileService caseFiles;

    @Test
    void anApprovedSummaryIsSharedWithEveryPartnerEncryptedAndAudited() {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        CaseSharingService.Started started = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_NORWAY, CoordinationDemoData.ALPHA_EU));
        String reference = started.reference();
        ProcessInstance instance = instance(reference);

        assertThat(reference).matches("ALPHA-SHR-\\d{4}");
        assertThat(started.status()).isEqualTo(ShareStatus.DRAFTING);
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_DRAFT_SUMMARY);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        assertThat(driver.task(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY).getTenantId()).isEqualTo("mission-alpha");
        driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Defender detained; code name in the case file"));
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_APPROVE_SHARING);
        assertThat(instance).task().hasCandidateGroup("senior-officials");
        assertThat(rows(reference)).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("AWAITING_APPROVAL"));

        driver.complete(reference, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "APPROVED", CoordinationProcesses.JOINT_ACTION_PLANNED, "NO"));

        assertThat(instance).hasPassedInOrder(CoordinationProcesses.TASK_CHECK_CONSENT_TO_SHARE, CoordinationProcesses.TASK_DRAFT_SUMMARY,
                CoordinationProcesses.TASK_APPROVE_SHARING, CoordinationProcesses.TASK_RECHECK_CONSENT_TO_SHARE, CoordinationProcesses.TASK_SHARE_WITH_PARTNERS,
                CoordinationProcesses.END_SHARED).isEnded();
        List<Map<String, Object>> rows = rows(reference);
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("SHARED");
            assertThat(row.get("summary_enc")).isNotNull();
            assertThat(row.get("consent_checked_at")).isNotNull();
            assertThat(row.get("approved_by")).isEqualTo("ambassador.alpha");
            assertThat(row.get("shared_by")).isEqualTo("officer.alpha");
            assertThat(row.get("shared_at")).isNotNull();
            assertThat(row.get("mission_id")).isEqualTo("mission-alpha");
        });
        assertThat(jdbc.queryForList("SELECT actor, detail FROM casework.audit_event WHERE event_type = 'PARTNER_SHARE' "
                + "AND case_reference = ? AND detail LIKE ? ORDER BY detail", caseReference, reference + ":%"))
                .extracting(row -> row.get("actor") + " " + row.get("detail"))
                .containsExactly(
                        "ambassador.alpha " + reference + ": pseudonymous summary shared with Delegation of the European Union (drafted by officer.alpha)",
                        "ambassador.alpha " + reference + ": pseudonymous summary shared with Embassy of Norway (drafted by officer.alpha)");
        assertThat(sharing.sharesOf(CaseDriver.OFFICER_ALPHA, caseReference).shares())
                .filteredOn(s -> s.reference().equals(reference))
                .extracting(CaseSharingService.ShareView::summary)
                .containsOnly("Defender detained; code name in the case file");
    }

    @Test
    void aReturnedSummaryGoesBackToTheDrafterAndAPlannedJointActionIsRecordedWithThePartners() {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_NORWAY, CoordinationDemoData.ALPHA_OHCHR)).reference();
        ProcessInstance instance = instance(reference);
        driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "First draft"));
        // Four eyes: the supervisor cannot hand the approval to the officer who drafted the summary.
        HttpResponse<String> toDrafter = http.postJson("/engine-rest/task/" + driver.task(reference,
                CoordinationProcesses.TASK_APPROVE_SHARING).getId() + "/assignee", "supervisor.alpha", "{\"userId\": \"officer.alpha\"}");
        assertThat(toDrafter.statusCode()).isEqualTo(400);
        assertThat(toDrafter.body()).contains("officer.alpha drafted the shared summary");
        driver.complete(reference, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "RETURNED", "sensitive_approvalComments", "Shorter, please"));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_DRAFT_SUMMARY);
        assertThat(rows(reference)).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("DRAFTING"));
        driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Second draft"));
        driver.complete(reference, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "APPROVED", CoordinationProcesses.JOINT_ACTION_PLANNED, "YES"));
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_RECORD_JOINT_ACTION);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_JOINT_ACTION, "officer.alpha",
                Map.of(CoordinationProcesses.JOINT_ACTION_KIND, "JOINT_DEMARCHE", CoordinationProcesses.TAKEN_ON, "2026-11-20"));

        assertThat(instance).hasPassed(CoordinationProcesses.TASK_SHARE_WITH_PARTNERS, CoordinationProcesses.END_JOINT_ACTION_RECORDED).isEnded();
        Map<String, Object> action = jdbc.queryForMap("SELECT id, mission_id, kind, taken_on::text AS taken_on, recorded_by "
                + "FROM casework.joint_action WHERE share_reference = ?", reference);
        assertThat(action).containsEntry("kind", "JOINT_DEMARCHE").containsEntry("taken_on", "2026-11-20")
                .containsEntry("mission_id", "mission-alpha").containsEntry("recorded_by", "officer.alpha");
        assertThat(jdbc.queryForList("SELECT partner_id FROM casework.joint_action_partner WHERE joint_action_id = ?",
                java.util.UUID.class, action.get("id")))
                .containsExactlyInAnyOrder(CoordinationDemoData.ALPHA_NORWAY, CoordinationDemoData.ALPHA_OHCHR);
        assertThat(sharing.sharesOf(CaseDriver.OFFICER_ALPHA, caseReference).shares())
                .filteredOn(s -> s.reference().equals(reference))
                .extracting(CaseSharingService.ShareView::summary).containsOnly("Second draft");
    }

    @Test
    void withoutConsentTheOfficerSeeksItAndConsentObtainedGoesToTheRegisterAndIsCheckedAgain() {
        String caseReference = caseWithConsent("QUIET", "DEMARCHE");
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_EU)).reference();
        ProcessInstance instance = instance(reference);

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_SEEK_CONSENT);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        assertThat(rows(reference)).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("AWAITING_CONSENT"));

        driver.complete(reference, CoordinationProcesses.TASK_SEEK_CONSENT, "officer.alpha",
                Map.of(CoordinationProcesses.CONSENT_OBTAINED, "YES", CoordinationProcesses.CONSENT_GIVEN_BY, "LAWYER",
                        CoordinationProcesses.CONSENT_PROXY_REASON, "DETAINED", CoordinationProcesses.CONSENT_GIVEN_THROUGH, "INTERMEDIARY"));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_DRAFT_SUMMARY);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(CoordinationProcesses.TASK_CHECK_CONSENT_TO_SHARE).count()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT k.audience, k.given_by, k.proxy_reason, k.given_through, k.recorded_by "
                + "FROM casework.consent k JOIN casework.case_file c ON c.id = k.case_id "
                + "WHERE c.reference = ? AND k.action_type = 'COORDINATION' AND k.decision = 'GIVEN'",
                caseReference)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("audience", "PARTNER_MISSIONS").containsEntry("given_by", "LAWYER")
                .containsEntry("proxy_reason", "DETAINED").containsEntry("given_through", "INTERMEDIARY")
                .containsEntry("recorded_by", "officer.alpha"));
        assertThat(rows(reference)).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("DRAFTING"));
    }

    @Test
    void consentRefusedEndsTheSharingWithNothingShared() {
        String caseReference = caseWithConsent("QUIET", "DEMARCHE");
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_EU, CoordinationDemoData.ALPHA_NORWAY)).reference();
        ProcessInstance instance = instance(reference);

        driver.complete(reference, CoordinationProcesses.TASK_SEEK_CONSENT, "officer.alpha",
                Map.of(CoordinationProcesses.CONSENT_OBTAINED, "NO"));

        assertThat(instance).hasPassed(CoordinationProcesses.END_NOT_SHARED).isEnded();
        assertThat(rows(reference)).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("NOT_SHARED");
            assertThat(row.get("summary_enc")).isNull();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'PARTNER_SHARE' "
                + "AND detail LIKE ?", Long.class, reference + ":%")).isZero();
    }

    @Test
    void consentWithdrawnBeforeTheSharingStopsItAtTheMomentOfSharing() {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_NORWAY)).reference();
        ProcessInstance instance = instance(reference);
        driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Summary"));
        caseFiles.withdrawConsent(CaseDriver.OFFICER_ALPHA, caseReference, ActionType.COORDINATION);

        driver.complete(reference, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha",
                Map.of(CoordinationProcesses.SHARING_DECISION, "APPROVED", CoordinationProcesses.JOINT_ACTION_PLANNED, "YES"));

        assertThat(instance).hasPassed(CoordinationProcesses.TASK_RECHECK_CONSENT_TO_SHARE, CoordinationProcesses.TASK_STOP_SHARING, CoordinationProcesses.END_NOT_SHARED_CONSENT_LAPSED)
                .hasNotPassed(CoordinationProcesses.TASK_SHARE_WITH_PARTNERS).isEnded();
        assertThat(rows(reference)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("NOT_SHARED");
            assertThat(row.get("shared_at")).isNull();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'PARTNER_SHARE' "
                + "AND detail LIKE ?", Long.class, reference + ":%")).isZero();
    }

    @Test
    void aSummaryNamingTheDefenderIsRefusedAndTheTaskStaysOpen() {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_NORWAY)).reference();

        // CaseDriver files its reports for the defender "Test Person".
        assertThatThrownBy(() -> driver.complete(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha",
                Map.of(CoordinationProcesses.SHARED_SUMMARY, "Test Person was detained on Monday")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(CoordinationProcesses.SHARED_SUMMARY)
                .hasMessageContaining("must not name a defender")
                // Neither the code name (which would confirm whom the guessed name belongs to) nor the text.
                .hasMessageNotContaining("HRD-").hasMessageNotContaining("Test Person").hasMessageNotContaining("Monday");

        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY)).isOne();
        assertThat(rows(reference)).singleElement().satisfies(row -> {
            assertThat(row.get("summary_enc")).isNull();
            assertThat(row.get("status")).isEqualTo("DRAFTING");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.task_record WHERE duty_reference = ?",
                Long.class, reference)).isZero();
    }

    @Test
    void theSummaryOfATierOneCaseIsDueInThreeDays() {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        assertThat(((Number) driver.caseRow(caseReference).get("urgency_tier")).intValue()).isEqualTo(1);
        String reference = sharing.request(CaseDriver.OFFICER_ALPHA, caseReference,
                List.of(CoordinationDemoData.ALPHA_NORWAY)).reference();

        Task draft = driver.task(reference, CoordinationProcesses.TASK_DRAFT_SUMMARY);
        assertThat(Duration.between(draft.getCreateTime().toInstant(), draft.getDueDate().toInstant())).isEqualTo(Duration.ofDays(3));
    }

    private String caseWithConsent(String scope, String action) {
        return driver.caseWithActions(CaseDriver.consent(scope, action), "DEMARCHE").getBusinessKey();
    }

    private ProcessInstance instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CoordinationProcesses.SHARING_KEY).singleResult();
    }

    private List<Map<String, Object>> rows(String reference) {
        return jdbc.queryForList("SELECT status, summary_enc, consent_checked_at, approved_by, shared_by, shared_at, "
                + "mission_id FROM casework.case_share WHERE reference = ? ORDER BY id", reference);
    }
}
