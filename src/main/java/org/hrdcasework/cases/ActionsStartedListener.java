package org.hrdcasework.cases;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.stereotype.Component;

/** When the planned actions start, the case moves to stage ACTIONS. */
@Component
class ActionsStartedListener implements ExecutionListener {

    private final CaseFileService caseFileService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    ActionsStartedListener(CaseFileService caseFileService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        caseFileService.moveToStage(missionScope.caseId(execution),
                CaseStage.ACTIONS);
    }
}
