package org.hrdcasework.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.system.engine.MissionScope;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The task recorder's handling of free text that a catalogue entry does not name. */
class TaskRecordListenerTests {

    private final TaskRecordService service = mock(TaskRecordService.class);
    private final MissionScope missionScope = mock(MissionScope.class);
    private final TaskRecordListener listener = new TaskRecordListener(service, mock(DefenderService.class), missionScope);
    private final DelegateTask task = mock(DelegateTask.class, RETURNS_DEEP_STUBS);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    private void completing(String formId, Map<String, Object> variables) {
        UserTask element = mock(UserTask.class);
        when(element.getCamundaFormRef()).thenReturn(formId);
        when(task.getBpmnModelElementInstance()).thenReturn(element);
        when(task.getExecution()).thenReturn(execution);
        when(task.getTaskDefinitionKey()).thenReturn("Task_" + formId);
        when(task.getTenantId()).thenReturn("mission-alpha");
        when(task.getAssignee()).thenReturn("officer.alpha");
        when(task.getVariableNames()).thenReturn(Set.copyOf(variables.keySet()));
        variables.forEach((name, value) -> when(task.getVariable(name)).thenReturn(value));
        // The case as our tables know it, for the task's own mission.
        when(missionScope.caseId(task)).thenReturn(UUID.fromString(variables.get("caseId").toString()));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFreeTextFieldUnderItsFormerNameIsRecordedEncryptedAndRemovedFromTheEngine() {
        // An instance still on a version deployed with the old form submits partnerMissions.
        completing("CoordinateWithLikeMindedMissions", Map.of("caseId", UUID.randomUUID().toString(),
                "partnerMissions", "EU delegation", "coordinationForm", "JOINT_DEMARCHE", "sensitive_coordinationNotes", "Met them"));

        listener.notify(task);

        verify(execution).removeVariable("partnerMissions");
        verify(execution, atLeastOnce()).removeVariable("sensitive_coordinationNotes");
        ArgumentCaptor<Map<String, Object>> answers = ArgumentCaptor.forClass(Map.class);
        ArgumentCaptor<Map<String, Object>> notes = ArgumentCaptor.forClass(Map.class);
        verify(service).record(any(), any(), eq(ActionProcesses.TASK_COORDINATE), eq("CoordinateWithLikeMindedMissions"),
                answers.capture(), notes.capture(), anyString());
        assertThat(answers.getValue()).containsExactly(Map.entry("coordinationForm", "JOINT_DEMARCHE"));
        assertThat(notes.getValue()).containsOnly(Map.entry("coordinationNotes", "Met them"), Map.entry("partnerMissions", "EU delegation"));
    }

    @Test
    void aSensitiveFieldTheCatalogueDoesNotKnowIsRemovedFromTheEngine() {
        completing("PlanActions", Map.of("caseId", UUID.randomUUID().toString(), "sensitive_addedInModeler", "Typed text"));

        listener.notify(task);

        verify(execution, atLeastOnce()).removeVariable("sensitive_addedInModeler");
        verify(service).record(any(), any(), anyString(), eq("PlanActions"), anyMap(), eq(Map.of()), anyString());
    }
}
