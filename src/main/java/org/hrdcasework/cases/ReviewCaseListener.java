package org.hrdcasework.cases;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.stereotype.Component;

/** On completion of "Review the case": validates the decision and closes the case when asked to. */
@Component
class ReviewCaseListener implements TaskListener {

    private final CaseFileService caseFileService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    ReviewCaseListener(CaseFileService caseFileService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.caseFileService = caseFileService;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewDecision decision = FormAnswers.choice(ReviewDecision.class, Vars.REVIEW_DECISION, task.getVariable(Vars.REVIEW_DECISION));
        if (decision == ReviewDecision.CLOSE_CASE) {
            ClosureOutcome outcome = FormAnswers.choice(ClosureOutcome.class, Vars.CLOSURE_OUTCOME, task.getVariable(Vars.CLOSURE_OUTCOME));
            caseFileService.closeAfterReview(missionScope.caseId(task), outcome,
                    TaskActors.actor(task));
        }
    }
}
