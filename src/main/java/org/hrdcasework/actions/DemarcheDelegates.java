package org.hrdcasework.actions;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.coordination.JointActions;
import org.hrdcasework.system.engine.DemarcheLadder;
import org.hrdcasework.system.engine.FormOptions;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/Demarche: the answers its gateways route on are checked when the task
 * completes, so a value the gateway does not know refuses the completion (400 naming the field,
 * the task stays open) instead of leaving the instance stuck. The rung the demarche stands on, the
 * rung it climbs to and the reply's clocks come from the designers' ladder
 * (processes/DemarcheLadder.dmn) and are written by the server only ({@code demarcheRung},
 * {@code demarcheChaseCycle}, {@code demarcheRaiseAfter}, {@code commitmentDue}). The answers
 * themselves are kept in the case's task records.
 */
@Configuration(proxyBeanMethods = false)
class DemarcheDelegates {

    /** The case must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;
    private final DemarcheLadder ladder;

    DemarcheDelegates(MissionScope missionScope, DemarcheLadder ladder) {
        this.missionScope = missionScope;
        this.ladder = ladder;
    }

    /** The demarche starts on the ladder's first rung. */
    @Bean
    ExecutionListener demarcheStartListener() {
        return execution -> execution.setVariable(ActionProcesses.DEMARCHE_RUNG, DemarcheRung.WORKING_LEVEL.name());
    }

    /**
     * "Deliver the demarche" completed: a demarche that names the defender is delivered only with
     * the defender's standing consent to a demarche before the host state, checked at this moment
     * (consent may have been refused, withdrawn, lapsed or expired since the plan). The wait for
     * the reply starts with the clocks of the rung the demarche stands on.
     */
    @Bean
    TaskListener deliverDemarcheListener(ConsentService consents, JointActions joint) {
        return task -> {
            boolean namesDefender = FormAnswers.yesNo(ActionProcesses.NAMES_DEFENDER, task.getVariable(ActionProcesses.NAMES_DEFENDER));
            if (namesDefender && !consents.permits(missionScope.caseId(task), ActionType.DEMARCHE, Audience.HOST_STATE)) {
                throw new InvalidInputException(ActionProcesses.NAMES_DEFENDER, "the defender has not consented to being named "
                        + "to the host state in a demarche; deliver it without the name, or record the defender's consent first");
            }
            if (DemarcheRung.JOINT_WITH_PARTNERS.name().equals(task.getExecution().getVariable(ActionProcesses.DEMARCHE_RUNG))) {
                // The joint rung: delivered with a partner mission, recorded as a joint action of the case.
                LocalDate day = FormAnswers.date(ActionProcesses.DELIVERED_ON, task.getVariable(ActionProcesses.DELIVERED_ON));
                joint.recordJointDemarche(MissionScope.mission(task), missionScope.caseId(task),
                        task.getVariable(ActionProcesses.JOINT_PARTNER),
                        day, String.valueOf(task.getAssignee()), ActionProcesses.JOINT_PARTNER);
            }
            startReplyClocks(task.getExecution());
        };
    }

    /** "Deliver the demarche" opens: the mission's active partner missions, for the joint rung. */
    @Bean
    TaskListener deliverDemarcheOptionsListener(JointActions joint) {
        return task -> FormOptions.set(task.getExecution(), ActionProcesses.PARTNER_OPTIONS, joint.partnerOptions(MissionScope.mission(task)));
    }

    /** "Record the reply": the assessment (the action's outcome) and the next step the "Next step?" gateway routes on. */
    @Bean
    TaskListener recordReplyListener(Clock clock) {
        return task -> {
            FormAnswers.date(ActionProcesses.REPLIED_ON, task.getVariable(ActionProcesses.REPLIED_ON));
            DemarcheReplyAssessment assessment = FormAnswers.choice(DemarcheReplyAssessment.class, ActionProcesses.REPLY_ASSESSMENT,
                    task.getVariable(ActionProcesses.REPLY_ASSESSMENT));
            ReplyNextStep next = FormAnswers.choice(ReplyNextStep.class, ActionProcesses.REPLY_NEXT_STEP,
                    task.getVariable(ActionProcesses.REPLY_NEXT_STEP));
            DelegateExecution execution = task.getExecution();
            if (next == ReplyNextStep.CLIMB) {
                climb(execution, assessment.name(), ActionProcesses.REPLY_NEXT_STEP);
            }
            if (next == ReplyNextStep.AWAIT_COMMITMENT) {
                LocalDate due = FormAnswers.date(ActionProcesses.COMMITMENT_DUE_ON, task.getVariable(ActionProcesses.COMMITMENT_DUE_ON));
                if (!due.isAfter(LocalDate.now(clock))) {
                    throw new InvalidInputException(ActionProcesses.COMMITMENT_DUE_ON, "must be a date after today: the commitment is checked on it");
                }
                // The only variable the commitment's timer reads: the morning after the date the state committed to.
                execution.setVariable(ActionProcesses.COMMITMENT_DUE, ProcessVariables.startOf(due.plusDays(1)));
            }
            // The latest reply's assessment becomes the action's outcome, on the case and in the mission's reports.
            execution.setVariable(ActionProcesses.ACTION_OUTCOME, "REPLY_" + assessment.name());
            // The gateway compares the exact constant: store it as such, whatever case the client sent.
            execution.setVariable(ActionProcesses.REPLY_NEXT_STEP, next.name());
        };
    }

    /** "Raise the demarche": climb to the next rung, wait longer on this one, or close it without a reply. */
    @Bean
    TaskListener raiseDemarcheLevelListener() {
        return task -> {
            DemarcheRaisedTo raisedTo = FormAnswers.choice(DemarcheRaisedTo.class, ActionProcesses.RAISED_TO,
                    task.getVariable(ActionProcesses.RAISED_TO));
            DelegateExecution execution = task.getExecution();
            switch (raisedTo) {
                case NEXT_RUNG -> climb(execution, "NO_REPLY", ActionProcesses.RAISED_TO);
                case WAIT_LONGER -> startReplyClocks(execution);
                case CLOSE_WITHOUT_REPLY -> {
                    ClosedWithoutReplyReason reason = FormAnswers.choice(ClosedWithoutReplyReason.class,
                            ActionProcesses.CLOSED_WITHOUT_REPLY_BECAUSE, task.getVariable(ActionProcesses.CLOSED_WITHOUT_REPLY_BECAUSE));
                    execution.setVariable(ActionProcesses.ACTION_OUTCOME, "NO_REPLY_" + reason.name());
                }
            }
            execution.setVariable(ActionProcesses.RAISED_TO, raisedTo.name());
        };
    }

    /** "Check the commitment was kept": kept ends the demarche; broken climbs the ladder. */
    @Bean
    TaskListener checkCommitmentListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.CHECKED_ON, task.getVariable(ActionProcesses.CHECKED_ON));
            CommitmentKept kept = FormAnswers.choice(CommitmentKept.class, ActionProcesses.COMMITMENT_KEPT,
                    task.getVariable(ActionProcesses.COMMITMENT_KEPT));
            DelegateExecution execution = task.getExecution();
            if (kept == CommitmentKept.BROKEN) {
                climb(execution, "COMMITMENT_BROKEN", ActionProcesses.COMMITMENT_KEPT);
            }
            execution.setVariable(ActionProcesses.ACTION_OUTCOME, "COMMITMENT_" + kept.name());
            execution.setVariable(ActionProcesses.COMMITMENT_KEPT, kept.name());
        };
    }

    /**
     * "Take up the demarche at headquarters": when, and what headquarters did; unless it took no
     * action the reply is awaited again, on the headquarters rung's clocks.
     */
    @Bean
    TaskListener takeUpDemarcheAtHeadquartersListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.TAKEN_UP_ON, task.getVariable(ActionProcesses.TAKEN_UP_ON));
            HeadquartersAction action = FormAnswers.choice(HeadquartersAction.class, ActionProcesses.HEADQUARTERS_ACTION,
                    task.getVariable(ActionProcesses.HEADQUARTERS_ACTION));
            DelegateExecution execution = task.getExecution();
            if (action == HeadquartersAction.NO_ACTION) {
                execution.setVariable(ActionProcesses.ACTION_OUTCOME, "HEADQUARTERS_NO_ACTION");
            } else {
                startReplyClocks(execution);
            }
            execution.setVariable(ActionProcesses.HEADQUARTERS_ACTION, action.name());
        };
    }

    /** The rung above, from the ladder; at the top of the ladder the answer is refused naming {@code field}. */
    private void climb(DelegateExecution execution, String trigger, String field) {
        String rung = (String) execution.getVariable(ActionProcesses.DEMARCHE_RUNG);
        String next = ladder.next(rung, trigger, DemarcheRung.NAMES).orElseThrow(() -> new InvalidInputException(field,
                "the demarche stands at the top of the ladder (" + rung + "); follow it up, wait longer or close it"));
        execution.setVariable(ActionProcesses.DEMARCHE_RUNG, next);
    }

    /** The reply's clocks for the rung the demarche stands on and the case's tier: the only variables its timers read. */
    private void startReplyClocks(DelegateExecution execution) {
        Object tier = execution.getVariable(ProcessVariables.URGENCY_TIER);
        DemarcheLadder.Clock clock = ladder.clock((String) execution.getVariable(ActionProcesses.DEMARCHE_RUNG),
                tier instanceof Number number ? number.intValue() : null);
        execution.setVariable(ActionProcesses.DEMARCHE_CHASE_CYCLE, clock.chaseCycle());
        execution.setVariable(ActionProcesses.DEMARCHE_RAISE_AFTER, clock.raiseAfter());
    }
}
