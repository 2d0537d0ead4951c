package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.ThreatReports;
import org.hrdcasework.escalation.EscalationService;
import org.hrdcasework.system.web.PageOf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/cases}: the caller's missions' cases, each filter, the order (tier, overdue first,
 * oldest incident, reference), paging with {@code X-Total-Count}, and a search that never reaches a
 * defender's identity.
 * <p>The shared database holds every other test's cases too: each test moves its own cases to a day
 * range of its own, long past, and reads its caseload through {@code openedFrom}/{@code openedTo}.
 */
class CaseloadTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;
    @Autowired
    EscalationService escalationService;

    @Test
    void eachMissionSeesItsOwnCasesAndHeadquartersSeesAllItsMissions() throws Exception {
        String alpha = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1901-02-01");
        String beta = place(driver.fileReportFor("mission-beta").getBusinessKey(), "1901-02-02");
        String window = window("1901-01-01", "1901-12-31");

        assertThat(references("officer.alpha", window)).containsExactly(alpha);
        assertThat(references("supervisor.alpha", window)).containsExactly(alpha);
        assertThat(references("ambassador.alpha", window)).containsExactly(alpha);
        assertThat(references("officer.beta", window)).containsExactly(beta);
        assertThat(references("officer.beta", "q=" + alpha)).isEmpty();
        JsonNode both = JSON.readTree(http.get("/api/cases?" + window, "hq.desk").body());
        assertThat(both.findValuesAsText("reference")).containsExactly(alpha, beta);
        assertThat(both.findValuesAsText("mission")).containsExactly("mission-alpha", "mission-beta");

        for (String nobody : List.of("designer", "admin")) {
            HttpResponse<String> nothing = http.get("/api/cases", nobody);
            assertThat(nothing.statusCode()).as(nobody).isEqualTo(200);
            assertThat(JSON.readTree(nothing.body())).as(nobody).isEmpty();
            assertThat(nothing.headers().firstValue(PageOf.TOTAL_COUNT)).as(nobody).contains("0");
        }
        assertThat(http.get("/api/cases", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aRowSaysWhatIsDueAndEscalatedByCodeNameWithoutIdentifyingTheDefender() throws Exception {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(filed.statusCode()).isEqualTo(201);
        String reference = place(JSON.readTree(filed.body()).get("reference").asText(), "1902-03-04");
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Task verify = dueAt(reference, due);
        UUID caseId = (UUID) driver.caseRow(reference).get("id");
        for (int level = 1; level <= 2; level++) {
            escalationService.recordOnce(new EscalationService.Escalation(caseId, "mission-alpha", reference,
                    CaseOfConcernProcess.TASK_VERIFY_REPORT, verify.getId(), level, Instant.now()));
        }
        String codeName = JSON.readTree(http.get("/api/cases/" + reference, "officer.alpha").body()).at("/defender/codeName").asText();

        HttpResponse<String> response = http.get("/api/cases?" + window("1902-01-01", "1902-12-31"), "officer.alpha");

        assertThat(response.body()).doesNotContain(ThreatReports.FULL_NAME).doesNotContain(ThreatReports.CONTACT)
                .doesNotContain(ThreatReports.DESCRIPTION).doesNotContain("Partner NGO hotline");
        JsonNode row = JSON.readTree(response.body()).get(0);
        assertThat(row.get("reference").asText()).isEqualTo(reference);
        assertThat(row.get("mission").asText()).isEqualTo("mission-alpha");
        assertThat(row.get("codeName").asText()).isEqualTo(codeName).startsWith("HRD-");
        assertThat(row.get("stage").asText()).isEqualTo("VERIFICATION");
        assertThat(row.get("tier").asInt()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(row.get("openedAt").asText()).toLocalDate()).isEqualTo(LocalDate.parse("1902-03-04"));
        assertThat(row.get("incidentOn").asText()).isEqualTo("1902-03-04");
        assertThat(row.get("daysSinceIncident").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("1902-03-04"), LocalDate.now(ZoneOffset.UTC)));
        assertThat(OffsetDateTime.parse(row.get("nextDeadline").asText()).toInstant()).isEqualTo(due);
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(row.get("openTasks").asLong()).isEqualTo(taskService.createTaskQuery().processInstanceBusinessKey(reference).count())
                .isPositive();
        assertThat(row.get("escalationLevel").asInt()).isEqualTo(2);
        assertThat(row.get("actionTypes")).isEmpty();
    }

    @Test
    void theStageFilterKeepsTheCasesAtThatStage() throws Exception {
        String verified = place(driver.verifiedCase(ThreatType.ARREST).getBusinessKey(), "1903-01-01");
        String reported = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1903-01-02");
        String window = window("1903-01-01", "1903-12-31");

        assertThat(references("officer.alpha", window + "&stage=RISK_ASSESSMENT")).containsExactly(verified);
        assertThat(references("officer.alpha", window + "&stage=VERIFICATION")).containsExactly(reported);
        assertThat(references("officer.alpha", window + "&stage=MONITORING")).isEmpty();
    }

    /** The tier is the assessed one, or until the first assessment the threat's provisional tier. */
    @Test
    void theTierFilterKeepsTheCasesOfThatTier() throws Exception {
        String window = window("1904-01-01", "1904-12-31");
        List<String> provisional = new ArrayList<>();
        for (ThreatType type : ThreatType.values()) {
            provisional.add(place(driver.fileReport(type).getBusinessKey(), "1904-01-01"));
        }
        String assessed = provisional.remove(provisional.size() - 1);
        jdbc.update("UPDATE casework.case_file SET urgency_tier = 3 WHERE reference = ?", assessed);

        for (int tier = 1; tier <= 3; tier++) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < provisional.size(); i++) {
                if (ThreatType.values()[i].provisionalTier() == tier) {
                    expected.add(provisional.get(i));
                }
            }
            if (tier == 3) {
                expected.add(assessed);
            }
            assertThat(references("officer.alpha", window + "&tier=" + tier)).as("tier %d", tier)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theOverdueFilterKeepsTheCasesWithAnOpenTaskPastItsDueDate() throws Exception {
        String late = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1905-01-01");
        String onTime = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1905-01-02");
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        dueAt(late, yesterday);
        dueAt(onTime, Instant.now().plus(1, ChronoUnit.DAYS));
        String window = window("1905-01-01", "1905-12-31");

        JsonNode overdue = JSON.readTree(http.get("/api/cases?" + window + "&overdue=true", "officer.alpha").body());
        assertThat(overdue.findValuesAsText("reference")).containsExactly(late);
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(overdue.get(0).get("nextDeadline").asText()).toInstant()).isEqualTo(yesterday);
        JsonNode notOverdue = JSON.readTree(http.get("/api/cases?" + window + "&overdue=false", "officer.alpha").body());
        assertThat(notOverdue.findValuesAsText("reference")).containsExactly(onTime);
        assertThat(notOverdue.get(0).get("overdue").asBoolean()).isFalse();
    }

    @Test
    void theActionTypeFilterKeepsTheCasesWithAnActionOfThatType() throws Exception {
        String withDemarche = place(driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey(),
                "1906-01-01");
        String without = place(driver.verifiedCase(ThreatType.ARREST).getBusinessKey(), "1906-01-02");
        String window = window("1906-01-01", "1906-12-31");

        JsonNode demarches = JSON.readTree(http.get("/api/cases?" + window + "&actionType=DEMARCHE", "officer.alpha").body());
        assertThat(demarches.findValuesAsText("reference")).containsExactly(withDemarche);
        assertThat(demarches.get(0).get("actionTypes").toString()).isEqualTo("[\"DEMARCHE\"]");
        assertThat(references("officer.alpha", window + "&actionType=TRIAL_OBSERVATION")).isEmpty();
        assertThat(references("officer.alpha", window)).containsExactlyInAnyOrder(withDemarche, without);
    }

    @Test
    void assignedToMeKeepsTheCasesWithAnOpenTaskAssignedToTheCaller() throws Exception {
        String mine = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1907-01-01");
        String unassigned = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1907-01-02");
        taskService.setAssignee(driver.task(mine, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId(), "officer.alpha");
        String window = window("1907-01-01", "1907-12-31");

        assertThat(references("officer.alpha", window + "&assignedToMe=true")).containsExactly(mine);
        assertThat(references("officer.alpha", window + "&assignedToMe=false")).containsExactly(unassigned);
        assertThat(references("supervisor.alpha", window + "&assignedToMe=true")).isEmpty();
    }

    /** Both days are included, whole UTC days. */
    @Test
    void theOpeningDatesAreAnInclusiveRange() throws Exception {
        String first = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        String third = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        openedAt(first, "1908-03-01T23:59:59Z");
        openedAt(third, "1908-03-03T00:00:00Z");

        assertThat(references("officer.alpha", window("1908-03-01", "1908-03-01"))).containsExactly(first);
        assertThat(references("officer.alpha", window("1908-03-02", "1908-03-03"))).containsExactly(third);
        assertThat(references("officer.alpha", window("1908-03-02", "1908-03-02"))).isEmpty();
        assertThat(references("officer.alpha", "openedTo=1908-03-02")).contains(first).doesNotContain(third);
    }

    @Test
    void openCasesByDefaultClosedOnesOnRequest() throws Exception {
        String closed = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1909-01-01");
        driver.complete(closed, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of(CaseOfConcernProcess.Vars.IS_DEFENDER, "NO", CaseOfConcernProcess.Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES"));
        String open = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1909-01-02");
        String window = window("1909-01-01", "1909-12-31");

        assertThat(references("officer.alpha", window)).containsExactly(open);
        assertThat(references("officer.alpha", window + "&open=true")).containsExactly(open);
        assertThat(references("officer.alpha", window + "&open=false")).containsExactly(closed);
        assertThat(references("officer.alpha", window + "&stage=CLOSED")).containsExactly(closed);
        JsonNode row = JSON.readTree(http.get("/api/cases?" + window + "&open=false", "officer.alpha").body()).get(0);
        assertThat(row.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(row.get("openTasks").asLong()).isZero();
        assertThat(row.has("nextDeadline")).isFalse();
    }

    @Test
    void theSearchFindsACaseByTheStartOfItsReferenceOrPartOfItsCodeNameInAnyCase() throws Exception {
        String found = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1910-01-01");
        String other = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), "1910-01-02");
        String codeName = JSON.readTree(http.get("/api/cases/" + found, "officer.alpha").body()).at("/defender/codeName").asText();
        String window = window("1910-01-01", "1910-12-31");

        assertThat(references("officer.alpha", "q=" + found)).containsExactly(found);
        assertThat(references("officer.alpha", "q=" + found.toLowerCase(Locale.ROOT))).containsExactly(found);
        assertThat(references("officer.alpha", window + "&q=alpha-")).containsExactlyInAnyOrder(found, other);
        assertThat(references("officer.alpha", "q=" + codeName.toLowerCase(Locale.ROOT))).containsExactly(found);
        assertThat(references("officer.alpha", window + "&q=" + codeName.substring(codeName.indexOf('-') + 1))).containsExactly(found);
        // A reference is searched by its start only.
        assertThat(references("officer.alpha", window + "&q=" + found.substring(found.indexOf('-') + 1))).isEmpty();
        assertThat(references("officer.alpha", window + "&q=NO-SUCH-CASE")).isEmpty();
    }

    /** The defender's name is stored encrypted and is never searched: a search by it finds nothing. */
    @Test
    void theSearchNeverMatchesADefendersName() throws Exception {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(filed.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(filed.body()).get("reference").asText();
        assertThat(references("officer.alpha", "q=" + reference)).as("the case itself is found").containsExactly(reference);

        for (String part : ThreatReports.FULL_NAME.split(" ")) {
            for (String user : List.of("officer.alpha", "hq.desk")) {
                HttpResponse<String> search = http.get("/api/cases?q=" + part, user);
                assertThat(search.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(search.body())).as("%s searching %s", user, part).isEmpty();
                assertThat(search.headers().firstValue(PageOf.TOTAL_COUNT)).contains("0");
            }
        }
    }

    /** Tier 1 first; within a tier overdue cases first, then the oldest incident, then the oldest case, then the reference. */
    @Test
    void casesComeByUrgencyThenAge() throws Exception {
        String tier2 = caseOf(ThreatType.SURVEILLANCE, "1911-01-01");
        String tier1March = caseOf(ThreatType.ARREST, "1911-03-01");
        String tier1MayOverdue = caseOf(ThreatType.ARREST, "1911-05-01");
        String tier1February = caseOf(ThreatType.ARREST, "1911-02-01");
        String tier3Overdue = caseOf(ThreatType.SURVEILLANCE, "1911-01-01");
        String tieA = caseOf(ThreatType.ARREST, "1911-04-01");
        String tieB = caseOf(ThreatType.ARREST, "1911-04-01");
        jdbc.update("UPDATE casework.case_file SET urgency_tier = 3 WHERE reference = ?", tier3Overdue);
        for (String late : List.of(tier1MayOverdue, tier3Overdue)) {
            dueAt(late, Instant.now().minus(1, ChronoUnit.HOURS));
        }
        for (String tie : List.of(tieA, tieB)) {
            openedAt(tie, "1911-06-01T12:00:00Z");
        }
        List<String> ties = List.of(tieA, tieB).stream().sorted().toList();

        assertThat(references("officer.alpha", window("1911-01-01", "1911-12-31"))).containsExactly(
                tier1MayOverdue, tier1February, tier1March, ties.get(0), ties.get(1), tier2, tier3Overdue);
    }

    @Test
    void theCaseloadComesAPageAtATimeWithTheTotal() throws Exception {
        for (int day = 1; day <= 5; day++) {
            caseOf(ThreatType.ARREST, "1912-01-0" + day);
        }
        String window = window("1912-01-01", "1912-12-31");
        HttpResponse<String> all = http.get("/api/cases?" + window, "supervisor.alpha");
        List<String> everything = JSON.readTree(all.body()).findValuesAsText("reference");
        assertThat(everything).hasSize(5);
        assertThat(all.headers().firstValue(PageOf.TOTAL_COUNT)).contains("5");

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            HttpResponse<String> page = http.get("/api/cases?" + window + "&limit=2&offset=" + offset, "supervisor.alpha");
            assertThat(page.headers().firstValue(PageOf.TOTAL_COUNT)).as("offset %d", offset).contains("5");
            List<String> references = JSON.readTree(page.body()).findValuesAsText("reference");
            assertThat(references).as("offset %d", offset).hasSize(offset < 4 ? 2 : 1);
            paged.addAll(references);
        }
        assertThat(paged).isEqualTo(everything);
        HttpResponse<String> beyond = http.get("/api/cases?" + window + "&offset=10", "supervisor.alpha");
        assertThat(JSON.readTree(beyond.body())).isEmpty();
        assertThat(beyond.headers().firstValue(PageOf.TOTAL_COUNT)).contains("5");
    }

    private String caseOf(ThreatType type, String incidentOn) {
        return place(driver.fileReport(type).getBusinessKey(), incidentOn);
    }

    /** Moves the case's opening and incident to that day (noon UTC): into the test's own date range. */
    private String place(String reference, String day) {
        jdbc.update("UPDATE casework.case_file SET created_at = ?, threat_occurred_on = ? WHERE reference = ?",
                Timestamp.from(Instant.parse(day + "T12:00:00Z")), LocalDate.parse(day), reference);
        return reference;
    }

    private void openedAt(String reference, String instant) {
        jdbc.update("UPDATE casework.case_file SET created_at = ? WHERE reference = ?", Timestamp.from(Instant.parse(instant)),
                reference);
    }

    /** The case's verification task, due at that moment. */
    private Task dueAt(String reference, Instant due) {
        Task task = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        return task;
    }

    private static String window(String from, String to) {
        return "openedFrom=" + from + "&openedTo=" + to;
    }

    private List<String> references(String user, String query) throws Exception {
        HttpResponse<String> response = http.get("/api/cases?" + query, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> references = JSON.readTree(response.body()).findValuesAsText("reference");
        assertThat(response.headers().firstValue(PageOf.TOTAL_COUNT))
                .as("X-Total-Count of a page under the limit").contains(Integer.toString(references.size()));
        return references;
    }
}
