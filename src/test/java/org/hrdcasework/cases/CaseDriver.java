package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.TaskDriver;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.system.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drives cases through their processes as the demo users would in Tasklist. */
@Component
public class CaseDriver {

    public static final Caller OFFICER_ALPHA = new Caller("officer.alpha", Set.of("case-officers"), Set.of("mission-alpha"));

    private final CaseFileService caseFileService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final TaskDriver tasks;
    private final JdbcTemplate jdbc;
    private final TaskRecordService taskRecordService;

    CaseDriver(CaseFileService caseFileService, RuntimeService runtimeService, ManagementService managementService,
               TaskService taskService, TaskDriver tasks, JdbcTemplate jdbc, TaskRecordService taskRecordService) {
        this.managementService = managementService;
        this.taskRecordService = taskRecordService;
        this.caseFileService = caseFileService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /** A report for another mission, filed by that mission's officer. */
    public ProcessInstance fileReportFor(String mission) {
        Caller officer = new Caller("officer.beta", Set.of("case-officers"), Set.of(mission));
        String reference = caseFileService.fileThreatReport(officer, new ThreatReport(mission,
                new ThreatReport.Defender("Other Person", null),
                new ThreatReport.Threat(ThreatType.ARREST, "Detained at the border", LocalDate.of(2026, 11, 2)),
                ReportChannel.WALK_IN, null));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).active().singleResult();
    }

    public ProcessInstance fileReport(ThreatType type) {
        String reference = caseFileService.fileThreatReport(OFFICER_ALPHA, new ThreatReport("mission-alpha",
                new ThreatReport.Defender("Test Person", null),
                new ThreatReport.Threat(type, "Detained after a protest", LocalDate.of(2026, 11, 1)),
                ReportChannel.LIAISON_OFFICER, null));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).active().singleResult();
    }

    /** A verified case waiting at risk assessment. */
    public ProcessInstance verifiedCase(ThreatType type) {
        ProcessInstance instance = fileReport(type);
        complete(instance.getBusinessKey(), CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        return instance;
    }

    public static Map<String, Object> assessment(String threat, String vulnerability, String capacity, String status) {
        return Map.of("threatLevel", threat, "vulnerabilityLevel", vulnerability, "capacityLevel", capacity,
                "defenderStatus", status, "sensitive_assessmentNotes", "Neighbour reported men asking for the defender");
    }

    /**
     * The defender's consent to {@code actions} in the form's answers: "QUIET" before the host state
     * and partner missions, "PUBLIC" before every audience (the UN and the public too).
     */
    public static Map<String, Object> consent(String scope, String... actions) {
        return consentBefore(switch (scope) {
            case "QUIET" -> List.of("HOST_STATE", "PARTNER_MISSIONS");
            case "PUBLIC" -> List.of("HOST_STATE", "PARTNER_MISSIONS", "UN", "PUBLIC");
            default -> throw new IllegalArgumentException(scope);
        }, actions);
    }

    /** The defender's own consent, given in person, to {@code actions} before {@code audiences}. */
    public static Map<String, Object> consentBefore(List<String> audiences, String... actions) {
        Map<String, Object> values = new HashMap<>();
        values.put("consentedActions", List.of(actions));
        values.put("consentAudiences", audiences);
        values.put("consentGivenBy", "DEFENDER");
        values.put("consentGivenThrough", "IN_PERSON");
        return values;
    }

    /** A case with its actions planned, i.e. with one CaseAction instance per action running. */
    public ProcessInstance caseWithActions(Map<String, Object> consent, String... actions) {
        ProcessInstance instance = verifiedCase(ThreatType.ARREST);
        String reference = instance.getBusinessKey();
        complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", consent);
        complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                Map.of("plannedActionTypes", List.of(actions)));
        return instance;
    }

    /** The open task of that key among all processes of the case (main, actions, called processes). */
    public Task task(String reference, String taskKey) {
        return tasks.task(reference, taskKey);
    }

    public long openTasks(String reference, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count();
    }

    /** Completes the task as {@code user}, with the user's own groups and missions and the engine's checks on. */
    public void complete(String reference, String taskKey, String user, Map<String, Object> variables) {
        tasks.complete(reference, taskKey, user, variables);
    }

    /** Submits the task's form over HTTP as {@code user} and hands back the response, refused or not. */
    public HttpResponse<String> submitForm(String taskId, String user, Map<String, ?> variables) {
        return tasks.submitForm(taskId, user, new HashMap<>(variables));
    }

    public Map<String, Object> caseRow(String reference) {
        return jdbc.queryForMap("SELECT id, stage, risk_level, urgency_tier, closure_reason, closure_outcome, closed_at, "
                + "reopened_at FROM casework.case_file WHERE reference = ?", reference);
    }

    public List<Map<String, Object>> actions(String reference) {
        return jdbc.queryForList("SELECT a.action_type, a.state, a.outcome FROM casework.case_action a "
                + "JOIN casework.case_file c ON c.id = a.case_id WHERE c.reference = ? ORDER BY a.action_type", reference);
    }

    /** The end of every action once carried out: its report to headquarters and the feedback to the defender. */
    public void reportAndFeedBack(String reference) {
        complete(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, "officer.alpha",
                Map.of("reportedOn", "2026-11-23", "sensitive_headquartersReport", "Action carried out as planned"));
        complete(reference, ActionProcesses.TASK_GIVE_FEEDBACK, "officer.alpha",
                Map.of("feedbackGivenOn", "2026-11-24", "feedbackChannel", "SECURE_CALL"));
    }

    /** Completes a one-task action, then its report to headquarters and the feedback to the defender. */
    public void completeSimpleAction(String reference, String taskKey, Map<String, Object> answers) {
        complete(reference, taskKey, "officer.alpha", answers);
        reportAndFeedBack(reference);
    }

    /**
     * Carries out a custody visit as the officers do: the request to the authority, its answer
     * (granted), the visit (the defender released). The action then waits for its report.
     */
    public void carryOutCustodyVisit(String reference) {
        complete(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, "officer.alpha",
                Map.of("requestedOn", "2026-11-21", "custodyAuthority", "POLICE"));
        complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-21", "custodyAnswer", "GRANTED"));
        complete(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY, "officer.alpha", custodyVisit("RELEASED"));
    }

    /** {@link #carryOutCustodyVisit}, then the action's report to headquarters and feedback, as {@link #completeSimpleAction}. */
    public void completeCustodyVisit(String reference) {
        carryOutCustodyVisit(reference);
        reportAndFeedBack(reference);
    }

    /** The answers of "Visit the defender in custody": no concern on the checklist, and the detention status given. */
    public static Map<String, Object> custodyVisit(String detentionStatus) {
        return Map.of("visitedOn", "2026-11-22", "lawyerAccess", "YES", "familyAccess", "YES", "healthConcerns", "NO",
                "illTreatmentSigns", "NO", "placeOfDetentionOfficial", "YES", "detentionStatus", detentionStatus);
    }

    /** The answers (not the encrypted notes) of the case's latest record of that task, as the case file shows them. */
    public Map<String, Object> recordAnswers(String reference, String taskKey) {
        return taskRecordService.recordsOf(OFFICER_ALPHA, reference).stream()
                .filter(r -> r.taskKey().equals(taskKey))
                .reduce((first, second) -> second)
                .orElseThrow()
                .answers();
    }

    /** The decrypted notes of the case's latest record of that task, as the case file shows them. */
    public Map<String, Object> recordNotes(String reference, String taskKey) {
        return taskRecordService.recordsOf(OFFICER_ALPHA, reference).stream()
                .filter(r -> r.taskKey().equals(taskKey))
                .reduce((first, second) -> second)
                .orElseThrow()
                .notes();
    }


    /** The case's running trial observation. */
    public ProcessInstance trialObservation(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.TRIAL_OBSERVATION).singleResult();
    }

    /** The timer of the trial observation's next hearing day. */
    public Job hearingDayTimer(String reference) {
        return managementService.createJobQuery().processInstanceId(trialObservation(reference).getId())
                .activityId(ActionProcesses.TIMER_HEARING_DAY).singleResult();
    }
}
