package org.hrdcasework.support;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The engine side of an application, so that SupportApplications stays engine-agnostic. Business
 * key = the application's reference (also the duty reference its tasks are recorded against);
 * the mission becomes the instance's tenant.
 */
@Component
class SupportEngine {

    private final RuntimeService runtimeService;

    SupportEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Starts the process with what it needs to route and deadline its tasks, no personal data; its instance id. */
    String start(ApplicationRow application, CaseInMission c, SupportProgramme programme) {
        return runtimeService.startProcessInstanceByKey(SupportApplicationProcess.KEY, application.reference(),
                Variables.createVariables()
                        .putValue(ProcessVariables.MISSION_ID, application.missionId())
                        .putValue(ProcessVariables.DUTY_REFERENCE, application.reference())
                        .putValue(ProcessVariables.CASE_ID, c.id().toString())
                        .putValue(ProcessVariables.CASE_REFERENCE, c.reference())
                        .putValue(ProcessVariables.URGENCY_TIER, c.tier())
                        .putValue(SupportApplicationProcess.APPLICATION_ID, application.id().toString())
                        .putValue(SupportApplicationProcess.PROGRAMME_CODE, programme.code())
                        .putValue(SupportApplicationProcess.PROGRAMME_KIND, programme.kind().name())
                        .putValue(SupportApplicationProcess.PAYS_MONEY, programme.paysMoney())
                        // Numbers for the forms' text only; the application row is authoritative.
                        .putValue(SupportApplicationProcess.AMOUNT_REQUESTED, application.amountRequested() == null
                                ? null : application.amountRequested().doubleValue())
                        .putValue(SupportApplicationProcess.CURRENCY, programme.currency())
                        .putValue(SupportApplicationProcess.DUPLICATE_FUNDING, application.duplicateOf() != null))
                .getId();
    }

    /** Correlates the withdrawal message; false if the application's process is not waiting for it. */
    boolean withdraw(String reference) {
        return !runtimeService.createMessageCorrelation(SupportApplicationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(reference)
                .correlateAllWithResult()
                .isEmpty();
    }
}
