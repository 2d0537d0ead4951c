package org.hrdcasework.support;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Starts SupportApplication with the application's reference as business key (it is also the
 * duty reference its tasks are recorded against); the mission becomes the instance's tenant.
 */
@Component
class EngineSupportProcess implements SupportProcessEngine {

    private final RuntimeService runtimeService;

    EngineSupportProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String start(Start start) {
        return runtimeService.createProcessInstanceByKey(SupportApplicationProcess.KEY)
                .businessKey(start.reference())
                .setVariables(Variables.createVariables()
                        .putValue(ProcessVariables.MISSION_ID, start.missionId())
                        .putValue(ProcessVariables.DUTY_REFERENCE, start.reference())
                        .putValue(ProcessVariables.CASE_ID, start.caseId().toString())
                        .putValue(ProcessVariables.CASE_REFERENCE, start.caseReference())
                        .putValue(ProcessVariables.URGENCY_TIER, start.urgencyTier())
                        .putValue(SupportApplicationProcess.APPLICATION_ID, start.applicationId().toString())
                        .putValue(SupportApplicationProcess.PROGRAMME_CODE, start.programmeCode())
                        .putValue(SupportApplicationProcess.PROGRAMME_KIND, start.programmeKind().name())
                        .putValue(SupportApplicationProcess.PAYS_MONEY, start.paysMoney())
                        // Numbers for the forms' text only; the application row is authoritative.
                        .putValue(SupportApplicationProcess.AMOUNT_REQUESTED,
                                start.amountRequested() == null ? null : start.amountRequested().doubleValue())
                        .putValue(SupportApplicationProcess.CURRENCY, start.currency())
                        .putValue(SupportApplicationProcess.DUPLICATE_FUNDING, start.duplicateFunding()))
                .execute()
                .getId();
    }

    @Override
    public boolean withdraw(String reference) {
        return !runtimeService.createMessageCorrelation(SupportApplicationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(reference)
                .correlateAllWithResult()
                .isEmpty();
    }
}
