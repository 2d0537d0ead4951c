package org.hrdcasework.records;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hrdcasework.system.engine.FreeTextFields;
import org.hrdcasework.system.engine.EveryUserTask;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.hrdcasework.defenders.DefenderService;
import org.springframework.stereotype.Component;

/**
 * Attached to every user task on completion (an {@link EveryUserTask}): stores the
 * form's fields in the case file and removes {@code sensitive_*} fields from the engine in the
 * same transaction, so they never reach its tables (a variable created and removed within one
 * command is never flushed), and checks the few free-text references against their pattern
 * ({@link FreeTextFields}).
 */
@Component
class TaskRecordListener implements EveryUserTask {

    static final String SENSITIVE_PREFIX = FreeTextFields.SENSITIVE_PREFIX;

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
    public int order() {
        return RECORD;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_COMPLETE);
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
                FreeTextFields.requireReference(field, value);
                answers.put(field, value);
            }
        }
        // A sensitive_* field the catalog does not know (a form deployed from Camunda Modeler, say)
        // is not recorded, but must not stay in the engine either. A free-text field under its
        // former name (an instance still on a version deployed with the old form) is recorded
        // encrypted under that name, as the legacy sealing does.
        for (String name : task.getVariableNames()) {
            if (FreeTextFields.isKeptOutOfEngine(name)) {
                Object value = plain(task.getVariable(name));
                if (!FreeTextFields.isSensitive(name) && value != null && !value.toString().isBlank()) {
                    sensitive.putIfAbsent(name, value);
                }
                task.getExecution().removeVariable(name);
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
