package org.hrdcasework.cases;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The case's stage follows the main process's waiting task (attached to all user tasks by the
 * engine plugin; tasks of actions and reassessments leave the stage as it is).
 */
@Component
class CaseStageListener implements TaskListener {

    private static final Map<String, CaseStage> STAGE_OF_TASK = Map.of(
            CaseOfConcernProcess.TASK_ASSESS_RISK, CaseStage.RISK_ASSESSMENT,
            CaseOfConcernProcess.TASK_RECORD_CONSENT, CaseStage.CONSENT,
            CaseOfConcernProcess.TASK_PLAN_ACTIONS, CaseStage.ACTION_PLANNING,
            CaseOfConcernProcess.TASK_REVIEW_CASE, CaseStage.MONITORING);

    private final CaseFileService caseFileService;

    CaseStageListener(CaseFileService caseFileService) {
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseStage stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        Object caseId = task.getVariable(CaseOfConcernProcess.Vars.CASE_ID);
        if (stage != null && caseId != null) {
            caseFileService.moveToStage(UUID.fromString(caseId.toString()), stage);
        }
    }
}
