package org.hrdcasework.actions;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/Demarche: the answers its gateways route on are checked when the task
 * completes, so a value the gateway does not know refuses the completion (400 naming the field,
 * the task stays open) instead of leaving the instance stuck. The answers themselves are kept in
 * the case's task records.
 */
@Configuration(proxyBeanMethods = false)
class DemarcheDelegates {

    /** "Record the reply": the assessment (the action's outcome) and the next step the "Next step?" gateway routes on. */
    @Bean
    TaskListener recordReplyListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.REPLIED_ON, task.getVariable(ActionProcesses.REPLIED_ON));
            DemarcheReplyAssessment assessment = FormAnswers.choice(DemarcheReplyAssessment.class, ActionProcesses.REPLY_ASSESSMENT,
                    task.getVariable(ActionProcesses.REPLY_ASSESSMENT));
            // The latest reply's assessment becomes the action's outcome, on the case and in the mission's reports.
            task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, "REPLY_" + assessment.name());
            ReplyNextStep next = FormAnswers.choice(ReplyNextStep.class, ActionProcesses.REPLY_NEXT_STEP,
                    task.getVariable(ActionProcesses.REPLY_NEXT_STEP));
            // The gateway compares the exact constant: store it as such, whatever case the client sent.
            task.getExecution().setVariable(ActionProcesses.REPLY_NEXT_STEP, next.name());
        };
    }

    /** "Raise the demarche a level": where it was raised, which the "Raised to?" gateway routes on. */
    @Bean
    TaskListener raiseDemarcheLevelListener() {
        return task -> {
            DemarcheRaisedTo raisedTo = FormAnswers.choice(DemarcheRaisedTo.class, ActionProcesses.RAISED_TO,
                    task.getVariable(ActionProcesses.RAISED_TO));
            if (raisedTo == DemarcheRaisedTo.CLOSE_WITHOUT_REPLY) {
                ClosedWithoutReplyReason reason = FormAnswers.choice(ClosedWithoutReplyReason.class,
                        ActionProcesses.CLOSED_WITHOUT_REPLY_BECAUSE, task.getVariable(ActionProcesses.CLOSED_WITHOUT_REPLY_BECAUSE));
                task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, "NO_REPLY_" + reason.name());
            }
            task.getExecution().setVariable(ActionProcesses.RAISED_TO, raisedTo.name());
        };
    }

    /** "Take up the demarche at headquarters": when, and what headquarters did. */
    @Bean
    TaskListener takeUpDemarcheAtHeadquartersListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.TAKEN_UP_ON, task.getVariable(ActionProcesses.TAKEN_UP_ON));
            FormAnswers.choice(HeadquartersAction.class, ActionProcesses.HEADQUARTERS_ACTION,
                    task.getVariable(ActionProcesses.HEADQUARTERS_ACTION));
        };
    }
}
