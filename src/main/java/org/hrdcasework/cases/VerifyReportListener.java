package org.hrdcasework.cases;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.stereotype.Component;

/**
 * On completion of "Verify report": writes the answers to the case tables (same transaction as
 * the completion) and sets the routing fact {@code verificationOutcome}. Invalid answers abort
 * the completion, so the task stays open with a message naming the field.
 */
@Component
class VerifyReportListener implements TaskListener {

    private final CaseFileService caseFileService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    VerifyReportListener(CaseFileService caseFileService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateTask task) {
        VerificationAnswers answers = new VerificationAnswers(
                FormAnswers.yesNo(Vars.IS_DEFENDER, task.getVariable(Vars.IS_DEFENDER)),
                FormAnswers.yesNo(Vars.LINKED_TO_HUMAN_RIGHTS_WORK, task.getVariable(Vars.LINKED_TO_HUMAN_RIGHTS_WORK)),
                (String) task.getVariable(Vars.DUPLICATE_OF_REFERENCE));
        UUID caseId = missionScope.caseId(task);
        VerificationOutcome outcome = caseFileService.recordVerification(caseId, answers, TaskActors.actor(task));
        task.getExecution().setVariable(Vars.VERIFICATION_OUTCOME, outcome.name());
    }


}
