package org.hrdcasework.cases;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the planned actions start, the case moves to stage ACTIONS. */
@Component
class ActionsStartedListener implements ExecutionListener {

    private final CaseFileService caseFileService;

    ActionsStartedListener(CaseFileService caseFileService) {
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        caseFileService.moveToStage(UUID.fromString((String) execution.getVariable(CaseOfConcernProcess.Vars.CASE_ID)),
                CaseStage.ACTIONS);
    }
}
