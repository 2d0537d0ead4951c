package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/escalations}: the caller's missions only, oldest first, filtered by level and stage. */
class EscalationBoardTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EscalationEngine escalationActions;

    @Test
    void supervisorsSeeTheirMissionsEscalationsOldestFirstHeadquartersSeesAll() throws Exception {
        String alpha = escalate("mission-alpha", 1, Instant.parse("2026-01-01T00:00:00Z"));
        String alphaLater = escalate("mission-alpha", 2, Instant.parse("2026-02-01T00:00:00Z"));
        String beta = escalate("mission-beta", 1, Instant.parse("2026-01-15T00:00:00Z"));

        JsonNode board = JSON.readTree(http.get("/api/escalations", "supervisor.alpha").body());
        assertThat(board.findValuesAsText("caseReference")).contains(alpha, alphaLater).doesNotContain(beta);
        assertThat(board.findValuesAsText("caseReference").indexOf(alpha))
                .isLessThan(board.findValuesAsText("caseReference").indexOf(alphaLater));
        assertThat(board.get(0).get("overdueMinutes").asLong()).isPositive();
        assertThat(board.toString()).doesNotContain("Test Person");

        assertThat(JSON.readTree(http.get("/api/escalations", "hq.desk").body()).findValuesAsText("caseReference"))
                .contains(alpha, beta);
        assertThat(JSON.readTree(http.get("/api/escalations?level=2", "supervisor.alpha").body()).findValuesAsText("level"))
                .containsOnly("2");
        assertThat(JSON.readTree(http.get("/api/escalations?stage=Task_VerifyReport", "hq.desk").body())
                .findValuesAsText("stage")).containsOnly(CaseOfConcernProcess.TASK_VERIFY_REPORT);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> level = http.get("/api/escalations?level=7", "supervisor.alpha");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(level.body()).at("/errors/0/field").asText()).isEqualTo("level");
        HttpResponse<String> stage = http.get("/api/escalations?stage=x'%20OR%201=1", "supervisor.alpha");
        assertThat(stage.statusCode()).isEqualTo(400);
        assertThat(http.get("/api/escalations?level=abc", "supervisor.alpha").statusCode()).isEqualTo(400);
    }

    /** The board comes a page at a time, most overdue first, with the number open in all. */
    @Test
    void theBoardIsPagedMostOverdueFirstWithItsTotal() throws Exception {
        escalate("mission-alpha", 1, Instant.parse("2025-06-01T00:00:00Z"));
        escalate("mission-alpha", 1, Instant.parse("2025-06-02T00:00:00Z"));
        HttpResponse<String> all = http.get("/api/escalations?limit=500", "supervisor.alpha");
        JsonNode everything = JSON.readTree(all.body());
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isEqualTo(everything.size()).isGreaterThanOrEqualTo(2);

        HttpResponse<String> first = http.get("/api/escalations?limit=1", "supervisor.alpha");
        HttpResponse<String> second = http.get("/api/escalations?limit=1&offset=1", "supervisor.alpha");
        assertThat(first.headers().firstValue("X-Total-Count")).contains(Long.toString(total));
        assertThat(JSON.readTree(first.body()).findValuesAsText("id")).containsExactly(everything.get(0).get("id").asText());
        assertThat(JSON.readTree(second.body()).findValuesAsText("id")).containsExactly(everything.get(1).get("id").asText());

        for (String bad : List.of("limit=0", "limit=501", "offset=-1")) {
            HttpResponse<String> refused = http.get("/api/escalations?" + bad, "supervisor.alpha");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    /** A case of that mission with one escalation of its verification task. */
    private String escalate(String mission, int level, Instant dueAt) {
        var caseInstance = "mission-alpha".equals(mission) ? driver.fileReport(ThreatType.ARREST) : driver.fileReportFor(mission);
        String reference = caseInstance.getBusinessKey();
        String taskId = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        UUID caseId = (UUID) driver.caseRow(reference).get("id");
        escalationActions.escalate(new EscalationService.Escalation(caseId, mission, reference,
                CaseOfConcernProcess.TASK_VERIFY_REPORT, taskId, level, dueAt));
        return reference;
    }
}
