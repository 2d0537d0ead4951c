package org.hrdcasework.cases;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
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
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    CaseStageListener(CaseFileService caseFileService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseStage stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        UUID caseId = stage == null ? null : missionScope.caseId(task);
        if (caseId != null) {
            caseFileService.moveToStage(caseId, stage);
        }
    }
}
