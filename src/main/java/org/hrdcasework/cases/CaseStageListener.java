package org.hrdcasework.cases;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hrdcasework.system.engine.EveryUserTask;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.stereotype.Component;

/** Created with every user task: the case's stage follows the main process's waiting task. */
@Component
class CaseStageListener implements EveryUserTask {

    private static final Map<String, CaseStage> STAGE_OF_TASK = Map.of(
            CaseOfConcernProcess.TASK_ASSESS_RISK, CaseStage.RISK_ASSESSMENT,
            CaseOfConcernProcess.TASK_RECORD_CONSENT, CaseStage.CONSENT,
            CaseOfConcernProcess.TASK_PLAN_ACTIONS, CaseStage.ACTION_PLANNING,
            CaseOfConcernProcess.TASK_REVIEW_CASE, CaseStage.MONITORING);

    private final CaseFileService cases;
    private final MissionScope missionScope;

    CaseStageListener(CaseFileService cases, MissionScope missionScope) {
        this.cases = cases;
        this.missionScope = missionScope;
    }

    @Override
    public int order() {
        return CASE_STAGE;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        CaseStage stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        UUID caseId = stage == null ? null : missionScope.caseId(task);
        if (caseId != null) {
            cases.moveToStage(caseId, stage);
        }
    }
}
