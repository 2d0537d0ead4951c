package org.hrdcasework.support;

import java.math.BigDecimal;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine glue of SupportApplication: thin listeners on the tasks that change the
 * application's state (submitted, decided, paid) and delegates for its withdrawn ends. Each reads
 * the form's values and calls SupportApplications in the task's transaction; bad input fails the
 * completion with a message naming the field (never the value), so the task stays open.
 */
@Configuration(proxyBeanMethods = false)
class SupportApplicationDelegates {

    // Refusals are InvalidInputException: they name the field and the rule, never the value (engine REST: 400).

    @Bean
    TaskListener supportSubmittedListener(SupportApplications applications) {
        return task -> {
            applications.recordSubmission(applicationId(task),
                    FormAnswers.optionalDate(SupportApplicationProcess.SUBMITTED_ON, task.getVariable(SupportApplicationProcess.SUBMITTED_ON)),
                    text(task, SupportApplicationProcess.PROGRAMME_REFERENCE));
            // The chase cycle of the wait for the decision, from the designers' table as the wait begins.
            task.getExecution().setVariable(SupportApplicationProcess.PROGRAMME_CHASE_CYCLE,
                    "R/P" + applications.programmeChaseDays() + "D");
        };
    }

    @Bean
    TaskListener supportDecisionListener(SupportApplications applications) {
        return task -> applications.recordDecision(applicationId(task), decision(task),
                FormAnswers.optionalDate(SupportApplicationProcess.DECIDED_ON, task.getVariable(SupportApplicationProcess.DECIDED_ON)), amount(task, SupportApplicationProcess.AMOUNT_GRANTED));
    }

    @Bean
    TaskListener supportPaidListener(SupportApplications applications) {
        return task -> applications.recordPayment(applicationId(task),
                FormAnswers.optionalDate(SupportApplicationProcess.PAID_ON, task.getVariable(SupportApplicationProcess.PAID_ON)), amount(task, SupportApplicationProcess.AMOUNT_PAID));
    }

    /** "Refer to emergency support" in a case action opens the tracked support application for the case's defender. */
    @Bean
    TaskListener referEmergencySupportListener(SupportApplications applications, MissionScope missionScope) {
        return task -> {
            SupportPurpose purpose = task.getVariable(PURPOSE) == null ? null
                    : FormAnswers.choice(SupportPurpose.class, PURPOSE, task.getVariable(PURPOSE));
            String reference = applications.applyFromAction(TaskActors.actor(task), MissionScope.mission(task),
                    missionScope.caseReference(task), text(task, PROGRAMME), purpose, amount(task, AMOUNT_REQUESTED));
            task.getExecution().setVariable(SUPPORT_APPLICATION_REFERENCE, reference);
        };
    }

    /** Form fields of "Refer to emergency support" (named as the application API names them, so errors name the field). */
    static final String PROGRAMME = "programme";
    static final String PURPOSE = "purpose";
    static final String AMOUNT_REQUESTED = "amountRequested";
    /** Set by the listener: the reference of the application it opened (not a form field). */
    static final String SUPPORT_APPLICATION_REFERENCE = "supportApplicationReference";

    @Bean
    JavaDelegate withdrawSupportApplicationDelegate(SupportApplications applications) {
        return execution -> applications.markWithdrawn(applicationId(execution), switch (execution.getCurrentActivityId()) {
            case SupportApplicationProcess.TASK_WITHDRAW_DUPLICATE -> WithdrawalReason.DUPLICATE_FUNDING;
            case SupportApplicationProcess.TASK_WITHDRAW_DECLINED -> WithdrawalReason.DEFENDER_DECLINED;
            case SupportApplicationProcess.TASK_WITHDRAW_ON_REQUEST -> WithdrawalReason.WITHDRAWN_ON_REQUEST;
            default -> throw new IllegalStateException("No withdrawal at activity " + execution.getCurrentActivityId());
        });
    }

    private static UUID applicationId(VariableScope scope) {
        // The application must be of the instance's mission, whatever the variable says.
        return MissionScope.ownRow(scope, SupportApplicationProcess.APPLICATION_ID, MissionScope.Owned.SUPPORT_APPLICATION);
    }

    private static ApplicationStatus decision(DelegateTask task) {
        String value = text(task, SupportApplicationProcess.DECISION);
        if (!"GRANTED".equals(value) && !"REFUSED".equals(value)) {
            throw new InvalidInputException(SupportApplicationProcess.DECISION, "must be GRANTED or REFUSED");
        }
        return ApplicationStatus.valueOf(value);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** Number fields submit Long or Double; API clients may send text. */
    private static BigDecimal amount(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be an amount such as 2500.00");
        }
    }
}
