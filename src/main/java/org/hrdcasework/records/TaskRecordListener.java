package org.hrdcasework.records;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.hrdcasework.defenders.DefenderService;
import org.springframework.stereotype.Component;

/**
 * Attached to every user task on completion (see system/engine/UserTaskConventions): stores the
 * form's fields in the case file and removes {@code sensitive_*} fields from the engine in the
 * same transaction, so they never reach its tables.
 */
@Component
class TaskRecordListener implements TaskListener {

    static final String SENSITIVE_PREFIX = "sensitive_";

    /** Forms whose content leaves the mission (headquarters, partner missions): pseudonymous only. */
    static final Set<String> EXPORTED_FORMS = Set.of("ReportToHeadquarters", "CoordinateWithLikeMindedMissions",
            "ReviewMissionReport", "DraftSharedSummary", "PrepareUnSubmission",
            // Briefing notes go to the visiting official from the capital; the outcome is reported back there.
            "ReviewBriefingPack", "RecordEngagementOutcome");

    private final TaskRecordService service;
    private final DefenderService defenderService;
    private final MissionScope missionScope;

    TaskRecordListener(TaskRecordService service, DefenderService defenderService, MissionScope missionScope) {
        this.service = service;
        this.defenderService = defenderService;
        this.missionScope = missionScope;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        String formId = element == null ? null : element.getCamundaFormRef();
        if (formId == null) {
            return;
        }
        // Recorded against the case or duty only if it is of the task's own mission (its tenant).
        UUID caseUuid = missionScope.caseId(task);
        String dutyReference = missionScope.dutyReference(task);
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> sensitive = new LinkedHashMap<>();
        for (String field : FormFieldCatalog.fieldsOf(formId)) {
            Object value = plain(task.getVariable(field));
            if (field.startsWith(SENSITIVE_PREFIX)) {
                if (value != null && !value.toString().isBlank()) {
                    sensitive.put(field.substring(SENSITIVE_PREFIX.length()), value);
                }
                task.getExecution().removeVariable(field);
            } else if (value != null) {
                answers.put(field, value);
            }
        }
        if (caseUuid == null && dutyReference == null) {
            return; // neither a case nor a duty task (e.g. handling an escalation): free text is dropped above
        }
        String missionId = MissionScope.mission(task);
        if (EXPORTED_FORMS.contains(formId)) {
            Map<String, Object> leaving = new LinkedHashMap<>(answers);
            sensitive.forEach((field, value) -> leaving.put(SENSITIVE_PREFIX + field, value));
            leaving.forEach((field, value) -> {
                if (caseUuid != null) {
                    defenderService.requirePseudonymous(caseUuid, field, value.toString());
                } else {
                    defenderService.requirePseudonymousInMission(missionId, field, value.toString());
                }
            });
        }
        service.record(new TaskRecordService.Subject(caseUuid, missionId, dutyReference), missionScope.actionId(task),
                task.getTaskDefinitionKey(), formId, answers, sensitive, TaskActors.actor(task));
    }

    private static Object plain(Object value) {
        if (value instanceof SpinJsonNode node) {
            return node.isArray() ? node.elements().stream().map(SpinJsonNode::stringValue).toList() : node.toString();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        return value;
    }

}
