package org.hrdcasework.system.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link FourEyes} pairs in the engine, for every door (Tasklist, engine REST, an
 * escalation handler's reassignment): completing a drafting task adds its actor to the instance's
 * drafters (a variable only the engine writes: a form cannot carry it, TaskInputGuard refuses any
 * other write); assigning the clearing task to a drafter, or a drafter completing it, is refused
 * with a 400 naming the field.
 */
@Component
class FourEyesListener implements EveryUserTask {

    static final String DRAFTERS_PREFIX = "drafters_";

    private final List<FourEyes> pairs;

    FourEyesListener(List<FourEyes> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    @Override
    public int order() {
        return FOUR_EYES;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_ASSIGNMENT, EVENTNAME_COMPLETE);
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (task.getExecution() == null) {
            return; // no standalone tasks exist (TaskInputGuard), and they have no drafter
        }
        for (FourEyes pair : pairs) {
            if (key.equals(pair.drafting()) && EVENTNAME_COMPLETE.equals(task.getEventName())) {
                Set<String> drafters = drafters(task, pair);
                drafters.add(TaskActors.actor(task));
                task.getExecution().getProcessInstance().setVariable(variable(pair), String.join(",", drafters));
            } else if (key.equals(pair.clearing())) {
                boolean assigning = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
                String person = assigning ? task.getAssignee() : TaskActors.actor(task);
                if (person != null && drafters(task, pair).contains(person)) {
                    throw TaskInputGuard.refused(assigning ? "assignee" : "user", person + " drafted the " + pair.what()
                            + " and cannot " + (assigning ? "be given" : "do") + " \"" + task.getName()
                            + "\": another person must (four eyes)");
                }
            }
        }
    }

    private static Set<String> drafters(DelegateTask task, FourEyes pair) {
        Object stored = task.getExecution().getProcessInstance().getVariable(variable(pair));
        Set<String> drafters = new LinkedHashSet<>();
        if (stored != null && !stored.toString().isEmpty()) {
            drafters.addAll(Arrays.asList(stored.toString().split(",")));
        }
        return drafters;
    }

    private static String variable(FourEyes pair) {
        return DRAFTERS_PREFIX + pair.drafting();
    }
}
