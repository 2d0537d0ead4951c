package org.hrdcasework.system.engine;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The designers' demarche ladder (processes/DemarcheLadder.dmn): the rung a demarche climbs to
 * from the rung it stands on and what made it climb, and how long it waits for its reply on a rung
 * (chased every so many days, raised after so many). Only names of {@code rungs} are returned: a
 * row naming anything else is refused with the table named. Answers are kept a minute
 * ({@link PolicyAnswers}).
 */
@Component
public class DemarcheLadder {

    static final String LADDER = "DemarcheLadder";
    static final String CLOCKS = "DemarcheClocks";

    /** How long a demarche waits on a rung: chased every {@code chaseEveryDays}, raised after {@code raiseAfterDays}. */
    public record Clock(int chaseEveryDays, int raiseAfterDays) {

        /** The chase as the timer cycle reads it (repeating while the reply is awaited). */
        public String chaseCycle() {
            return "R100/P" + chaseEveryDays + "D";
        }

        public String raiseAfter() {
            return "P" + raiseAfterDays + "D";
        }
    }

    private final DecisionService decisionService;
    private final PolicyAnswers<Optional<String>> rungs = new PolicyAnswers<>();
    private final PolicyAnswers<Clock> clocks = new PolicyAnswers<>();

    DemarcheLadder(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The rung above {@code rung} when {@code trigger} made it climb; empty at the top of the ladder. */
    public Optional<String> next(String rung, String trigger, Set<String> allowed) {
        return rungs.get(rung + "|" + trigger, () -> {
            DmnDecisionRuleResult row = decisionService.evaluateDecisionTableByKey(LADDER,
                    Variables.createVariables().putValue("rung", rung).putValue("trigger", trigger)).getFirstResult();
            Object next = row == null ? null : row.getEntry("nextRung");
            if (next == null) {
                return Optional.empty();
            }
            if (!(next instanceof String name) || !allowed.contains(name)) {
                throw new IllegalStateException("processes/DemarcheLadder.dmn climbs to '" + next + "', which is not a rung");
            }
            return Optional.of(name);
        });
    }

    /** The clock of {@code rung} for a case at {@code urgencyTier}; fails if the table has no positive days for it. */
    public Clock clock(String rung, Integer urgencyTier) {
        return clocks.get(rung + "|" + urgencyTier, () -> {
            DmnDecisionRuleResult row = decisionService.evaluateDecisionTableByKey(CLOCKS,
                    Variables.createVariables().putValue("rung", rung).putValue(ProcessVariables.URGENCY_TIER, urgencyTier))
                    .getFirstResult();
            Object chase = row == null ? null : row.getEntry("chaseEveryDays");
            Object raise = row == null ? null : row.getEntry("raiseAfterDays");
            if (!(chase instanceof Number c) || c.intValue() <= 0 || !(raise instanceof Number r) || r.intValue() <= 0) {
                throw new IllegalStateException("processes/DemarcheLadder.dmn gives no positive days to chase and raise a demarche at "
                        + rung + ", tier " + urgencyTier);
            }
            return new Clock(c.intValue(), r.intValue());
        });
    }

    /** Forgets the kept answers (a test that deploys a new table). */
    public void forget() {
        rungs.forget();
        clocks.forget();
    }
}
