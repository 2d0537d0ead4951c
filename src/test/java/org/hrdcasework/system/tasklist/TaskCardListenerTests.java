package org.hrdcasework.system.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.relationships.RelationshipDriver;
import org.hrdcasework.relationships.RelationshipProcesses;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each task's card in Tasklist names its case (reference, the defender's code name, tier) or its
 * duty, as the list Tasklist asks for carries it, and nothing that identifies anyone.
 */
class TaskCardListenerTests extends ProcessTestSupport {

    private static final Set<String> CARD = Set.of(ProcessVariables.CASE_REFERENCE, ProcessVariables.DEFENDER_CODE_NAME,
            ProcessVariables.URGENCY_TIER, ProcessVariables.DUTY_REFERENCE);

    @Autowired
    RelationshipDriver relationships;
    @Autowired
    TaskCardMapper mapper;

    @Test
    void eachCardShowsItsCaseOrDutyByReferenceCodeNameAndTierAndNothingIdentifying() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        String verifyTask = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        fireEscalation(verifyTask);
        String escalationTask = driver.task(reference, EscalationProcesses.TASK_HANDLE_ESCALATION).getId();
        String relationshipCase = relationships.unassessedCase();
        String relationship = relationships.open(relationshipCase, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(relationship);
        managementService.executeJob(relationships.timerOf(contact).getId());
        String contactTask = driver.task(relationship, RelationshipProcesses.TASK_CONTACT_DEFENDER).getId();
        TasklistSession officer = TasklistSession.signIn(http, "officer.alpha");

        JsonNode open = officer.list(officer.filterId(TasklistFilters.OPEN_TASKS), 1000);
        JsonNode escalated = officer.list(officer.filterId(TasklistFilters.ESCALATED), 1000);

        assertThat(card(open, verifyTask)).containsOnly(Map.entry(ProcessVariables.CASE_REFERENCE, reference),
                Map.entry(ProcessVariables.DEFENDER_CODE_NAME, codeName(reference)), Map.entry(ProcessVariables.URGENCY_TIER, "1"));
        assertThat(card(escalated, escalationTask)).containsOnly(Map.entry(ProcessVariables.CASE_REFERENCE, reference),
                Map.entry(ProcessVariables.DEFENDER_CODE_NAME, codeName(reference)), Map.entry(ProcessVariables.URGENCY_TIER, "1"));
        assertThat(card(open, contactTask)).containsEntry(ProcessVariables.DUTY_REFERENCE, relationship)
                .containsEntry(ProcessVariables.DEFENDER_CODE_NAME, codeName(relationshipCase))
                .containsKey(ProcessVariables.URGENCY_TIER);
        for (JsonNode list : List.of(open, escalated)) {
            list.at("/_embedded/task").forEach(task -> task.at("/_embedded/variable")
                    .forEach(variable -> assertThat(CARD).contains(variable.path("name").asText())));
            // The demo cases' defender and threat, as CaseDriver files them.
            assertThat(list.toString()).doesNotContain("Test Person", "Detained after a protest");
        }
    }

    @Test
    void theCodeNameIsCopiedOncePerInstanceFromItsOwnMissionsCase() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.ARREST);
        String reference = instance.getBusinessKey();

        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ProcessVariables.DEFENDER_CODE_NAME).list())
                .as("two tasks so far, one copy").singleElement()
                .satisfies(variable -> assertThat(variable.getValue()).isEqualTo(codeName(reference)));
        assertThat(codeName(reference)).matches("HRD-ALPHA-\\d{4}");
        assertThat(mapper.codeName(reference, "mission-alpha")).isEqualTo(codeName(reference));
        assertThat(mapper.codeName(reference, "mission-beta")).as("another mission's case").isNull();
        assertThat(mapper.codeName("ALPHA-VIS-0001", "mission-alpha")).as("a duty about no one defender").isNull();
    }

    private void fireEscalation(String watchedTaskId) {
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, watchedTaskId).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult().getId());
    }

    private String codeName(String caseReference) {
        return jdbc.queryForObject("SELECT d.code_name FROM casework.case_file c JOIN casework.defender d ON d.id = c.defender_id "
                + "WHERE c.reference = ?", String.class, caseReference);
    }

    /** The variables Tasklist's card of that task shows, as name and value. */
    private static Map<String, String> card(JsonNode list, String taskId) {
        Map<String, String> card = new HashMap<>();
        boolean found = false;
        for (JsonNode task : list.at("/_embedded/task")) {
            if (taskId.equals(task.path("id").asText())) {
                found = true;
                task.at("/_embedded/variable").forEach(v -> card.put(v.path("name").asText(), v.path("value").asText()));
            }
        }
        assertThat(found).as("task %s listed", taskId).isTrue();
        return card;
    }
}
