package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.TestClock;
import org.hrdcasework.escalation.EscalationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/deadlines}: per tier, the open tasks due later today and overdue and the open
 * escalations at each level, of the caller's missions only; for supervisors, senior officials and
 * headquarters. The database is shared with every other test: the counts are compared before and
 * after this test's own cases.
 */
class DeadlineOverviewTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;
    @Autowired
    EscalationService escalationService;
    @Autowired
    TestClock clock;

    @Test
    void eachTierCountsWhatIsDueTodayOverdueAndEscalatedInTheCallersMissions() throws Exception {
        // The overview's "now" is held at noon (UTC) of today, whatever the hour the test runs at.
        Instant now = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);
        clock.fixAt(now);
        try {
            countsEachTier(now);
        } finally {
            clock.reset();
        }
    }

    private void countsEachTier(Instant now) throws Exception {
        Instant dueLaterToday = now.plus(6, ChronoUnit.HOURS);
        long[][] alphaBefore = counts("supervisor.alpha");
        long[][] hqBefore = counts("hq.desk");

        String tier1 = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        dueAt(tier1, dueLaterToday);
        String tier2 = driver.fileReport(ThreatType.SURVEILLANCE).getBusinessKey();
        Task tier2Task = dueAt(tier2, now.minus(1, ChronoUnit.DAYS));
        escalate(tier2, tier2Task, 3);
        escalationService.resolveOpen(tier2Task.getId()); // resolved: no longer counted
        String tier3 = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        jdbc.update("UPDATE casework.case_file SET urgency_tier = 3 WHERE reference = ?", tier3);
        Task tier3Task = dueAt(tier3, now.plus(10, ChronoUnit.DAYS));
        escalate(tier3, tier3Task, 1);
        escalate(tier3, tier3Task, 2);
        String beta = driver.fileReportFor("mission-beta").getBusinessKey();
        dueAt(beta, now.minus(2, ChronoUnit.HOURS));

        long[][] alpha = difference(counts("supervisor.alpha"), alphaBefore);
        // tier: due today, overdue, escalated at level 1, 2, 3
        assertThat(alpha).isDeepEqualTo(new long[][] {
                {1, 0, 0, 0, 0},
                {0, 1, 0, 0, 0},
                {0, 0, 1, 1, 0}});
        assertThat(difference(counts("hq.desk"), hqBefore)).isDeepEqualTo(new long[][] {
                {1, 1, 0, 0, 0},
                {0, 1, 0, 0, 0},
                {0, 0, 1, 1, 0}});
    }

    @Test
    void onlySupervisorsSeniorOfficialsAndHeadquartersSeeTheOverview() throws Exception {
        for (String user : List.of("supervisor.alpha", "ambassador.alpha", "hq.desk")) {
            HttpResponse<String> response = http.get("/api/deadlines", user);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            JsonNode overview = JSON.readTree(response.body());
            assertThat(overview.get("tiers").findValuesAsText("tier")).as(user).containsExactly("1", "2", "3");
            assertThat(overview.get("today").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        }
        for (String user : List.of("officer.alpha", "officer.beta", "designer", "admin")) {
            HttpResponse<String> refused = http.get("/api/deadlines", user);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).as(user).isEqualTo("deadlines");
        }
        assertThat(http.get("/api/deadlines", null).statusCode()).isEqualTo(401);
    }

    /** The overview as rows per tier: due today, overdue, escalated at level 1, 2, 3. */
    private long[][] counts(String user) throws Exception {
        HttpResponse<String> response = http.get("/api/deadlines", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tiers = JSON.readTree(response.body()).get("tiers");
        long[][] counts = new long[3][];
        for (int i = 0; i < 3; i++) {
            JsonNode tier = tiers.get(i);
            assertThat(tier.get("tier").asInt()).isEqualTo(i + 1);
            counts[i] = new long[] {tier.get("dueToday").asLong(), tier.get("overdue").asLong(),
                    tier.at("/escalations/level1").asLong(), tier.at("/escalations/level2").asLong(),
                    tier.at("/escalations/level3").asLong()};
        }
        return counts;
    }

    private static long[][] difference(long[][] after, long[][] before) {
        long[][] difference = new long[after.length][];
        for (int i = 0; i < after.length; i++) {
            difference[i] = new long[after[i].length];
            for (int j = 0; j < after[i].length; j++) {
                difference[i][j] = after[i][j] - before[i][j];
            }
        }
        return difference;
    }

    private Task dueAt(String reference, Instant due) {
        Task task = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        return task;
    }

    private void escalate(String reference, Task task, int level) {
        UUID caseId = (UUID) driver.caseRow(reference).get("id");
        escalationService.recordOnce(new EscalationService.Escalation(caseId, "mission-alpha", reference,
                CaseOfConcernProcess.TASK_VERIFY_REPORT, task.getId(), level, Instant.now()));
    }
}
