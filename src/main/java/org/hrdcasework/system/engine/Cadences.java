package org.hrdcasework.system.engine;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * How often recurring protection work comes round, from the designers' table
 * (processes/Cadences.dmn): the contact with a defender, the digital-security check, the days a
 * state has to answer a UN communication, how long before the anniversary of the annual meeting
 * next year's is prepared, how often a support programme is chased for its decision, the notice
 * before a consent expires, how long
 * an authority has to answer a custody visit request and how often a detained defender is visited, how
 * often a relocated defender is checked in with and how long before the stay ends the return is planned. Answers are kept a minute ({@link PolicyAnswers}).
 */
@Component
public class Cadences {

    public static final String CONTACT = "CONTACT";
    public static final String SECURITY_CHECK = "SECURITY_CHECK";
    public static final String UN_REPLY = "UN_REPLY";
    public static final String MEETING_PLANNING = "MEETING_PLANNING";
    public static final String PROGRAMME_CHASE = "PROGRAMME_CHASE";
    public static final String CONSENT_EXPIRY_NOTICE = "CONSENT_EXPIRY_NOTICE";
    public static final String CUSTODY_ANSWER = "CUSTODY_ANSWER";
    public static final String CUSTODY_REPEAT = "CUSTODY_REPEAT";
    public static final String RELOCATION_CHECK_IN = "RELOCATION_CHECK_IN";
    public static final String RELOCATION_RETURN_PLANNING = "RELOCATION_RETURN_PLANNING";

    static final String DECISION = "Cadences";

    private final DecisionService decisionService;
    private final PolicyAnswers<Integer> answers = new PolicyAnswers<>();

    Cadences(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The days of {@code cadence} at {@code urgencyTier} (null: no tier); fails if the table has no rule for them. */
    public int days(String cadence, Integer urgencyTier) {
        return answers.get(cadence + "|" + urgencyTier, () -> {
            DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(DECISION,
                    Variables.createVariables().putValue("cadence", cadence).putValue(ProcessVariables.URGENCY_TIER, urgencyTier))
                    .getFirstResult();
            Object days = result == null ? null : result.getEntry("days");
            if (!(days instanceof Number number) || number.intValue() <= 0) {
                throw new IllegalStateException("processes/Cadences.dmn gives no positive number of days for " + cadence
                        + " at tier " + urgencyTier);
            }
            return number.intValue();
        });
    }

    /** The days of {@code cadence} (no tier) as an ISO-8601 duration ({@code P30D}), as timers read it. */
    public String isoDays(String cadence) {
        return "P" + days(cadence, null) + "D";
    }

    /** Forgets the kept answers (a test that deploys a new table). */
    public void forget() {
        answers.forget();
    }
}
