package org.hrdcasework.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.DemoCases;
import org.hrdcasework.cases.FurtherReport;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/ReprisalWatch.bpmn: a watch opened by an engagement that made the defender visible,
 * check-ins on the designers' cadence, a suspected reprisal recorded (and a reassessment), a threat
 * report during the watch linked to the engagement and confirmed or rejected, and the watch's end.
 */
class ReprisalWatchProcessTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReprisalWatches watches;
    @Autowired
    CaseFileService caseFileService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    Clock clock;
    @Autowired
    DemoCases demoCases;

    @Test
    void aCheckInWithoutSignsComesRoundOnTheDesignersCadenceUntilTheWatchPeriodRunsOut() {
        String reference = verifiedCase();
        UUID watchId = watches.open(caseId(reference), VisibleEngagement.TRIAL_ATTENDANCE, UUID.randomUUID().toString(), Instant.now(clock));
        ProcessInstance watch = watchInstance(reference);

        assertThat(watch).isWaitingAt(ReprisalProcesses.TASK_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        assertThat(watch).task().hasCandidateGroup("case-officers");
        Job end = timer(watch, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        assertThat(Duration.between(Instant.now(clock), end.getDuedate().toInstant()))
                .as("REPRISAL_WATCH in Cadences.dmn").isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));

        driver.complete(reference, ReprisalProcesses.TASK_CHECK_IN, "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "NONE", "sensitive_checkInNotes", "Calm week, no visitors"));

        assertThat(watch).isWaitingAt(ReprisalProcesses.TIMER_NEXT_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        Job next = timer(watch, ReprisalProcesses.TIMER_NEXT_CHECK_IN);
        assertThat(Duration.between(Instant.now(clock), next.getDuedate().toInstant()))
                .as("REPRISAL_CHECK_IN in Cadences.dmn").isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        managementService.executeJob(next.getId());
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CHECK_IN)).isOne();

        managementService.executeJob(timer(watch, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER).getId());

        assertThat(watch).hasPassed(ReprisalProcesses.TASK_CLOSE_WATCH, ReprisalProcesses.END_WATCH_ENDED).isEnded();
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CHECK_IN)).as("the check-ins end with the watch").isZero();
        assertThat(jdbc.queryForObject("SELECT closed_at IS NOT NULL FROM casework.reprisal_watch WHERE id = ?", Boolean.class, watchId))
                .isTrue();
        assertThat(driver.recordNotes(reference, ReprisalProcesses.TASK_CHECK_IN)).containsEntry("checkInNotes", "Calm week, no visitors");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(watch.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
    }

    @Test
    void aSuspectedReprisalIsRecordedAgainstTheEngagementStartsAReassessmentAndTheWatchGoesOn() {
        String reference = caseWithPlan();
        String engagement = UUID.randomUUID().toString();
        UUID watchId = watches.open(caseId(reference), VisibleEngagement.DIALOGUE_RAISE, engagement, Instant.now(clock));
        ProcessInstance watch = watchInstance(reference);

        driver.complete(reference, ReprisalProcesses.TASK_CHECK_IN, "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "SUSPECTED", "sensitive_checkInNotes", "Followed home twice"));
        assertThat(watch).isWaitingAt(ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        // A suspected reprisal is recorded within a day (the escalation policy's row for reprisals).
        org.camunda.bpm.engine.task.Task record = driver.task(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL);
        assertThat(Duration.between(record.getCreateTime().toInstant(), record.getDueDate().toInstant())).isEqualTo(Duration.ofHours(24));
        driver.complete(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL, "officer.alpha",
                Map.of("reprisalKind", "SURVEILLANCE", "sensitive_reprisalNotes", "A car outside the office since the dialogue"));

        assertThat(watch).hasPassedInOrder(ReprisalProcesses.TASK_CHECK_IN, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL)
                .isWaitingAt(ReprisalProcesses.TIMER_NEXT_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        Map<String, Object> reprisal = jdbc.queryForMap("SELECT engagement_kind, reprisal_kind, source, confirmed, decided_by"
                + " FROM casework.reprisal WHERE watch_id = ?", watchId);
        assertThat(reprisal).containsEntry("engagement_kind", "DIALOGUE_RAISE").containsEntry("reprisal_kind", "SURVEILLANCE")
                .containsEntry("source", "CHECK_IN").containsEntry("confirmed", true).containsEntry("decided_by", "officer.alpha");
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_REASSESS_RISK)).as("the case's risk is reassessed").isOne();
        assertThat(driver.recordNotes(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL))
                .containsEntry("reprisalNotes", "A car outside the office since the dialogue");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(watch.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
    }

    @Test
    void aThreatAfterAPublicStatementIsLinkedToItAndCountedAsAReprisalInTheMonthsReport() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long before = reprisalsInMonthsReport(today).path(ReportFigureKeys.SECTION).path("PUBLIC_STATEMENT").asLong();
        String reference = driver.caseWithActions(CaseDriver.consent("PUBLIC", "PUBLIC_STATEMENT"), "PUBLIC_STATEMENT").getBusinessKey();
        publishStatement(reference);

        Map<String, Object> opened = jdbc.queryForMap("SELECT w.engagement_kind, w.engagement_ref, a.id::text AS action_id"
                + " FROM casework.reprisal_watch w JOIN casework.case_action a ON a.case_id = w.case_id"
                + " WHERE w.case_id = ? AND w.closed_at IS NULL", caseId(reference));
        assertThat(opened).containsEntry("engagement_kind", "PUBLIC_STATEMENT");
        assertThat(opened.get("engagement_ref")).as("the statement's action id, never a name").isEqualTo(opened.get("action_id"));
        ProcessInstance watch = watchInstance(reference);
        assertThat(watch).isWaitingAt(ReprisalProcesses.TASK_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);

        // A new threat on the same defender while the watch runs.
        caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA, reference, new FurtherReport(
                new ThreatReport.Threat(ThreatType.DEATH_THREAT, "Threatening calls after the statement", today),
                ReportChannel.LIAISON_OFFICER));
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CONFIRM_LINK)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.reprisal WHERE case_id = ? AND source = 'THREAT_REPORT'"
                + " AND confirmed IS NULL", Long.class, caseId(reference))).as("proposed, not yet a reprisal").isOne();
        driver.complete(reference, ReprisalProcesses.TASK_CONFIRM_LINK, "officer.alpha",
                Map.of("reprisalLink", "CONFIRMED", "sensitive_linkNotes", "The caller quoted the statement"));

        assertThat(watch).hasPassed(ReprisalProcesses.TASK_CONFIRM_LINK, ReprisalProcesses.END_LINK_CONFIRMED)
                .isWaitingAt(ReprisalProcesses.TASK_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
        JsonNode reprisals = reprisalsInMonthsReport(today);
        assertThat(reprisals.path(ReportFigureKeys.SECTION).path("PUBLIC_STATEMENT").asLong()).isEqualTo(before + 1);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(watch.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
    }

    @Test
    void aThreatReportTheOfficerFindsUnrelatedIsNoReprisal() {
        String reference = caseWithPlan();
        UUID watchId = watches.open(caseId(reference), VisibleEngagement.UN_SUBMISSION, UUID.randomUUID().toString(), Instant.now(clock));
        ProcessInstance watch = watchInstance(reference);
        caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA, reference, new FurtherReport(
                new ThreatReport.Threat(ThreatType.OTHER, "A dispute with a landlord", LocalDate.now(clock)), ReportChannel.WALK_IN));

        driver.complete(reference, ReprisalProcesses.TASK_CONFIRM_LINK, "officer.alpha", Map.of("reprisalLink", "NOT_LINKED"));

        assertThat(watch).hasPassed(ReprisalProcesses.END_NOT_LINKED).hasNotPassed(ReprisalProcesses.END_LINK_CONFIRMED);
        assertThat(jdbc.queryForObject("SELECT confirmed FROM casework.reprisal WHERE watch_id = ?", Boolean.class, watchId)).isFalse();
    }

    @Test
    void aNewReportFoundAtVerificationToBeAboutTheWatchedDefenderIsLinkedToTheEngagement() {
        String reference = caseWithPlan();
        UUID watchId = watches.open(caseId(reference), VisibleEngagement.PUBLIC_STATEMENT, UUID.randomUUID().toString(), Instant.now(clock));
        String report = driver.fileReport(ThreatType.PHYSICAL_ATTACK).getBusinessKey();
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CONFIRM_LINK)).as("not known to be the same defender yet").isZero();

        driver.complete(report, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES", "duplicateOfReference", reference));

        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CONFIRM_LINK)).isOne();
        assertThat(jdbc.queryForObject("SELECT report_case_id FROM casework.reprisal WHERE watch_id = ?", UUID.class, watchId))
                .isEqualTo(caseId(report));
        driver.complete(reference, ReprisalProcesses.TASK_CONFIRM_LINK, "officer.alpha", Map.of("reprisalLink", "CONFIRMED"));
        assertThat(jdbc.queryForObject("SELECT confirmed FROM casework.reprisal WHERE watch_id = ?", Boolean.class, watchId)).isTrue();
    }

    @Test
    void aFurtherEngagementOnTheCaseExtendsTheOpenWatchInsteadOfStartingASecond() {
        String reference = verifiedCase();
        Instant first = Instant.now(clock).minus(Duration.ofDays(10));
        UUID watchId = watches.open(caseId(reference), VisibleEngagement.TRIAL_ATTENDANCE, UUID.randomUUID().toString(), first);
        ProcessInstance watch = watchInstance(reference);
        Instant firstEnd = timer(watch, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER).getDuedate().toInstant();

        UUID again = watches.open(caseId(reference), VisibleEngagement.UN_SUBMISSION, UUID.randomUUID().toString(), Instant.now(clock));

        assertThat(again).isEqualTo(watchId);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ReprisalProcesses.REPRISAL_WATCH).count()).isOne();
        Instant newEnd = timer(watch, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER).getDuedate().toInstant();
        assertThat(Duration.between(firstEnd, newEnd)).isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10).plusMinutes(5));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.reprisal_watch_engagement WHERE watch_id = ?", Long.class, watchId))
                .isEqualTo(2);
    }

    @Test
    void answersTheProcessDoesNotKnowAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String reference = caseWithPlan();
        watches.open(caseId(reference), VisibleEngagement.ANNUAL_MEETING, UUID.randomUUID().toString(), Instant.now(clock));

        HttpResponse<String> signs = driver.submitForm(driver.task(reference, ReprisalProcesses.TASK_CHECK_IN).getId(), "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "MAYBE"));
        assertThat(signs.statusCode()).isEqualTo(400);
        assertThat(signs.body()).contains(ReprisalProcesses.REPRISAL_SIGNS);
        // The clock and routing values are the server's: a form cannot set them.
        HttpResponse<String> routed = driver.submitForm(driver.task(reference, ReprisalProcesses.TASK_CHECK_IN).getId(), "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "NONE", ReprisalProcesses.CHECK_IN_AFTER, "PT1M"));
        assertThat(routed.statusCode()).isEqualTo(400);
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CHECK_IN)).isOne();

        driver.complete(reference, ReprisalProcesses.TASK_CHECK_IN, "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "SUSPECTED"));
        HttpResponse<String> kind = driver.submitForm(driver.task(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL).getId(),
                "officer.alpha", Map.of("reprisalKind", "BAD_LUCK"));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains(ReprisalProcesses.REPRISAL_KIND);
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL)).isOne();

        caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA, reference, new FurtherReport(
                new ThreatReport.Threat(ThreatType.SURVEILLANCE, "Followed", LocalDate.now(clock)), ReportChannel.WALK_IN));
        HttpResponse<String> link = driver.submitForm(driver.task(reference, ReprisalProcesses.TASK_CONFIRM_LINK).getId(),
                "officer.alpha", Map.of("reprisalLink", "PERHAPS"));
        assertThat(link.statusCode()).isEqualTo(400);
        assertThat(link.body()).contains(ReprisalProcesses.REPRISAL_LINK);
        assertThat(driver.openTasks(reference, ReprisalProcesses.TASK_CONFIRM_LINK)).isOne();
    }

    @Test
    void anotherMissionSeesNeitherTheWatchNorItsReprisals() {
        String reference = verifiedCase();
        watches.open(caseId(reference), VisibleEngagement.VISITING_OFFICIAL_MEETING, UUID.randomUUID().toString(), Instant.now(clock));
        ProcessInstance watch = watchInstance(reference);
        driver.complete(reference, ReprisalProcesses.TASK_CHECK_IN, "officer.alpha",
                Map.of("checkedInOn", "2026-11-28", "reprisalSigns", "SUSPECTED"));
        driver.complete(reference, ReprisalProcesses.TASK_RECORD_SUSPECTED_REPRISAL, "officer.alpha", Map.of("reprisalKind", "THREAT"));

        HttpResponse<String> own = http.get("/api/cases/" + reference + "/reprisals", "officer.alpha");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("VISITING_OFFICIAL_MEETING", "THREAT");
        assertThat(http.get("/api/cases/" + reference + "/reprisals", "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/engine-rest/task?processInstanceId=" + watch.getId(), "officer.beta").body()).isEqualTo("[]");
        identityService.setAuthentication("officer.beta", List.of("case-officers"), List.of("mission-beta"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceId(watch.getId()).count()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void anAttendedHearingOpensAWatchNamingTheTrialObservationByItsId() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"), "TRIAL_OBSERVATION").getBusinessKey();
        LocalDate hearing = LocalDate.now(clock).plusDays(7);
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha",
                Map.of("hearingDate", hearing.toString(), "sensitive_court", "Court"));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "observer", "officer.alpha", "sensitive_observerName", "Human rights officer"));
        ProcessInstance trial = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.TRIAL_OBSERVATION).singleResult();
        managementService.executeJob(timer(trial, ActionProcesses.TIMER_HEARING_DAY).getId());
        assertThat(watchInstance(reference)).as("no watch before the hearing").isNull();

        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", Map.of("hearingHeld", "HELD",
                "publicHearing", "YES", "independentTribunal", "YES", "accessToCounsel", "YES", "presumptionOfInnocence", "YES",
                "interpreterProvided", "NOT_NEEDED", "adequateTimeForDefence", "YES", "defendantPresent", "YES",
                "illTreatmentAlleged", "NO"));

        assertThat(jdbc.queryForMap("SELECT w.engagement_kind, w.engagement_ref = a.id::text AS names_the_action"
                + " FROM casework.reprisal_watch w JOIN casework.case_action a ON a.case_id = w.case_id WHERE w.case_id = ?",
                caseId(reference))).containsEntry("engagement_kind", "TRIAL_ATTENDANCE").containsEntry("names_the_action", true);
        assertThat(watchInstance(reference)).isWaitingAt(ReprisalProcesses.TASK_CHECK_IN, ReprisalProcesses.TIMER_WATCH_PERIOD_OVER);
    }

    @Test
    void theDemoPublishesAStatementOnItsFirstCaseSoANewUserSeesACheckIn() {
        List<String> references = demoCases.seed("mission-alpha");
        String first = references.get(0);

        assertThat(jdbc.queryForObject("SELECT engagement_kind FROM casework.reprisal_watch WHERE case_id = ? AND closed_at IS NULL",
                String.class, caseId(first))).isEqualTo("PUBLIC_STATEMENT");
        assertThat(driver.openTasks(first, ReprisalProcesses.TASK_CHECK_IN)).isOne();
        assertThat(driver.actions(first)).anySatisfy(a -> assertThat(a).containsEntry("action_type", "PUBLIC_STATEMENT")
                .containsEntry("outcome", ActionProcesses.OUTCOME_PUBLISHED));
    }

    /** The keys of the month's report figures this class reads. */
    private static final class ReportFigureKeys {
        static final String SECTION = "confirmedReprisals.byEngagementKind";
    }

    private JsonNode reprisalsInMonthsReport(LocalDate today) throws Exception {
        HttpResponse<String> created = http.postJson("/api/reports", "supervisor.alpha",
                "{\"mission\":\"mission-alpha\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(today.withDayOfMonth(1), today));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String report = JSON.readTree(created.body()).path("reference").asText();
        return JSON.readTree(http.get("/api/reports/" + report, "supervisor.alpha").body()).path("figures");
    }

    private void publishStatement(String reference) {
        driver.complete(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha", Map.of(
                "sensitive_statementText", "The mission is concerned about the detention of a human rights defender",
                "statementChannel", "PRESS_RELEASE"));
        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", Map.of("clearanceDecision", "CLEARED"));
        driver.complete(reference, ActionProcesses.TASK_PUBLISH_STATEMENT, "officer.alpha",
                Map.of("publishedOn", LocalDate.now(clock).toString(), "sensitive_publicationReference", "https://mission.example/statements/13"));
    }

    /** A case whose plan is in force (a demarche), where a further report starts a reassessment. */
    private String caseWithPlan() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
    }

    private String verifiedCase() {
        return driver.verifiedCase(ThreatType.JUDICIAL_HARASSMENT).getBusinessKey();
    }

    private UUID caseId(String reference) {
        return jdbc.queryForObject("SELECT id FROM casework.case_file WHERE reference = ?", UUID.class, reference);
    }

    private ProcessInstance watchInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ReprisalProcesses.REPRISAL_WATCH).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
    }
}
