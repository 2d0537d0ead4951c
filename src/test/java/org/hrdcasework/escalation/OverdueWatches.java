package org.hrdcasework.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Escalation work in bulk, for the cluster tests and the benchmarks: watches of tier-1
 * verification tasks in one case, each falling due (level 1, two hours after the task's creation)
 * at a chosen instant, and a count of the handling tasks the escalations open.
 */
public final class OverdueWatches {

    /** Tier 1's level-1 deadline for "Verify report" in the policy table. */
    private static final Duration LEVEL_ONE = Duration.ofHours(2);
    private static final int CLIENTS = 4;

    private OverdueWatches() {
    }

    /**
     * Starts {@code count} watches in the case {@code reference} (four clients at once), watching the
     * tasks {@code prefix-0} ... whose level-1 deadline falls at {@code due}, and adds the watches'
     * process instance ids to {@code watches} as they start (a handling task counter can be given the
     * set before).
     */
    public static void start(ConfigurableApplicationContext node, String reference, String prefix, int count, Instant due,
                             Set<String> watches) throws Exception {
        start(node, reference, prefix, count, i -> due, watches);
    }

    /** As {@link #start(ConfigurableApplicationContext, String, String, int, Instant, Set)}, each watch with its own deadline. */
    public static void start(ConfigurableApplicationContext node, String reference, String prefix, int count, Deadline due,
                             Set<String> watches) throws Exception {
        RuntimeService runtime = node.getBean(RuntimeService.class);
        Map<String, Object> caseFile = node.getBean(JdbcTemplate.class).queryForMap(
                "SELECT id::text AS id, mission_id FROM casework.case_file WHERE reference = ?", reference);
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            clients.add(CompletableFuture.runAsync(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    watches.add(runtime.startProcessInstanceByKey(EscalationProcesses.WATCH, reference, Variables.createVariables()
                            .putValue(ProcessVariables.CASE_ID, caseFile.get("id"))
                            .putValue(ProcessVariables.CASE_REFERENCE, reference)
                            .putValue(ProcessVariables.MISSION_ID, caseFile.get("mission_id"))
                            .putValue(EscalationProcesses.WATCHED_TASK_ID, prefix + "-" + i)
                            .putValue(EscalationProcesses.STAGE, CaseOfConcernProcess.TASK_VERIFY_REPORT)
                            .putValue(ProcessVariables.URGENCY_TIER, 1)
                            .putValue(EscalationProcesses.CREATED_AT, due.of(i).minus(LEVEL_ONE).toString())).getId());
                }
            }));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    /**
     * Counts the escalation handling tasks this node opens in the given watches, once their
     * transaction commits (a job retried after a conflict that never committed is not counted),
     * counting the latch down for each.
     */
    public static AtomicInteger countHandlingTasks(ConfigurableApplicationContext node, Set<String> watches, CountDownLatch latch) {
        AtomicInteger count = new AtomicInteger();
        node.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof TaskEvent task
                    && "create".equals(task.getEventName()) && watches.contains(task.getProcessInstanceId())) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        count.incrementAndGet();
                        latch.countDown();
                    }
                });
            }
        });
        return count;
    }

    /** The deadline of the i-th watch. */
    @FunctionalInterface
    public interface Deadline {
        Instant of(int i);
    }
}
