package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.relationships.RelationshipDriver;
import org.hrdcasework.relationships.RelationshipService;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Defence in depth behind the form guard: even if a routing variable of an Alpha instance named
 * another mission's case (here changed by code, which the guard does not stop), the listeners take
 * the mission from the instance's tenant and refuse a case of another mission before writing.
 */
class MissionScopeTests extends ProcessTestSupport {

    @Autowired
    RelationshipDriver relationships;
    @Autowired
    RelationshipService relationshipService;

    @Test
    void consentIsNotRecordedOnAnotherMissionsCaseWhateverTheCaseIdVariableSays() {
        ProcessInstance alpha = driver.verifiedCase(ThreatType.ARREST);
        String reference = alpha.getBusinessKey();
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        ProcessInstance beta = driver.fileReportFor("mission-beta");
        String betaCaseId = jdbc.queryForObject("SELECT id::text FROM casework.case_file WHERE reference = ?", String.class,
                beta.getBusinessKey());
        runtimeService.setVariable(alpha.getId(), "caseId", betaCaseId);

        assertThatThrownBy(() -> driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha",
                CaseDriver.consent("PUBLIC", "DEMARCHE")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseId: does not belong to this task's mission")
                .hasMessageNotContaining(betaCaseId);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.consent WHERE case_id = ?::uuid", Long.class, betaCaseId))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.task_record WHERE case_id = ?::uuid", Long.class, betaCaseId))
                .isZero();
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT)).isOne();
        runtimeService.setVariable(alpha.getId(), "caseId", jdbc.queryForObject(
                "SELECT id::text FROM casework.case_file WHERE reference = ?", String.class, reference));
    }

    @Test
    void anEscalationWatchRunsInTheTasksOwnMissionWhateverTheMissionIdVariableSays() {
        ProcessInstance alpha = driver.fileReport(ThreatType.ARREST);
        runtimeService.setVariable(alpha.getId(), "missionId", "mission-beta");

        driver.complete(alpha.getBusinessKey(), CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                java.util.Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));

        var watches = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .processInstanceBusinessKey(alpha.getBusinessKey()).list();
        assertThat(watches).isNotEmpty().allSatisfy(watch -> assertThat(watch.getTenantId()).isEqualTo("mission-alpha"));
        assertThat(watches).allSatisfy(watch -> assertThat(runtimeService.getVariable(watch.getId(), "missionId"))
                .isEqualTo("mission-alpha"));
        runtimeService.setVariable(alpha.getId(), "missionId", "mission-alpha");
    }

    @Test
    void aRowOfAnotherMissionOrOfNoneIsRefusedForEveryKindOfRow() {
        ProcessInstance alpha = driver.fileReport(ThreatType.ARREST);
        String alphaRelationship = relationshipId(relationships.open(relationships.unassessedCase(), "officer.alpha", null));
        String betaCase = driver.fileReportFor("mission-beta").getBusinessKey();
        Caller betaOfficer = new Caller("officer.beta", Set.of("case-officers"), Set.of("mission-beta"));
        String betaRelationship = relationshipId(relationshipService.open(betaOfficer,
                new RelationshipService.NewRelationship(betaCase, "officer.beta", null)).reference());

        assertThat(ownRow(alpha, MissionScope.Owned.RELATIONSHIP, alphaRelationship)).hasToString(alphaRelationship);
        assertThatThrownBy(() -> ownRow(alpha, MissionScope.Owned.RELATIONSHIP, betaRelationship))
                .isInstanceOf(InvalidInputException.class).hasMessage("probeRowId: does not belong to this task's mission");
        for (MissionScope.Owned kind : MissionScope.Owned.values()) {
            assertThatThrownBy(() -> ownRow(alpha, kind, UUID.randomUUID().toString())).as(kind.name())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not belong");
            assertThatThrownBy(() -> ownRow(alpha, kind, "not-an-id")).as(kind.name())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not belong");
        }
        assertThat(runtimeService.getVariable(alpha.getId(), "probeRowId")).as("nothing written").isNull();
    }

    /** {@link MissionScope#ownRow} on the instance's execution, as a delegate would call it; never committed. */
    private UUID ownRow(ProcessInstance instance, MissionScope.Owned kind, String id) {
        return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance.getId());
                    execution.setVariableLocal("probeRowId", Variables.stringValue(id, true)); // transient: never stored
                    return MissionScope.ownRow(execution, "probeRowId", kind);
                });
    }

    private String relationshipId(String reference) {
        return jdbc.queryForObject("SELECT id::text FROM casework.defender_relationship WHERE reference = ?", String.class, reference);
    }
}
