package org.hrdcasework.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives every case task its due date when it is created (attached to all user tasks by the engine plugin). */
@Component
class TaskDueDateListener implements TaskListener {

    private final DeadlinePolicy policy;
    private final Clock clock;

    TaskDueDateListener(DeadlinePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object tier = task.getVariable("urgencyTier");
        Object threatType = task.getVariable("threatType");
        Object hearingDate = task.getVariable("hearingDate");
        DeadlinePolicy.Facts facts = new DeadlinePolicy.Facts(
                tier instanceof Number n ? n.intValue() : null,
                threatType == null ? null : threatType.toString(),
                hearingDate == null || hearingDate.toString().isBlank() ? null : LocalDate.parse(hearingDate.toString().substring(0, 10)));
        Instant due = policy.dueAt(task.getTaskDefinitionKey(), facts, clock.instant());
        task.setDueDate(Date.from(due));
    }
}
