package org.hrdcasework.system.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * How often recurring protection work comes round, from the designers' table
 * (processes/Cadences.dmn): the contact with a defender, the digital-security check, the days a
 * state has to answer a UN communication. Answers are cached for a minute (each evaluation would
 * otherwise be a decision instance in the history); a newly deployed table applies within it.
 */
@Component
public class Cadences {

    public static final String CONTACT = "CONTACT";
    public static final String SECURITY_CHECK = "SECURITY_CHECK";
    public static final String UN_REPLY = "UN_REPLY";

    static final String DECISION = "Cadences";
    private static final Duration CACHE_TIME = Duration.ofMinutes(1);

    private final DecisionService decisionService;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Cadences(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The days of {@code cadence} at {@code urgencyTier} (null: no tier); fails if the table has no rule for them. */
    public int days(String cadence, Integer urgencyTier) {
        String key = cadence + "|" + urgencyTier;
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.days();
        }
        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(DECISION,
                Variables.createVariables().putValue("cadence", cadence).putValue(ProcessVariables.URGENCY_TIER, urgencyTier))
                .getFirstResult();
        Object days = result == null ? null : result.getEntry("days");
        if (!(days instanceof Number number) || number.intValue() <= 0) {
            throw new IllegalStateException("processes/Cadences.dmn gives no positive number of days for " + cadence
                    + " at tier " + urgencyTier);
        }
        cache.put(key, new Cached(number.intValue(), Instant.now().plus(CACHE_TIME)));
        return number.intValue();
    }

    /** Forgets the cached answers (a test that deploys a new table). */
    public void forget() {
        cache.clear();
    }

    private record Cached(int days, Instant until) {
    }
}
