package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.actions.ActionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The parts of the timeline that the page tests do not reach: withdrawn consent, escalations and
 * who handled them, contacts with the defender, identity reveals, closure; each in words on the
 * page and as codes in the JSON, and nothing of another case or mission.
 */
class CaseTimelineTests extends ProcessTestSupport {

    @Autowired
    CaseFileService caseFileService;
    @Autowired
    SqlSessionFactory sqlSessionFactory;

    @Test
    void theTimelineTellsConsentWithdrawalsEscalationsContactsRevealsAndWhoDidThem() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
        Map<String, Object> c = jdbc.queryForMap("SELECT id, defender_id FROM casework.case_file WHERE reference = ?", reference);
        UUID caseId = (UUID) c.get("id");
        UUID defenderId = (UUID) c.get("defender_id");
        caseFileService.withdrawConsent(CaseDriver.OFFICER_ALPHA, reference, ActionType.DEMARCHE);
        HistoricTaskInstance verify = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CaseOfConcernProcess.TASK_VERIFY_REPORT).singleResult();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO casework.escalation (id, case_id, mission_id, case_reference, stage, task_id, level, due_at, "
                        + "fired_at, resolved_at, decision, decided_by, decided_at) VALUES (?, ?, 'mission-alpha', ?, ?, ?, 1, ?, ?, ?, "
                        + "'EXTEND', 'supervisor.alpha', ?)", UUID.randomUUID(), caseId, reference,
                CaseOfConcernProcess.TASK_VERIFY_REPORT, verify.getId(), Timestamp.from(now.minusSeconds(60)),
                Timestamp.from(now.minusSeconds(50)), Timestamp.from(now.minusSeconds(40)), Timestamp.from(now.minusSeconds(40)));
        UUID relationship = UUID.randomUUID();
        jdbc.update("INSERT INTO casework.defender_relationship (id, reference, mission_id, defender_id, liaison_officer, contact_tier, "
                        + "started_at, started_by) VALUES (?, ?, 'mission-alpha', ?, 'officer.alpha', 1, ?, 'officer.alpha')",
                relationship, "ALPHA-RELT-" + relationship.toString().substring(0, 8), defenderId, Timestamp.from(now.minusSeconds(30)));
        jdbc.update("INSERT INTO casework.contact_log (id, relationship_id, mission_id, contact_kind, contacted_on, defender_situation, "
                        + "logged_by, logged_at) VALUES (?, ?, 'mission-alpha', 'SECURE_MESSAGE', ?, 'CONCERN', 'officer.alpha', ?)",
                UUID.randomUUID(), relationship, java.sql.Date.valueOf(LocalDate.now()), Timestamp.from(now.minusSeconds(20)));
        caseFileService.revealIdentity(CaseDriver.OFFICER_ALPHA, reference, "Arranging a custody visit for the defender");
        String other = driver.verifiedCase(ThreatType.SURVEILLANCE).getBusinessKey();
        caseFileService.revealIdentity(CaseDriver.OFFICER_ALPHA, other, "Checking the other case's defender");

        String page = SessionClient.signedIn(http, "officer.alpha").get("/cases/" + reference).body();

        assertThat(page).contains("Consent withdrawn for Demarche to the authorities (before the host state)")
                .contains("Escalated to Level 1 (supervisors): Verify report")
                .contains("Escalation at Level 1 (supervisors) handled: Deadline extended")
                .contains("Contact with the defender: Secure message (a concern)")
                .contains("supervisor.alpha")
                .doesNotContain("Surveillance", "EXTEND", "SECURE_MESSAGE", "CONCERN", "Test Person");
        assertThat(page.split("identity revealed", -1)).as("one reveal of this case, none of the other").hasSize(2);

        HttpResponse<String> json = SessionClient.signedIn(http, "officer.alpha").getJson("/api/cases/" + reference + "/timeline");
        assertThat(json.body()).contains("\"kind\":\"CONSENT_WITHDRAWN\"", "\"kind\":\"ESCALATED\"",
                "\"kind\":\"ESCALATION_HANDLED\"", "\"kind\":\"CONTACT\"", "\"kind\":\"IDENTITY_REVEALED\"")
                .doesNotContain("custody visit", "Test Person");
        assertThat(SessionClient.signedIn(http, "officer.beta").getJson("/api/cases/" + reference + "/timeline").body())
                .doesNotContain("CONTACT", "officer.alpha");
    }

    @Test
    void aCaseClosedAtVerificationShowsItsClosureInWords() {
        String reference = driver.fileReport(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "NO", "linkedToHumanRightsWork", "NO"));

        String page = SessionClient.signedIn(http, "officer.alpha").get("/cases/" + reference).body();

        assertThat(page).contains("Case closed: Not a human rights defender", "Report verified: Rejected", "Closed",
                "No open tasks.", "No open task with a due date").doesNotContain("NOT_A_DEFENDER", "REJECTED");
    }

    /**
     * Every part of the timeline reads one case's rows by an index: with sequential scans priced out,
     * every scan of the plan is an index scan with a condition (a part without a usable index keeps a
     * sequential scan, or reads a whole index without a condition).
     */
    @Test
    void everyPartOfTheTimelineIsReadByAnIndex() throws Exception {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        Map<String, Object> c = jdbc.queryForMap("SELECT id, defender_id FROM casework.case_file WHERE reference = ?", reference);
        Map<String, Object> params = Map.of("caseId", c.get("id"), "reference", reference, "missionId", "mission-alpha",
                "defenderId", c.get("defender_id"), "zone", ZoneId.systemDefault().getId(), "limit", 201);
        BoundSql bound = sqlSessionFactory.getConfiguration()
                .getMappedStatement(CaseTimelineMapper.class.getName() + ".findTimeline").getBoundSql(params);

        String plan = jdbc.execute((Connection connection) -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + bound.getSql())) {
                for (int i = 0; i < bound.getParameterMappings().size(); i++) {
                    explain.setObject(i + 1, params.get(bound.getParameterMappings().get(i).getProperty()));
                }
                try (ResultSet rows = explain.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            } finally {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("RESET enable_seqscan");
                }
            }
        });

        List<JsonNode> nodes = new ArrayList<>();
        collectNodes(new ObjectMapper().readTree(plan), nodes);
        List<JsonNode> scans = nodes.stream().filter(n -> n.get("Node Type").asText().matches(".*(Seq Scan|Index).*")).toList();
        assertThat(nodes).as(plan).filteredOn(n -> n.has("Relation Name")).extracting(n -> n.get("Relation Name").asText())
                .contains("escalation", "audit_event", "defender_relationship", "contact_log", "act_hi_taskinst", "act_hi_procinst");
        assertThat(scans).as(plan).allSatisfy(scan -> {
            assertThat(scan.get("Node Type").asText()).isIn("Index Scan", "Index Only Scan", "Bitmap Index Scan");
            assertThat(scan.has("Index Cond")).as("%s by %s has a condition", scan.get("Relation Name"), scan.get("Index Name")).isTrue();
        });
    }

    /** Every node of the plan, however deep. */
    private static void collectNodes(JsonNode node, List<JsonNode> nodes) {
        if (node.has("Node Type")) {
            nodes.add(node);
        }
        node.forEach(child -> {
            if (child.isContainerNode()) {
                collectNodes(child, nodes);
            }
        });
    }
}
