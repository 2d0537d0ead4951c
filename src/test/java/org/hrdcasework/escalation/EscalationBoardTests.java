package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
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
