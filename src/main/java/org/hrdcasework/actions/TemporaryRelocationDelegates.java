package org.hrdcasework.actions;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/TemporaryRelocation: every answer is checked when its task completes
 * (a value the process does not know refuses the completion, 400 naming the field, the task stays
 * open); the routing value every gateway reads (relocationNextStep), the dates of the stay and the
 * clocks the timers read are written here, never by a form. The relocation's row
 * (casework.relocation) follows each step; the answers themselves, and the encrypted notes, are
 * kept in the case's task records.
 */
@Configuration(proxyBeanMethods = false)
class TemporaryRelocationDelegates {

    private final MissionScope missionScope;
    private final Cadences cadences;
    private final Relocations relocations;

    TemporaryRelocationDelegates(MissionScope missionScope, Cadences cadences, Relocations relocations) {
        this.missionScope = missionScope;
        this.cadences = cadences;
        this.relocations = relocations;
    }

    /**
     * "Assess eligibility for temporary relocation": eligible or not, the host programme, the stay
     * in months and how many family members go along (a count, never names). Relocating reveals the
     * defender to the host programme and its partners: an eligible relocation goes on only with
     * standing consent to a temporary relocation before partner missions, checked at this moment.
     */
    @Bean
    TaskListener assessRelocationEligibilityListener(ConsentService consents) {
        return task -> {
            RelocationEligibility eligibility = FormAnswers.choice(RelocationEligibility.class,
                    RelocationProcesses.RELOCATION_ELIGIBILITY, task.getVariable(RelocationProcesses.RELOCATION_ELIGIBILITY));
            HostProgramme programme = FormAnswers.choice(HostProgramme.class, RelocationProcesses.HOST_PROGRAMME,
                    task.getVariable(RelocationProcesses.HOST_PROGRAMME));
            int months = FormAnswers.wholeNumber(RelocationProcesses.DURATION_MONTHS, task.getVariable(RelocationProcesses.DURATION_MONTHS), 1,
                    RelocationProcesses.MAX_MONTHS);
            int family = FormAnswers.wholeNumber(RelocationProcesses.FAMILY_MEMBERS, task.getVariable(RelocationProcesses.FAMILY_MEMBERS), 0,
                    RelocationProcesses.MAX_FAMILY_MEMBERS);
            UUID caseId = missionScope.caseId(task);
            boolean eligible = eligibility == RelocationEligibility.ELIGIBLE;
            if (eligible && !consents.permits(caseId, ActionType.TEMPORARY_RELOCATION, Audience.PARTNER_MISSIONS)) {
                throw new InvalidInputException(CaseActionDelegates.CONSENT, "there is no standing consent to a temporary "
                        + "relocation before partner missions (the host programme and its partners learn who the defender is); "
                        + "record it first");
            }
            task.getExecution().setVariable(RelocationProcesses.HOST_PROGRAMME, programme.name());
            relocations.assessed(MissionScope.mission(task), caseId, missionScope.actionId(task), programme, months, family, eligible);
            route(task, eligibility);
            if (!eligible) {
                task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, RelocationProcesses.OUTCOME_NOT_ELIGIBLE);
            }
        };
    }

    /** "Arrange the visa": issued or refused (the "Visa issued?" gateway). */
    @Bean
    TaskListener arrangeVisaListener() {
        return task -> {
            FormAnswers.date(RelocationProcesses.VISA_DECIDED_ON, task.getVariable(RelocationProcesses.VISA_DECIDED_ON));
            VisaOutcome outcome = FormAnswers.choice(VisaOutcome.class, RelocationProcesses.VISA_OUTCOME,
                    task.getVariable(RelocationProcesses.VISA_OUTCOME));
            relocations.visa(MissionScope.mission(task), missionScope.actionId(task), outcome);
            route(task, outcome);
        };
    }

    /** "Decide after a refused visa" (head of mission): another programme, or no relocation (VISA_REFUSED). */
    @Bean
    TaskListener decideAfterRefusedVisaListener() {
        return task -> {
            RefusedVisaNextStep next = FormAnswers.choice(RefusedVisaNextStep.class, RelocationProcesses.REFUSED_VISA_NEXT_STEP,
                    task.getVariable(RelocationProcesses.REFUSED_VISA_NEXT_STEP));
            if (next == RefusedVisaNextStep.NO_RELOCATION) {
                relocations.notRelocated(MissionScope.mission(task), missionScope.actionId(task));
                task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, RelocationProcesses.OUTCOME_VISA_REFUSED);
            }
            route(task, next);
        };
    }

    /** "Plan the move's security": the checklist, each point answered yes or no. */
    @Bean
    TaskListener planMoveSecurityListener() {
        return task -> {
            for (String point : new String[] {RelocationProcesses.ROUTE_AGREED, RelocationProcesses.TRAVEL_DOCUMENTS,
                    RelocationProcesses.DEVICES_SECURED, RelocationProcesses.FAMILY_ARRANGEMENTS, RelocationProcesses.CONTACT_PLAN}) {
                FormAnswers.yesNo(point, task.getVariable(point));
            }
        };
    }

    /**
     * "Record the departure": the stay ends the planned months after the departure; the return is
     * planned RELOCATION_RETURN_PLANNING days before that, and the defender is checked in with every
     * RELOCATION_CHECK_IN days meanwhile (Cadences.dmn, read now).
     */
    @Bean
    TaskListener recordDepartureListener() {
        return task -> {
            LocalDate departedOn = FormAnswers.date(RelocationProcesses.DEPARTED_ON, task.getVariable(RelocationProcesses.DEPARTED_ON));
            LocalDate stayEndsOn = relocations.departed(MissionScope.mission(task), missionScope.actionId(task), departedOn);
            task.getExecution().setVariable(RelocationProcesses.DEPARTED_ON, departedOn.toString());
            task.getExecution().setVariable(RelocationProcesses.CHECK_IN_CYCLE, "R/" + cadences.isoDays(Cadences.RELOCATION_CHECK_IN));
            timeReturnPlanning(task, departedOn, stayEndsOn);
        };
    }

    /** "Check in with the defender abroad": when, and how the defender is doing. */
    @Bean
    TaskListener checkInAbroadListener() {
        return task -> {
            FormAnswers.date(RelocationProcesses.CHECKED_IN_ON, task.getVariable(RelocationProcesses.CHECKED_IN_ON));
            FormAnswers.choice(AbroadWellbeing.class, RelocationProcesses.WELLBEING, task.getVariable(RelocationProcesses.WELLBEING));
        };
    }

    /** "Assess the risk of return": return, extend (by some months: the return planning is re-timed), or not safe to return. */
    @Bean
    TaskListener assessReturnRiskListener() {
        return task -> {
            ReturnDecision decision = FormAnswers.choice(ReturnDecision.class, RelocationProcesses.RETURN_DECISION,
                    task.getVariable(RelocationProcesses.RETURN_DECISION));
            if (decision == ReturnDecision.EXTEND) {
                extend(task);
            }
            route(task, decision);
        };
    }

    /** "Decide on longer-term protection" (head of mission): support to seek asylum (the relocation ends), or extend again. */
    @Bean
    TaskListener decideLongerTermProtectionListener() {
        return task -> {
            LongerTermProtection decision = FormAnswers.choice(LongerTermProtection.class, RelocationProcesses.LONGER_TERM_PROTECTION,
                    task.getVariable(RelocationProcesses.LONGER_TERM_PROTECTION));
            if (decision == LongerTermProtection.EXTEND_AGAIN) {
                extend(task);
            } else {
                relocations.longerTermProtection(MissionScope.mission(task), missionScope.actionId(task));
                task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, RelocationProcesses.OUTCOME_LONGER_TERM_PROTECTION);
            }
            route(task, decision);
        };
    }

    /** "Plan the return": the checklist, each point answered yes or no. */
    @Bean
    TaskListener planReturnListener() {
        return task -> {
            for (String point : new String[] {RelocationProcesses.SECURITY_ON_ARRIVAL, RelocationProcesses.CONTACT_ON_ARRIVAL,
                    RelocationProcesses.REPRISAL_RISK_BRIEFED}) {
                FormAnswers.yesNo(point, task.getVariable(point));
            }
        };
    }

    /** "Record the return": the date the defender came back (the process then ends at EndEvent_Returned). */
    @Bean
    TaskListener recordReturnListener() {
        return task -> {
            LocalDate returnedOn = FormAnswers.date(RelocationProcesses.RETURNED_ON, task.getVariable(RelocationProcesses.RETURNED_ON));
            task.getExecution().setVariable(RelocationProcesses.RETURNED_ON, returnedOn.toString());
        };
    }

    /**
     * EndEvent_Returned reached: the relocation is RETURNED with its date, and the action's outcome
     * is RETURNED. The reprisal watch after a return from relocation (kind RETURN_FROM_RELOCATION)
     * opens here, once the ReprisalWatch process is part of the application.
     */
    @Bean
    ExecutionListener returnedListener(ReprisalWatches reprisalWatches, java.time.Clock clock) {
        return execution -> {
            LocalDate returnedOn = FormAnswers.date(RelocationProcesses.RETURNED_ON, execution.getVariable(RelocationProcesses.RETURNED_ON));
            relocations.returned(MissionScope.mission(execution), missionScope.actionId(execution), returnedOn);
            execution.setVariable(ActionProcesses.ACTION_OUTCOME, RelocationProcesses.OUTCOME_RETURNED);
            // Home again and visible again: a reprisal watch with its check-ins, from the return's recording.
            reprisalWatches.open(missionScope.caseId(execution), VisibleEngagement.RETURN_FROM_RELOCATION,
                    missionScope.actionId(execution).toString(), clock.instant());
        };
    }

    /** Extends the stay by extendByMonths from its current end and re-times the return planning. */
    private void extend(DelegateTask task) {
        int months = FormAnswers.wholeNumber(RelocationProcesses.EXTEND_BY_MONTHS, task.getVariable(RelocationProcesses.EXTEND_BY_MONTHS), 1,
                RelocationProcesses.MAX_MONTHS);
        LocalDate stayEndsOn = relocations.extended(MissionScope.mission(task), missionScope.actionId(task), months);
        timeReturnPlanning(task, LocalDate.parse((String) task.getVariable(RelocationProcesses.DEPARTED_ON)), stayEndsOn);
    }

    /** The stay's end, and the return-planning date RELOCATION_RETURN_PLANNING days before it (never before the departure). */
    private void timeReturnPlanning(DelegateTask task, LocalDate departedOn, LocalDate stayEndsOn) {
        LocalDate planningOn = stayEndsOn.minusDays(cadences.days(Cadences.RELOCATION_RETURN_PLANNING, null));
        if (planningOn.isBefore(departedOn)) {
            planningOn = departedOn;
        }
        task.getExecution().setVariable(RelocationProcesses.STAY_ENDS_ON, stayEndsOn.toString());
        task.getExecution().setVariable(RelocationProcesses.RETURN_PLANNING_ON, ProcessVariables.startOf(planningOn));
    }

    /** The gateways compare the exact constant: store it as such, whatever case the client sent. */
    private static void route(DelegateTask task, Enum<?> step) {
        task.getExecution().setVariable(RelocationProcesses.RELOCATION_NEXT_STEP, step.name());
    }
}
