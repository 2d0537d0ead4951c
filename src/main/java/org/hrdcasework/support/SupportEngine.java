package org.hrdcasework.support;

import java.math.BigDecimal;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The engine side of an application, so that SupportApplications stays engine-agnostic: starts
 * SupportApplication with the application's reference as business key (it is also the duty
 * reference its tasks are recorded against; the mission becomes the instance's tenant) and
 * signals a withdrawal.
 */
@Component
class SupportEngine {

    /** What the process needs to route and to deadline its tasks; no personal data. */
    record Start(UUID applicationId, String reference, String missionId, UUID caseId, String caseReference,
                 Integer urgencyTier, String programmeCode, ProgrammeKind programmeKind, boolean paysMoney,
                 BigDecimal amountRequested, String currency, boolean duplicateFunding) {
    }

    private final RuntimeService runtimeService;

    SupportEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Starts the application's process; returns its instance id. */
    String start(Start start) {
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

    /** Correlates the withdrawal message; false if the application's process is not waiting for it. */
    boolean withdraw(String reference) {
        return !runtimeService.createMessageCorrelation(SupportApplicationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(reference)
                .correlateAllWithResult()
                .isEmpty();
    }
}
