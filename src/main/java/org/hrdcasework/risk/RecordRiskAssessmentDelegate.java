package org.hrdcasework.risk;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.escalation.EscalationActions;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After the RiskTier decision: stores the assessment and the decision, and sets the routing
 * facts riskLevel, urgencyTier and reviewInterval (which times the periodic review).
 */
@Component
class RecordRiskAssessmentDelegate implements JavaDelegate {

    private final RiskAssessmentService service;
    private final EscalationActions escalationActions;
    private final ApplicationEventPublisher events;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    RecordRiskAssessmentDelegate(RiskAssessmentService service, EscalationActions escalationActions,
                                 ApplicationEventPublisher events, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.service = service;
        this.escalationActions = escalationActions;
        this.events = events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> decided = (Map<String, Object>) execution.getVariable(Vars.RISK_DECISION);
        RiskAssessmentService.Decision decision = new RiskAssessmentService.Decision(
                (String) decided.get(Vars.RISK_LEVEL), ((Number) decided.get(ProcessVariables.URGENCY_TIER)).intValue(),
                (String) decided.get(Vars.REVIEW_INTERVAL));
        RiskAssessmentService.Inputs inputs = new RiskAssessmentService.Inputs(
                (String) execution.getVariable(Vars.THREAT_LEVEL), (String) execution.getVariable(Vars.VULNERABILITY_LEVEL),
                (String) execution.getVariable(Vars.CAPACITY_LEVEL), (String) execution.getVariable(Vars.DEFENDER_STATUS));
        service.record(missionScope.caseId(execution), inputs, decision,
                lastAssessor(execution));
        Object previousTier = execution.getVariable(ProcessVariables.URGENCY_TIER);
        if (previousTier instanceof Number n && n.intValue() != decision.urgencyTier()) {
            // Open deadlines of the case follow the new tier.
            escalationActions.retime(missionScope.caseReference(execution), decision.urgencyTier());
        }
        if (!(previousTier instanceof Number n) || n.intValue() != decision.urgencyTier()) {
            events.publishEvent(new UrgencyTierChanged(missionScope.caseId(execution),
                    decision.urgencyTier()));
        }
        execution.setVariable(Vars.RISK_LEVEL, decision.riskLevel());
        execution.setVariable(ProcessVariables.URGENCY_TIER, decision.urgencyTier());
        execution.setVariable(Vars.REVIEW_INTERVAL, decision.reviewInterval());
        execution.removeVariable(Vars.RISK_DECISION);
    }

    /** The person who completed the assessment task just before (the engine's authenticated user). */
    private static String lastAssessor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "system";
    }
}
