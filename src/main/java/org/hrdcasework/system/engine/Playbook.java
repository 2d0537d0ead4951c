package org.hrdcasework.system.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The designers' playbook (processes/Playbook.dmn): the actions to propose, in parallel, in the
 * first 48 hours by the threat reported, and after a change of the defender's situation by the
 * change. Only names of {@code allowed} actions are returned: a row naming anything else is refused
 * with the table named. Answers are kept a minute ({@link PolicyAnswers}).
 */
@Component
public class Playbook {

    public static final String FIRST_48_HOURS = "FIRST_48_HOURS";
    public static final String SITUATION_CHANGED = "SITUATION_CHANGED";

    static final String DECISION = "Playbook";

    private final DecisionService decisionService;
    private final PolicyAnswers<List<String>> answers = new PolicyAnswers<>();

    Playbook(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The proposed actions for {@code trigger} at {@code moment}, in the table's order, each once. */
    public List<String> propose(String moment, String trigger, Set<String> allowed) {
        return answers.get(moment + "|" + trigger, () -> {
            Set<String> proposed = new LinkedHashSet<>();
            for (DmnDecisionRuleResult row : decisionService.evaluateDecisionTableByKey(DECISION,
                    Variables.createVariables().putValue("moment", moment).putValue("trigger", trigger))) {
                Object action = row.getEntry("actionType");
                if (!(action instanceof String name) || !allowed.contains(name)) {
                    throw new IllegalStateException("processes/Playbook.dmn proposes '" + action + "', which is not an action type");
                }
                proposed.add(name);
            }
            return List.copyOf(new ArrayList<>(proposed));
        });
    }

    /** Forgets the kept answers (a test that deploys a new table). */
    public void forget() {
        answers.forget();
    }
}
