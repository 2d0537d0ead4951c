package org.hrdcasework.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.coordination.JointActions;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.engine.FormOptions;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.MissionStaff;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/TrialObservation: every answer its gateways and its hearing-day timer
 * depend on is checked when the task completes (400 naming the field, the task stays open), and
 * the routing facts are written by the server: the timer reads {@code nextHearingOn}, never the
 * submitted date, and the concern gateways read {@code fairTrialConcern} and
 * {@code illTreatmentRaised}. The answers themselves are kept in the case's task records.
 */
@Configuration(proxyBeanMethods = false)
class TrialObservationDelegates {

    /** The case and action must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;
    private final Hearings hearings;

    TrialObservationDelegates(MissionScope missionScope, Hearings hearings) {
        this.missionScope = missionScope;
        this.hearings = hearings;
    }

    /** The fair-trial guarantees answered YES or NO (OSCE/ODIHR trial-monitoring handbook, ICCPR art. 14). */
    static final List<String> GUARANTEES = List.of(ActionProcesses.PUBLIC_HEARING, ActionProcesses.INDEPENDENT_TRIBUNAL,
            ActionProcesses.ACCESS_TO_COUNSEL, ActionProcesses.PRESUMPTION_OF_INNOCENCE, ActionProcesses.ADEQUATE_TIME_FOR_DEFENCE,
            ActionProcesses.DEFENDANT_PRESENT);

    /** Longest sentence recorded, in months (a life sentence is recorded as this). */
    static final int MAX_SENTENCE_MONTHS = 1200;

    /** "Record the hearing": the hearing date times the wait for the hearing day. */
    @Bean
    TaskListener recordHearingListener() {
        return task -> {
            LocalDate day = FormAnswers.date(ActionProcesses.HEARING_DATE, task.getVariable(ActionProcesses.HEARING_DATE));
            hearingOn(task, day);
            hearings.scheduled(MissionScope.mission(task), missionScope.caseId(task), missionScope.actionId(task), day);
        };
    }

    /** "Assign a trial observer" opens: the mission's staff and its active partner missions are the form's only choices. */
    @Bean
    TaskListener assignObserverOptionsListener(MissionStaff staff, JointActions partners) {
        return task -> {
            String mission = MissionScope.mission(task);
            FormOptions.set(task.getExecution(), ActionProcesses.OBSERVER_OPTIONS, staff.of(List.of(mission)).stream()
                    .map(m -> Map.of("label", m.name() + " (" + m.userId() + ")", "value", m.userId())).toList());
            FormOptions.set(task.getExecution(), ActionProcesses.PARTNER_OPTIONS, partners.partnerOptions(mission));
        };
    }

    /**
     * "Assign a trial observer": the observer must be one of the mission's staff ("Observe the
     * hearing" is then assigned to them); a partner mission observing with the mission must be one of
     * its active partners, and is recorded as a joint action (shared trial observation).
     */
    @Bean
    TaskListener assignObserverListener(MissionStaff staff, JointActions partners) {
        return task -> {
            String mission = MissionScope.mission(task);
            ObserverKind kind = FormAnswers.choice(ObserverKind.class, ActionProcesses.OBSERVER_KIND, task.getVariable(ActionProcesses.OBSERVER_KIND));
            String observer = FormAnswers.text(ActionProcesses.OBSERVER, task.getVariable(ActionProcesses.OBSERVER));
            if (observer == null || observer.isBlank() || observer.length() > MAX_USER_ID || !staff.isStaff(observer, mission)) {
                throw new InvalidInputException(ActionProcesses.OBSERVER, "must be one of the mission's case officers, supervisors or senior officials");
            }
            UUID partner = null;
            if (kind == ObserverKind.LIKE_MINDED_MISSION) {
                LocalDate day = FormAnswers.date(ActionProcesses.HEARING_DATE, task.getVariable(ActionProcesses.HEARING_DATE));
                partner = partners.recordSharedTrialObservation(mission, missionScope.caseId(task),
                        task.getVariable(ActionProcesses.OBSERVER_PARTNER), day,
                        String.valueOf(task.getAssignee()), ActionProcesses.OBSERVER_PARTNER);
            }
            hearings.observedBy(missionScope.actionId(task), observer, partner);
            task.getExecution().setVariable(ActionProcesses.HEARING_OBSERVER, observer);
        };
    }

    /**
     * "Observe the hearing": held or postponed (then the new date re-times the wait); when held, the
     * checklist, where any guarantee answered NO is a fair-trial concern and an ill-treatment
     * allegation opens its own response.
     */
    @Bean
    TaskListener observeHearingListener(ReprisalWatches reprisalWatches, Clock clock) {
        return task -> {
            HearingHeld held = FormAnswers.choice(HearingHeld.class, ActionProcesses.HEARING_HELD, task.getVariable(ActionProcesses.HEARING_HELD));
            task.getExecution().setVariable(ActionProcesses.HEARING_HELD, held.name());
            if (held == HearingHeld.POSTPONED) {
                LocalDate postponedTo = FormAnswers.date(ActionProcesses.POSTPONED_TO, task.getVariable(ActionProcesses.POSTPONED_TO));
                LocalDate was = FormAnswers.optionalDate(ActionProcesses.HEARING_DATE, task.getVariable(ActionProcesses.HEARING_DATE));
                if (was != null && !postponedTo.isAfter(was)) {
                    throw new InvalidInputException(ActionProcesses.POSTPONED_TO, "must be after the postponed hearing's date");
                }
                hearingOn(task, postponedTo);
                hearings.postponed(missionScope.actionId(task), postponedTo);
                return;
            }
            List<String> notRespected = new ArrayList<>();
            for (String guarantee : GUARANTEES) {
                boolean respected = FormAnswers.yesNo(guarantee, task.getVariable(guarantee));
                task.getExecution().setVariable(guarantee, respected ? "YES" : "NO");
                if (!respected) {
                    notRespected.add(guarantee);
                }
            }
            InterpreterProvided interpreter = FormAnswers.choice(InterpreterProvided.class, ActionProcesses.INTERPRETER_PROVIDED,
                    task.getVariable(ActionProcesses.INTERPRETER_PROVIDED));
            task.getExecution().setVariable(ActionProcesses.INTERPRETER_PROVIDED, interpreter.name());
            if (interpreter == InterpreterProvided.NO) {
                notRespected.add(ActionProcesses.INTERPRETER_PROVIDED);
            }
            boolean illTreatment = FormAnswers.yesNo(ActionProcesses.ILL_TREATMENT_ALLEGED, task.getVariable(ActionProcesses.ILL_TREATMENT_ALLEGED));
            task.getExecution().setVariable(ActionProcesses.ILL_TREATMENT_ALLEGED, illTreatment ? "YES" : "NO");
            task.getExecution().setVariable(ActionProcesses.FAIR_TRIAL_CONCERN, notRespected.isEmpty() ? "NO" : "YES");
            task.getExecution().setVariable(ActionProcesses.ILL_TREATMENT_RAISED, illTreatment ? "YES" : "NO");
            hearings.held(missionScope.actionId(task), notRespected, illTreatment);
            // The mission was seen at the defender's hearing: a reprisal watch opens (or goes on) on the case.
            reprisalWatches.open(missionScope.caseId(task), VisibleEngagement.TRIAL_ATTENDANCE,
                    missionScope.actionId(task).toString(), clock.instant());
        };
    }

    /** "Write the trial report": whether a further hearing follows (the "Further hearing?" gateway). */
    @Bean
    TaskListener writeTrialReportListener() {
        return task -> task.getExecution().setVariable(ActionProcesses.FURTHER_HEARING,
                FormAnswers.yesNo(ActionProcesses.FURTHER_HEARING, task.getVariable(ActionProcesses.FURTHER_HEARING)) ? "YES" : "NO");
    }

    /** "Follow up the fair-trial concern": what the mission does about it. */
    @Bean
    TaskListener followUpFairTrialConcernListener() {
        return task -> task.getExecution().setVariable(ActionProcesses.CONCERN_FOLLOW_UP, FormAnswers.choice(FairTrialConcernFollowUp.class,
                ActionProcesses.CONCERN_FOLLOW_UP, task.getVariable(ActionProcesses.CONCERN_FOLLOW_UP)).name());
    }

    /**
     * "Respond to an ill-treatment allegation": a custody visit starts on the case at once (unless one
     * is already under way), and the referral proposed is recorded.
     */
    @Bean
    TaskListener respondToIllTreatmentListener(CaseFileService cases, ActionService actions) {
        return task -> {
            boolean visit = FormAnswers.yesNo(ActionProcesses.CUSTODY_VISIT_PROPOSED, task.getVariable(ActionProcesses.CUSTODY_VISIT_PROPOSED));
            task.getExecution().setVariable(ActionProcesses.CUSTODY_VISIT_PROPOSED, visit ? "YES" : "NO");
            UUID caseId = missionScope.caseId(task);
            boolean visitRunning = actions.actionsOf(caseId).stream()
                    .anyMatch(a -> a.actionType() == ActionType.CUSTODY_VISIT && "IN_PROGRESS".equals(String.valueOf(a.state())));
            if (visit && !visitRunning) {
                cases.addActionToPlan(caseId, ActionType.CUSTODY_VISIT, ActionProcesses.CUSTODY_VISIT_PROPOSED);
            }
            task.getExecution().setVariable(ActionProcesses.REFERRAL_PROPOSED, FormAnswers.choice(IllTreatmentReferral.class,
                    ActionProcesses.REFERRAL_PROPOSED, task.getVariable(ActionProcesses.REFERRAL_PROPOSED)).name());
        };
    }

    /**
     * "Record the verdict": the verdict becomes the action's outcome; a conviction records the
     * sentence in months and whether an appeal was lodged (the "Appeal lodged?" gateway).
     */
    @Bean
    TaskListener recordVerdictListener() {
        return task -> {
            TrialVerdict verdict = FormAnswers.choice(TrialVerdict.class, ActionProcesses.VERDICT, task.getVariable(ActionProcesses.VERDICT));
            task.getExecution().setVariable(ActionProcesses.VERDICT, verdict.name());
            task.getExecution().setVariable(ActionProcesses.ACTION_OUTCOME, "VERDICT_" + verdict.name());
            boolean appeal = false;
            if (verdict == TrialVerdict.CONVICTED) {
                task.getExecution().setVariable(ActionProcesses.SENTENCE_MONTHS, FormAnswers.wholeNumber(ActionProcesses.SENTENCE_MONTHS,
                        task.getVariable(ActionProcesses.SENTENCE_MONTHS), 0, MAX_SENTENCE_MONTHS));
                appeal = FormAnswers.yesNo(ActionProcesses.APPEAL_LODGED, task.getVariable(ActionProcesses.APPEAL_LODGED));
            }
            task.getExecution().setVariable(ActionProcesses.APPEAL_LODGED, appeal ? "YES" : "NO");
        };
    }

    /** Longest user id accepted as an observer (the engine's column). */
    static final int MAX_USER_ID = 255;

    private static void hearingOn(DelegateTask task, LocalDate day) {
        // The due dates of the observer and the report count from hearingDate; the timer reads only nextHearingOn.
        task.getExecution().setVariable(ActionProcesses.HEARING_DATE, day.toString());
        task.getExecution().setVariable(ActionProcesses.NEXT_HEARING_ON, ProcessVariables.startOf(day));
    }
}
