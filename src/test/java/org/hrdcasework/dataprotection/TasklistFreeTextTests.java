package org.hrdcasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.actions.RelocationProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.coordination.CoordinationProcesses;
import org.hrdcasework.engagements.EngagementProcesses;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.relationships.RelationshipDriver;
import org.hrdcasework.relationships.RelationshipProcesses;
import org.hrdcasework.reporting.ReportProcesses;
import org.hrdcasework.support.SupportApplicationProcess;
import org.hrdcasework.support.SupportApplications;
import org.hrdcasework.support.SupportPurpose;
import org.hrdcasework.system.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Free text typed into forms as Tasklist submits them ({@code POST /engine-rest/task/{id}/submit-form},
 * scalars as {@code {"value": ...}}, lists as Json) is found nowhere in clear: not in any table
 * file, index or WAL segment of the embedded cluster, nor in the application's log, and the
 * engine keeps no form-property history of it; yet the mission's staff read it back, decrypted,
 * from the case file, which shows the text went somewhere.
 *
 * <p>Every canary is a random 40-character string sharing a random run prefix, so a partial copy
 * is caught too. PostgreSQL compresses values of rows over about 2 KB (pglz interleaves control
 * bytes with the literals, which would hide a canary from a byte scan); the rows these small
 * answers travel in stay far below that, and the SQL scan of every text and byte column of both
 * schemas (values decompressed) covers live rows whatever their size. A structured reference
 * (the programme's file number, plaintext by design) typed through the same door is the positive
 * control: the file scan must find it, or it proves nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class TasklistFreeTextTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Autowired
    TaskService taskService;
    @Autowired
    SupportApplications supportApplications;
    @Autowired
    RelationshipDriver relationships;
    @Autowired
    EmbeddedPostgresServer server;
    @Value("${hrd.data-directory}")
    Path dataDirectory;

    /** The run's prefix: every canary and the control start with it. */
    private final String run = random(12);
    /** Canary to who reads it back where ("user /api/path"), null when the text is only dropped. */
    private final Map<String, String> canaries = new LinkedHashMap<>();
    private final List<String> instances = new ArrayList<>();
    /** The fields a canary was typed into. */
    private final java.util.Set<String> typedInto = new java.util.TreeSet<>();

    @Test
    void freeTextSubmittedThroughTasklistIsStoredOnlyEncrypted(CapturedOutput output) throws Exception {
        caseOfConcernAndOneTaskActions();
        demarche();
        publicStatement();
        trialObservation();
        temporaryRelocation();
        sharingAndUnReferral();
        supportApplication();
        relationship();
        highLevelEngagement();
        missionReport();
        annualMeeting();
        escalation();
        assertThat(typedInto).as("every free-text field of forms/ got a canary").containsAll(freeTextFieldsOfAllForms());

        // What the mission's staff read back: every canary, decrypted, in the case file.
        Map<String, String> pages = new HashMap<>();
        canaries.forEach((canary, reader) -> {
            if (reader != null) {
                String[] userAndPath = reader.split(" ", 2);
                String page = pages.computeIfAbsent(reader, r -> ok(http.get(userAndPath[1], userAndPath[0])).body());
                assertThat(page).as("%s reads back %s", reader, canary).contains(canary);
            }
        });
        // Every place a copy could be, reported together (soft assertions): history, live rows, cluster files, log.
        SoftAssertions leaks = new SoftAssertions();
        for (String instance : instances) {
            leaks.assertThat(JSON.readTree(ok(http.get("/engine-rest/history/detail?formFields=true&processInstanceId=" + instance,
                    "admin")).body())).as("form fields of %s", instance).isEmpty();
        }
        leaks.assertThat(JSON.readTree(ok(http.get("/engine-rest/history/detail?formFields=true", "admin")).body()))
                .as("form fields of any instance").isEmpty();
        // Live rows of both schemas, values decompressed.
        leaks.assertThat(new Database(jdbc).plaintextHits(List.copyOf(canaries.keySet()))).as("columns holding a canary").isEmpty();
        // Every file of the cluster: tables, indexes, WAL.
        Database.checkpoint(dataDirectory, server.jdbcUrl());
        Map<String, List<String>> found = scanCluster();
        assertThat(found.remove(control)).as("the positive control is found in the cluster's files").isNotEmpty();
        // What follows the run prefix with '-' is the control (maybe cut short, e.g. at a page end); canaries go on alphanumeric.
        found.keySet().removeIf(value -> value.length() > run.length() && value.charAt(run.length()) == '-');
        leaks.assertThat(found).as("canaries in the cluster's files").isEmpty();
        // The log of the whole run (the control is logged here to show the capture works).
        LoggerFactory.getLogger(TasklistFreeTextTests.class).info("log capture check {}", control);
        assertThat(output.getAll()).contains(control);
        leaks.assertThat(output.getAll().replace(control, "")).as("log output").doesNotContain(run);
        leaks.assertAll();
    }

    private String control;

    @Test
    void aReferenceFieldRefusesFreeTextAtTasklistsDoorNamingTheFieldAndWritingNothing() {
        String reference = driver.fileReport(org.hrdcasework.cases.ThreatType.ARREST).getBusinessKey();
        Task verify = openTasks(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).get(0);
        String typed = "Same person as in the file of " + run;
        long verifications = new Database(jdbc).counts().verifications();

        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + verify.getId() + "/submit-form", "officer.alpha",
                write(Map.of("variables", Map.of("isDefender", Map.of("value", "YES"), "linkedToHumanRightsWork", Map.of("value", "YES"),
                        "duplicateOfReference", Map.of("value", typed)))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        // The model's own listener (a case reference that exists) or the reference pattern refuses it first.
        assertThat(refused.body()).contains("\"field\":\"duplicateOfReference\"").doesNotContain(run);
        assertThat(openTasks(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT)).extracting(Task::getId).containsExactly(verify.getId());
        assertThat(new Database(jdbc).counts().verifications()).isEqualTo(verifications);
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.task_record r JOIN casework.case_file c ON c.id = r.case_id "
                + "WHERE c.reference = ?", reference)).isZero();
        assertThat(new Database(jdbc).plaintextHits(List.of(run))).isEmpty();
    }

    @Test
    void aFormWithUnprotectedFreeTextIsRefusedAtDeployment() {
        String id = "Probe" + random(8);
        String form = """
                {"schemaVersion": 16, "type": "default", "id": "%s", "components": [
                  {"type": "group", "key": "details", "components": [{"type": "textarea", "key": "notes"}]},
                  {"type": "textfield", "key": "programmeReference", "validate": {"maxLength": 40}},
                  {"type": "textarea", "key": "sensitive_notes"}]}""".formatted(id);

        HttpResponse<String> refused = http.deploy("designer", Map.of(id + ".form", form));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("free-text field 'notes' must be named sensitive_notes")
                .contains("reference field 'programmeReference' must declare validate.pattern")
                .doesNotContain("'sensitive_notes'");
        assertThat(new Database(jdbc).count("SELECT count(*) FROM act_ge_bytearray WHERE name_ = ?", id + ".form")).isZero();
    }

    // --- The processes, as their users work them in Tasklist -------------------------------------------------

    private void caseOfConcernAndOneTaskActions() {
        String reference = driver.verifiedCase(org.hrdcasework.cases.ThreatType.ARREST).getBusinessKey();
        track(reference);
        submit(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", fields("threatLevel", "HIGH", "vulnerabilityLevel", "HIGH",
                "capacityLevel", "LOW", "defenderStatus", "AT_LIBERTY", "sensitive_assessmentNotes", canary(reference)));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha",
                CaseDriver.consent("QUIET", "COORDINATION", "EMERGENCY_SUPPORT", "DIGITAL_SECURITY", "CUSTODY_VISIT"));
        submit(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                fields("plannedActionTypes", List.of("COORDINATION", "EMERGENCY_SUPPORT", "DIGITAL_SECURITY", "CUSTODY_VISIT")));
        submit(reference, ActionProcesses.TASK_COORDINATE, "officer.alpha", fields("sensitive_partnerMissions", canary(reference),
                "coordinationForm", "INFORMATION_SHARING", "sensitive_coordinationNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_REFER_EMERGENCY_SUPPORT, "officer.alpha", fields("programme", "FLD_PROTECTION_GRANT",
                "purpose", "LEGAL_FEES", "amountRequested", 2500, "sensitive_supportNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_REFER_DIGITAL_SECURITY, "officer.alpha", fields("digitalSecurityProvider", "ACCESS_NOW_HELPLINE",
                "referredOn", "2026-11-22", "sensitive_digitalSecurityNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, "officer.alpha", fields("requestedOn", "2026-11-21",
                "custodyAuthority", "POLICE", "sensitive_requestNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha", fields("answeredOn", "2026-11-21",
                "custodyAnswer", "REFUSED", "sensitive_answerNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT, "ambassador.alpha", fields("refusedVisitNextStep", "JOINT_REQUEST",
                "sensitive_decisionNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, "officer.alpha", fields("requestedOn", "2026-11-22",
                "custodyAuthority", "POLICE"));
        submit(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha", fields("answeredOn", "2026-11-22",
                "custodyAnswer", "GRANTED"));
        submit(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY, "officer.alpha", fields("visitedOn", "2026-11-22", "lawyerAccess", "YES",
                "familyAccess", "YES", "healthConcerns", "NO", "illTreatmentSigns", "NO", "placeOfDetentionOfficial", "YES",
                "sensitive_custodyNotes", canary(reference), "detentionStatus", "RELEASED"));
        for (Task report : openTasks(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS)) {
            submit(report, "officer.alpha", fields("reportedOn", "2026-11-23", "sensitive_headquartersReport", canary(reference)));
        }
        for (Task feedback : openTasks(reference, ActionProcesses.TASK_GIVE_FEEDBACK)) {
            submit(feedback, "officer.alpha", fields("feedbackGivenOn", "2026-11-24", "feedbackChannel", "SECURE_CALL",
                    "sensitive_feedbackNotes", canary(reference)));
        }
        assertThat(openTasks(reference, CaseOfConcernProcess.TASK_REVIEW_CASE)).as("review after the actions").hasSize(1);
        submit(reference, CaseOfConcernProcess.TASK_REVIEW_CASE, "officer.alpha", fields("reviewDecision", "CLOSE_CASE", "closureOutcome", "NO_LONGER_AT_RISK",
                "sensitive_reviewNotes", canary(reference)));
    }

    private void demarche() {
        String reference = caseWith("QUIET", "DEMARCHE");
        submit(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha", fields("sensitive_demarcheMessages", canary(reference)));
        submit(reference, ActionProcesses.TASK_DELIVER_DEMARCHE, "officer.alpha", fields("deliveredOn", "2026-11-25", "namesDefender", "YES",
                "sensitive_deliveredTo", canary(reference)));
        String demarche = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("Demarche").singleResult().getId();
        List<org.camunda.bpm.engine.runtime.Job> timers = managementService.createJobQuery().processInstanceId(demarche).timers()
                .orderByJobDuedate().asc().list();
        managementService.executeJob(timers.get(0).getId());
        submit(reference, ActionProcesses.TASK_CHASE_REPLY, "officer.alpha", fields("chasedOn", "2026-12-26", "sensitive_chaseNotes", canary(reference)));
        managementService.executeJob(timers.get(1).getId());
        // Up the ladder: the head of mission's demarche, then headquarters after an unsatisfactory reply.
        submit(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha", fields("raisedTo", "NEXT_RUNG",
                "sensitive_raiseNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha", fields("sensitive_demarcheMessages", canary(reference)));
        submit(reference, ActionProcesses.TASK_DELIVER_DEMARCHE, "officer.alpha", fields("deliveredOn", "2027-01-27", "namesDefender", "NO",
                "sensitive_deliveredTo", canary(reference)));
        submit(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", fields("repliedOn", "2027-01-30", "replyAssessment", "UNSATISFACTORY",
                "sensitive_replySummary", canary(reference), "replyNextStep", "CLIMB"));
        submit(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk", fields("takenUpOn", "2027-02-03",
                "headquartersAction", "SUMMONED_AMBASSADOR", "sensitive_headquartersNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", fields("repliedOn", "2027-02-10", "replyAssessment", "PARTIAL",
                "sensitive_replySummary", canary(reference), "replyNextStep", "AWAIT_COMMITMENT",
                "commitmentDueOn", java.time.LocalDate.now().plusDays(20).toString()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(demarche).timers().singleResult().getId());
        submit(reference, ActionProcesses.TASK_CHECK_COMMITMENT, "officer.alpha", fields("commitmentCheckedOn", "2027-03-02",
                "commitmentKept", "KEPT", "sensitive_commitmentNotes", canary(reference)));
    }

    private void publicStatement() {
        String reference = caseWith("PUBLIC", "PUBLIC_STATEMENT");
        submit(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha", fields("sensitive_statementText", canary(reference),
                "statementChannel", "PRESS_RELEASE"));
        submit(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", fields("clearanceDecision", "CLEARED",
                "sensitive_clearanceComments", canary(reference)));
        submit(reference, ActionProcesses.TASK_PUBLISH_STATEMENT, "officer.alpha", fields("publishedOn", "2026-11-27",
                "sensitive_publicationReference", canary(reference)));
    }

    private void temporaryRelocation() {
        String reference = caseWith("QUIET", "TEMPORARY_RELOCATION");
        submit(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha", fields("relocationEligibility", "ELIGIBLE",
                "hostProgramme", "SHELTER_CITY", "durationMonths", 6, "familyMembers", 1, "sensitive_eligibilityNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha", fields("visaOutcome", "REFUSED",
                "visaDecidedOn", "2026-11-25", "sensitive_visaNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_DECIDE_REFUSED_VISA, "ambassador.alpha", fields("refusedVisaNextStep",
                "TRY_OTHER_PROGRAMME", "sensitive_refusedVisaNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha", fields("relocationEligibility", "ELIGIBLE",
                "hostProgramme", "EU_TEMPORARY_RELOCATION_PLATFORM", "durationMonths", 6, "familyMembers", 1));
        submit(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha", fields("visaOutcome", "ISSUED", "visaDecidedOn", "2026-11-28"));
        submit(reference, RelocationProcesses.TASK_PLAN_MOVE_SECURITY, "officer.alpha", fields("routeAgreed", "YES", "travelDocuments", "YES",
                "devicesSecured", "YES", "familyArrangements", "YES", "contactPlan", "YES", "sensitive_securityPlanNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_RECORD_DEPARTURE, "officer.alpha", fields("departedOn", "2026-12-01"));
        String relocation = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(RelocationProcesses.TEMPORARY_RELOCATION).singleResult().getId();
        managementService.executeJob(relocationTimer(relocation, RelocationProcesses.TIMER_CHECK_IN_DUE));
        submit(reference, RelocationProcesses.TASK_CHECK_IN_ABROAD, "officer.alpha", fields("checkedInOn", "2026-12-31", "wellbeing", "WELL",
                "sensitive_checkInNotes", canary(reference)));
        managementService.executeJob(relocationTimer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE));
        submit(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha", fields("returnDecision", "NOT_SAFE_TO_RETURN",
                "sensitive_returnRiskNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION, "ambassador.alpha", fields("longerTermProtection",
                "EXTEND_AGAIN", "extendByMonths", 2, "sensitive_protectionNotes", canary(reference)));
        managementService.executeJob(relocationTimer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE));
        submit(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha", fields("returnDecision", "RETURN"));
        submit(reference, RelocationProcesses.TASK_PLAN_RETURN, "officer.alpha", fields("securityOnArrival", "YES", "contactOnArrival", "YES",
                "reprisalRiskBriefed", "YES", "sensitive_returnPlanNotes", canary(reference)));
        submit(reference, RelocationProcesses.TASK_RECORD_RETURN, "officer.alpha", fields("returnedOn", "2027-08-01"));
    }

    private String relocationTimer(String instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult().getId();
    }

    private void trialObservation() {
        String reference = caseWith("QUIET", "TRIAL_OBSERVATION");
        submit(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha", fields("hearingDate", "2026-12-10", "sensitive_court", canary(reference)));
        submit(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha", fields("observerKind", "OWN_STAFF",
                "observer", "officer.alpha", "sensitive_observerName", canary(reference)));
        String trial = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.TRIAL_OBSERVATION).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(trial)
                .activityId(ActionProcesses.TIMER_HEARING_DAY).singleResult().getId());
        submit(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", fields("hearingHeld", "HELD", "publicHearing", "YES",
                "independentTribunal", "YES", "accessToCounsel", "NO", "presumptionOfInnocence", "YES", "interpreterProvided", "NOT_NEEDED",
                "adequateTimeForDefence", "NO", "defendantPresent", "YES", "illTreatmentAlleged", "YES",
                "sensitive_observationNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN, "officer.alpha", fields("concernFollowUp", "NOTED",
                "sensitive_concernNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT, "officer.alpha", fields("custodyVisitProposed", "YES",
                "referralProposed", "NONE", "sensitive_illTreatmentNotes", canary(reference)));
        submit(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT, "officer.alpha", fields("sensitive_trialReport", canary(reference),
                "furtherHearing", "NO"));
        submit(reference, ActionProcesses.TASK_RECORD_VERDICT, "officer.alpha", fields("verdict", "CONVICTED", "sentenceMonths", 36,
                "appealLodged", "NO"));
    }

    private void sharingAndUnReferral() throws Exception {
        String reference = caseWith("PUBLIC", "COORDINATION");
        String share = JSON.readTree(ok(http.postJson("/api/cases/" + reference + "/shares", "officer.alpha",
                "{\"partners\":[\"0c7d3a10-5d1e-4b8a-9a51-000000000a02\"]}")).body()).get("reference").asText();
        track(share);
        submit(share, CoordinationProcesses.TASK_DRAFT_SUMMARY, "officer.alpha", fields("sensitive_sharedSummary", canary(reference)));
        submit(share, CoordinationProcesses.TASK_APPROVE_SHARING, "ambassador.alpha", fields("sharingDecision", "APPROVED", "jointActionPlanned", "YES",
                "sensitive_approvalComments", canary(reference)));
        submit(share, CoordinationProcesses.TASK_RECORD_JOINT_ACTION, "officer.alpha", fields("jointActionKind", "SHARED_TRIAL_OBSERVATION",
                "takenOn", "2026-11-21", "sensitive_jointActionNotes", canary(reference)));

        String referral = JSON.readTree(ok(http.postJson("/api/cases/" + reference + "/un-referrals", "officer.alpha",
                "{\"forum\":\"SPECIAL_PROCEDURE\",\"mandate\":\"SR_HUMAN_RIGHTS_DEFENDERS\",\"nhriEngaged\":false}")).body())
                .get("reference").asText();
        track(referral);
        submit(referral, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha", fields("sensitive_submissionText", canary(reference)));
        submit(referral, CoordinationProcesses.TASK_CLEAR_SUBMISSION, "ambassador.alpha", fields("clearanceDecision", "CLEARED",
                "sensitive_clearanceComments", canary(reference)));
        submit(referral, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha", fields("submittedOn", java.time.LocalDate.now().toString()));
        submit(referral, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha", fields("stateReplied", "NO", "sensitive_replySummary", canary(reference)));
        submit(referral, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha", fields("followUp", "JOINT_STATEMENT",
                "sensitive_followUpNotes", canary(reference)));
        submit(referral, CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN, "officer.alpha", fields("takenToUnOn",
                java.time.LocalDate.now().toString(), "unFollowUpTaken", "JOINT_STATEMENT_DELIVERED",
                "sensitive_unFollowUpNotes", canary(reference)));
    }

    private void supportApplication() {
        String caseReference = driver.verifiedCase(org.hrdcasework.cases.ThreatType.ARREST).getBusinessKey();
        supportApplications.apply(CaseDriver.OFFICER_ALPHA, caseReference, new SupportApplications.ApplicationRequest(
                "FLD_PROTECTION_GRANT", SupportPurpose.SAFETY_MEASURES, new BigDecimal("2000"), "EUR"));
        String reference = supportApplications.apply(CaseDriver.OFFICER_ALPHA, caseReference, new SupportApplications.ApplicationRequest(
                "PDEU_EMERGENCY_GRANT", SupportPurpose.SAFETY_MEASURES, new BigDecimal("2000"), "EUR"));
        track(reference);
        String records = "officer.alpha /api/support-applications/" + reference + "/records";
        submit(reference, SupportApplicationProcess.TASK_REVIEW_DUPLICATE_FUNDING, "supervisor.alpha", fields("duplicateDecision", "PROCEED",
                "sensitive_duplicateNotes", canaryReadBy(records)));
        submit(reference, SupportApplicationProcess.TASK_INFORM_DEFENDER, "officer.alpha", fields("informedOn", "2026-11-30", "defenderWishesToApply", "YES"));
        submit(reference, SupportApplicationProcess.TASK_PREPARE_APPLICATION, "officer.alpha", fields("documentsReady", true,
                "sensitive_applicationNotes", canaryReadBy(records)));
        // The control: a structured reference, plaintext by design, typed through the same door.
        control = run + "-" + random(27);
        submit(reference, SupportApplicationProcess.TASK_SUBMIT_APPLICATION, "officer.alpha", fields("submittedOn", "2026-12-02", "programmeReference", control));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("SupportApplication").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        submit(reference, SupportApplicationProcess.TASK_CHASE_PROGRAMME, "officer.alpha", fields("chasedOn", "2027-01-05",
                "sensitive_chaseNotes", canaryReadBy(records)));
    }

    private void relationship() {
        String reference = relationships.open(relationships.caseAtTier(1), "officer.alpha", null);
        track(reference);
        String records = "officer.alpha /api/relationships/" + reference + "/records";
        String today = RelationshipDriver.today().toString();
        relationships.fireTimerDueOn(relationships.contactProcess(reference), RelationshipDriver.today().plusDays(30));
        submit(reference, RelationshipProcesses.TASK_CONTACT_DEFENDER, "officer.alpha", fields("contactKind", "OFFICE_VISIT", "contactedOn", today,
                "defenderSituation", "CONCERN", "sensitive_contactNotes", canaryReadBy(records)));
        submit(reference, RelationshipProcesses.TASK_REPORT_CONCERN, "supervisor.alpha", fields("followUp", "REASSESS_RISK",
                "sensitive_concernNotes", canaryReadBy(records)));
        relationships.fireTimerDueOn(relationships.securityProcess(reference), RelationshipDriver.today().plusDays(90));
        Map<String, Object> check = new LinkedHashMap<>(RelationshipDriver.checklist("twoFactorEnabled"));
        check.put("sensitive_digitalSecurityNotes", canaryReadBy(records));
        submit(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha", check);
        submit(reference, RelationshipProcesses.TASK_REFER_TO_HELPLINE, "officer.alpha", fields("helpline", "ACCESS_NOW_HELPLINE", "referredOn", today,
                "sensitive_referralNotes", canaryReadBy(records)));
    }

    private void highLevelEngagement() throws Exception {
        String caseReference = caseWith("PUBLIC", "PUBLIC_STATEMENT");
        String reference = JSON.readTree(ok(http.postJson("/api/engagements", "ambassador.alpha", """
                {"mission": "mission-alpha", "kind": "VISIT", "visitorLevel": "MINISTER", "scheduledOn": "%s"}
                """.formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30)))).body()).path("reference").asText();
        track(reference);
        String records = "ambassador.alpha /api/engagements/" + reference + "/records";
        submit(reference, EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", fields("packChecked", true, "sensitive_briefingNotes", canaryReadBy(records)));
        submit(reference, EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", fields("packDecision", "APPROVED",
                "sensitive_approvalComments", canaryReadBy(records)));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("HighLevelEngagement").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        submit(reference, EngagementProcesses.TASK_RECORD_OUTCOME, "ambassador.alpha", fields("casesRaised", List.of(caseReference),
                "stateAnswered", true, "sensitive_outcomeSummary", canaryReadBy(records), "followUpNeeded", true));
        submit(reference, EngagementProcesses.TASK_FOLLOW_UP, "officer.alpha", fields("followUpAction", "FEEDBACK_TO_DEFENDER",
                "sensitive_followUpNotes", canary(caseReference)));
    }

    private void missionReport() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String reference = JSON.readTree(ok(http.postJson("/api/reports", "supervisor.alpha",
                "{\"mission\":\"mission-alpha\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(today.minusDays(30), today))).body())
                .path("reference").asText();
        track(reference);
        String records = "supervisor.alpha /api/reports/" + reference;
        submit(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha", fields("reviewDecision", "APPROVE",
                "sensitive_reportCommentary", canaryReadBy(records)));
        submit(reference, ReportProcesses.TASK_ACKNOWLEDGE, "hq.desk", fields("acknowledged", true,
                "sensitive_headquartersFeedback", canaryReadBy(records)));
    }

    private void annualMeeting() throws Exception {
        // One meeting per mission and year, within the next ten: a year no other test plans
        // (AnnualDefenderMeetingProcessTests takes this year + 2 to + 7).
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 9;
        String reference = JSON.readTree(ok(http.postJson("/api/annual-meetings", "supervisor.alpha",
                "{\"mission\": \"mission-alpha\", \"year\": %d, \"plannedOn\": \"%d-03-10\"}".formatted(year, year))).body())
                .path("reference").asText();
        track(reference);
        String records = "supervisor.alpha /api/annual-meetings/" + reference + "/records";
        submit(reference, EngagementProcesses.TASK_REVIEW_LIST, "supervisor.alpha", fields("listChecked", true,
                "sensitive_listNotes", canaryReadBy(records)));
        for (Task ask : openTasks(reference, EngagementProcesses.TASK_ASK_CONSENT)) {
            submit(ask, "officer.alpha", fields("consentToInvite", "NO"));
        }
        submit(reference, EngagementProcesses.TASK_SEND_INVITATIONS, "officer.alpha", fields("invitationsSentOn", year + "-02-01"));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("AnnualDefenderMeeting").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        submit(reference, EngagementProcesses.TASK_RECORD_MEETING, "ambassador.alpha", fields("attendeeCount", 0,
                "sensitive_meetingRecord", canaryReadBy(records)));
    }

    private void escalation() {
        String reference = driver.fileReport(org.hrdcasework.cases.ThreatType.ARREST).getBusinessKey();
        String verify = openTasks(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).get(0).getId();
        String watch = runtimeService.createProcessInstanceQuery().processDefinitionKey("EscalationWatch")
                .variableValueEquals("watchedTaskId", verify).singleResult().getId();
        instances.add(watch);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(watch).timers().singleResult().getId());
        submit(reference, EscalationProcesses.TASK_HANDLE_ESCALATION, "supervisor.alpha", fields("escalationDecision", "EXTEND", "extendBy", "P3D",
                "sensitive_escalationNote", canary(reference)));
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private String caseWith(String scope, String action) {
        String reference = driver.caseWithActions(CaseDriver.consent(scope, action), action).getBusinessKey();
        track(reference);
        return reference;
    }

    /** Remembers the process instances of a business key, for the history queries. */
    private void track(String businessKey) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .forEach(instance -> instances.add(instance.getId()));
    }

    /** A fresh canary for a case's task, readable back from the case file. */
    private String canary(String caseReference) {
        return canaryReadBy("officer.alpha /api/cases/" + caseReference + "/records");
    }

    /** A fresh canary, read back by "user /api/path", or only dropped (null). */
    private String canaryReadBy(String reader) {
        String canary = run + random(28);
        canaries.put(canary, reader);
        return canary;
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private List<Task> openTasks(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
    }

    private void submit(String businessKey, String taskKey, String user, Map<String, Object> fields) {
        List<Task> tasks = openTasks(businessKey, taskKey);
        assertThat(tasks).as("open %s of %s", taskKey, businessKey).hasSize(1);
        submit(tasks.get(0), user, fields);
        track(businessKey);
    }

    /** Exactly what Tasklist's Camunda Forms client posts: {"value": v} for scalars, Json strings for lists. */
    private void submit(Task task, String user, Map<String, Object> fields) {
        ObjectNode variables = JSON.createObjectNode();
        fields.forEach((name, value) -> {
            if (canaries.containsKey(value)) {
                typedInto.add(name);
            }
            ObjectNode variable = variables.putObject(name);
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                variable.put("type", "Json");
                variable.put("value", write(value));
            } else {
                variable.putPOJO("value", value);
            }
        });
        HttpResponse<String> response = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", user,
                write(Map.of("variables", variables)));
        assertThat(response.statusCode()).as("%s as %s: %s", task.getTaskDefinitionKey(), user, response.body()).isEqualTo(204);
    }

    /** Every sensitive_* text input of every form in forms/, nested ones included. */
    private static java.util.Set<String> freeTextFieldsOfAllForms() throws IOException {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                collectFreeText(JSON.readTree(form.toFile()), keys);
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        return keys;
    }

    private static void collectFreeText(JsonNode container, java.util.Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            String key = component.path("key").asText();
            if (("textfield".equals(type) || "textarea".equals(type)) && key.startsWith("sensitive_")) {
                keys.add(key);
            }
            collectFreeText(component, keys);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Every occurrence of the run prefix in the cluster's files, by the 40 characters it starts: value to files. */
    private Map<String, List<String>> scanCluster() throws IOException {
        byte[] prefix = run.getBytes(StandardCharsets.US_ASCII);
        Map<String, List<String>> found = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDirectory.resolve("postgres"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("cluster files").anyMatch(f -> f.toString().contains("pg_wal"));
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
                continue; // removed (temporary files, recycled WAL) while walking
            }
            for (int at = indexOf(content, prefix, 0); at >= 0; at = indexOf(content, prefix, at + 1)) {
                int end = Math.min(content.length, at + 40);
                String value = new String(content, at, end - at, StandardCharsets.ISO_8859_1);
                found.computeIfAbsent(value, v -> new ArrayList<>()).add(file.toString());
            }
        }
        return found;
    }

    private static int indexOf(byte[] content, byte[] needle, int from) {
        outer:
        for (int i = from; i <= content.length - needle.length; i++) {
            if (content[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
