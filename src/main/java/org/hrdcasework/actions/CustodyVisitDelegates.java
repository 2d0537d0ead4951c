package org.hrdcasework.actions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/CustodyVisit: every answer is checked when its task completes (a value
 * the process does not know refuses the completion, 400 naming the field, the task stays open);
 * the routing values and clocks the gateways and timers read are written here, never by a form.
 * The answers themselves, and the encrypted notes, are kept in the case's task records.
 */
@Configuration(proxyBeanMethods = false)
class CustodyVisitDelegates {

    private final MissionScope missionScope;
    private final Cadences cadences;

    CustodyVisitDelegates(MissionScope missionScope, Cadences cadences) {
        this.missionScope = missionScope;
        this.cadences = cadences;
    }

    /**
     * "Request the visit from the authority": asking the authorities to see a detainee names them
     * to the host state, so the request goes out only with standing consent to a custody visit
     * before the host state (a detained defender's lawyer or family may give it, with the reason on
     * the receipt), checked at this moment. Sets the clock for the authority's answer.
     */
    @Bean
    TaskListener requestCustodyVisitListener(ConsentService consents) {
        return task -> {
            FormAnswers.date(ActionProcesses.REQUESTED_ON, task.getVariable(ActionProcesses.REQUESTED_ON));
            CustodyAuthority authority = FormAnswers.choice(CustodyAuthority.class, ActionProcesses.CUSTODY_AUTHORITY,
                    task.getVariable(ActionProcesses.CUSTODY_AUTHORITY));
            if (!consents.permits(missionScope.caseId(task), ActionType.CUSTODY_VISIT, Audience.HOST_STATE)) {
                throw new InvalidInputException(CaseActionDelegates.CONSENT, "there is no standing consent to a custody visit "
                        + "before the host state; record it first (the defender, or their lawyer or family with the reason)");
            }
            task.getExecution().setVariable(ActionProcesses.CUSTODY_AUTHORITY, authority.name());
            // The clock for the authority's answer, from the designers' table as the wait begins.
            task.getExecution().setVariable(ActionProcesses.CUSTODY_ANSWER_DUE, cadences.isoDays(Cadences.CUSTODY_ANSWER));
        };
    }

    /** "Record the authority's answer": granted or refused, which the "Authority's answer?" gateway routes on. */
    @Bean
    TaskListener recordCustodyAnswerListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.ANSWERED_ON, task.getVariable(ActionProcesses.ANSWERED_ON));
            CustodyAnswer answer = FormAnswers.choice(CustodyAnswer.class, ActionProcesses.CUSTODY_ANSWER,
                    task.getVariable(ActionProcesses.CUSTODY_ANSWER));
            // The gateway compares the exact constant: store it as such, whatever case the client sent.
            task.getExecution().setVariable(ActionProcesses.CUSTODY_ANSWER, answer.name());
        };
    }

    /**
     * "Decide on the refused custody visit" (head of mission): a joint request with partner
     * missions, a proposed referral to the UN Working Group on Arbitrary Detention, or no further
     * step. A refusal is the action's outcome, never a completed visit.
     */
    @Bean
    TaskListener decideRefusedCustodyVisitListener() {
        return task -> {
            RefusedVisitNextStep next = FormAnswers.choice(RefusedVisitNextStep.class, ActionProcesses.REFUSED_VISIT_NEXT_STEP,
                    task.getVariable(ActionProcesses.REFUSED_VISIT_NEXT_STEP));
            task.getExecution().setVariable(ActionProcesses.REFUSED_VISIT_NEXT_STEP, next.name());
            task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, next == RefusedVisitNextStep.REFER_TO_UN
                    ? ActionProcesses.OUTCOME_REFUSED_REFERRED : ActionProcesses.OUTCOME_VISIT_REFUSED);
        };
    }

    /**
     * "Visit the defender in custody": the checklist (yes/no answers), and whether the defender is
     * still detained. The "Still detained?" gateway routes on custodyNextStep, written here only;
     * a further visit waits for CUSTODY_REPEAT days from the designers' table.
     */
    @Bean
    TaskListener visitInCustodyListener() {
        return task -> {
            FormAnswers.date(ActionProcesses.VISITED_ON, task.getVariable(ActionProcesses.VISITED_ON));
            FormAnswers.yesNo(ActionProcesses.LAWYER_ACCESS, task.getVariable(ActionProcesses.LAWYER_ACCESS));
            FormAnswers.yesNo(ActionProcesses.FAMILY_ACCESS, task.getVariable(ActionProcesses.FAMILY_ACCESS));
            FormAnswers.yesNo(ActionProcesses.HEALTH_CONCERNS, task.getVariable(ActionProcesses.HEALTH_CONCERNS));
            FormAnswers.yesNo(ActionProcesses.PLACE_OF_DETENTION_OFFICIAL, task.getVariable(ActionProcesses.PLACE_OF_DETENTION_OFFICIAL));
            boolean illTreatment = FormAnswers.yesNo(ActionProcesses.ILL_TREATMENT_SIGNS, task.getVariable(ActionProcesses.ILL_TREATMENT_SIGNS));
            DetentionStatus status = FormAnswers.choice(DetentionStatus.class, ActionProcesses.DETENTION_STATUS,
                    task.getVariable(ActionProcesses.DETENTION_STATUS));
            if (illTreatment) {
                task.getExecution().setVariable(ActionProcesses.ILL_TREATMENT_SEEN, true);
            }
            task.getExecution().setVariable(ActionProcesses.CUSTODY_NEXT_STEP, status.name());
            if (status == DetentionStatus.STILL_DETAINED) {
                task.getExecution().setVariable(ActionProcesses.CUSTODY_REPEAT_AFTER, cadences.isoDays(Cadences.CUSTODY_REPEAT));
                return;
            }
            String outcome = status == DetentionStatus.RELEASED ? ActionProcesses.OUTCOME_RELEASED : ActionProcesses.OUTCOME_CHARGED;
            task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME,
                    illTreatmentSeen(task) ? outcome + ActionProcesses.OUTCOME_ILL_TREATMENT_SUFFIX : outcome);
        };
    }

    private static boolean illTreatmentSeen(DelegateTask task) {
        return Boolean.TRUE.equals(task.getExecution().getVariable(ActionProcesses.ILL_TREATMENT_SEEN));
    }
}
