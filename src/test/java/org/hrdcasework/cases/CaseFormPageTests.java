package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.FormPages.assertErrorPage;
import static org.hrdcasework.FormPages.assertFieldError;
import static org.hrdcasework.FormPages.redirectedTo;
import static org.hrdcasework.FormPages.submit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.hrdcasework.Database;
import org.hrdcasework.FormPages;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.ThreatReports;
import org.hrdcasework.actions.ActionProcesses;
import org.junit.jupiter.api.Test;

/**
 * The case forms outside a task (intake, further report, situation change, consent withdrawal) over
 * HTTP with a signed-in session: the same requests, rules and refusals as the API, in words.
 */
class CaseFormPageTests extends ProcessTestSupport {

    private static final String OCCURRED = "2026-11-20";

    @Test
    void theIntakePageAsksInWordsAndFilesTheReportAsTheApiDoes() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> page = officer.get("/cases/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("File a threat report", "Full name", "Date of the incident", "Death threat",
                        "Walk-in at the mission", "name=\"_csrf\"")
                .doesNotContain(">DEATH_THREAT<", ">WALK_IN<", "??");
        Database db = new Database(jdbc);
        Database.Counts before = db.counts();

        HttpResponse<String> filed = submit(officer, "/cases/new", "mission", "mission-alpha",
                "defender.fullName", ThreatReports.FULL_NAME, "defender.contact", ThreatReports.CONTACT,
                "defender.organisation", "", "defender.location", "",
                "threat.type", "DEATH_THREAT", "threat.description", ThreatReports.DESCRIPTION, "threat.occurredOn", OCCURRED,
                "channel", "NGO_REFERRAL", "source", "");

        String location = redirectedTo(filed);
        assertThat(location).matches("/cases/ALPHA-\\d{4}-\\d{4,6}").doesNotContain("Zainab");
        String reference = location.substring("/cases/".length());
        Database.Counts after = db.counts();
        assertThat(after.cases()).isEqualTo(before.cases() + 1);
        assertThat(after.defenders()).isEqualTo(before.defenders() + 1);
        assertThat(after.processInstances()).isEqualTo(before.processInstances() + 1);
        assertThat(jdbc.queryForMap("SELECT mission_id, stage, threat_type, report_channel, threat_occurred_on::text AS occurred "
                + "FROM casework.case_file WHERE reference = ?", reference))
                .containsEntry("mission_id", "mission-alpha").containsEntry("stage", "VERIFICATION")
                .containsEntry("threat_type", "DEATH_THREAT").containsEntry("report_channel", "NGO_REFERRAL")
                .containsEntry("occurred", OCCURRED);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT)).isOne();
        // The identity went into the encrypted store, as through POST /api/cases: no plain text anywhere.
        assertThat(db.plaintextHits(List.of(ThreatReports.FULL_NAME, ThreatReports.CONTACT))).isEmpty();
    }

    @Test
    void anInvalidReportIsShownAgainNamingEachFieldAndNothingIsWritten() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        Database db = new Database(jdbc);
        Database.Counts before = db.counts();

        HttpResponse<String> invalid = submit(officer, "/cases/new", "mission", "mission-alpha",
                "defender.fullName", "", "defender.contact", "+000 1",
                "threat.type", "DEATH_THREAT", "threat.description", "Followed home",
                "threat.occurredOn", LocalDate.now().plusDays(3).toString(), "channel", "WALK_IN");

        assertFieldError(invalid, "defender-fullName", "Full name is required");
        assertFieldError(invalid, "threat-occurredOn", "Date of the incident must not be in the future");
        // The threat is shown again; the identity is not (typed again, never written into a page).
        assertThat(invalid.body()).contains("<title>Error: File a threat report").contains("Followed home")
                .contains("identity is never sent back").doesNotContain("+000 1");
        HttpResponse<String> badDate = submit(officer, "/cases/new", "mission", "mission-alpha",
                "defender.fullName", "Ruth Canaryname", "threat.type", "NO_SUCH_THREAT", "threat.description", "x",
                "threat.occurredOn", "2026-02-30", "channel", "WALK_IN");
        assertFieldError(badDate, "threat-type", "Type of threat is not one of the choices");
        assertThat(badDate.body()).doesNotContain("Ruth Canaryname");
        assertThat(db.counts()).isEqualTo(before);
    }

    @Test
    void theIntakeRefusesWithoutTheCsrfTokenAndToRolesThatDoNotFileReports() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        Database db = new Database(jdbc);
        Database.Counts before = db.counts();
        HttpResponse<String> forged = officer.postForm("/cases/new", FormPages.encode("mission", "mission-alpha",
                "defender.fullName", "A Person", "threat.type", "ARREST", "threat.description", "x",
                "threat.occurredOn", OCCURRED, "channel", "WALK_IN"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(db.counts()).isEqualTo(before);

        assertErrorPage(SessionClient.signedIn(http, "hq.desk").get("/cases/new"), 403);
        assertErrorPage(SessionClient.signedIn(http, "designer").get("/cases/new"), 403);
        // A mission that is not the caller's: refused as by the API, nothing written.
        HttpResponse<String> otherMission = submit(officer, "/cases/new", "mission", "mission-beta",
                "defender.fullName", "A Person", "threat.type", "ARREST", "threat.description", "x",
                "threat.occurredOn", OCCURRED, "channel", "WALK_IN");
        assertErrorPage(otherMission, 403);
        assertThat(db.counts()).isEqualTo(before);
    }

    @Test
    void aFurtherReportIsAddedToTheCaseAndItsRiskReassessed() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/cases/" + reference + "/reports/new";
        assertThat(officer.get(path).body()).contains("File a further report", "What happened", "Case " + reference);
        long reports = reports(reference);

        assertFieldError(submit(officer, path, "threat.type", "ABDUCTION", "threat.description", "",
                "threat.occurredOn", OCCURRED, "channel", "WALK_IN"), "threat-description", "What happened is required");
        assertThat(reports(reference)).isEqualTo(reports);

        assertThat(redirectedTo(submit(officer, path, "threat.type", "ABDUCTION", "threat.description", "Taken from home",
                "threat.occurredOn", OCCURRED, "channel", "PHONE_OR_MESSAGE"))).isEqualTo("/cases/" + reference);
        assertThat(reports(reference)).isEqualTo(reports + 1);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_REASSESS_RISK)).isOne();
    }

    @Test
    void aSituationChangeStartsAReassessmentAndIsValidated() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/situation-changes/new?case=" + reference;
        assertThat(officer.get(path).body()).contains("What changed", "Released", "Disappeared").doesNotContain(">RELEASE<");

        assertFieldError(submit(officer, path, "change", ""), "change", "What changed is required");
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_REASSESS_RISK)).isZero();

        assertThat(redirectedTo(submit(officer, path, "change", "RELEASE"))).isEqualTo("/cases/" + reference);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_REASSESS_RISK)).isOne();
    }

    @Test
    void aConsentWithdrawalIsRecordedAsTheApiRecordsIt() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "DEMARCHE").getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/consent-withdrawals/new?case=" + reference;
        assertThat(officer.get(path).body()).contains("Consent withdrawn for", "Coordination with partners", "action=\"" + path + "\"");

        assertFieldError(submit(officer, path, "actionType", "EVERYTHING"), "actionType", "Consent withdrawn for is not one of the choices");
        assertThat(withdrawn(reference)).isZero();

        assertThat(redirectedTo(submit(officer, path, "actionType", "COORDINATION"))).isEqualTo("/cases/" + reference);
        assertThat(withdrawn(reference)).isOne();
    }

    @Test
    void theOfficerAddsAndStopsAnActionAndClosesTheCaseFromTheCaseFile() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION", "CUSTODY_VISIT"), "COORDINATION")
                .getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        assertThat(officer.get("/cases/" + reference).body()).contains("/action-additions/new?case=" + reference,
                "/action-stops/new?case=" + reference, "/closures/new?case=" + reference);

        String add = "/action-additions/new?case=" + reference;
        assertThat(officer.get(add).body()).contains("Action to start", "Custody visit", "action=\"" + add + "\"");
        assertThat(officer.get("/action-stops/new?case=" + reference).body()).contains("action=\"/action-stops/new?case=" + reference + "\"");
        assertFieldError(submit(officer, add, "actionType", "EVERYTHING"), "actionType", "Action to start is not one of the choices");
        assertThat(redirectedTo(submit(officer, add, "actionType", "CUSTODY_VISIT"))).isEqualTo("/cases/" + reference);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();

        String stop = "/action-stops/new?case=" + reference;
        assertThat(redirectedTo(submit(officer, stop, "actionType", "COORDINATION"))).isEqualTo("/cases/" + reference);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isZero();
        // Nothing of that type runs any more: the page says so and changes nothing.
        HttpResponse<String> again = submit(officer, stop, "actionType", "COORDINATION");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("has no COORDINATION action in progress");

        String close = "/closures/new?case=" + reference;
        assertThat(officer.get(close).body()).contains("Why is the case being closed?", "The defender asked for closure");
        assertFieldError(submit(officer, close, "outcome", ""), "outcome", "Why is the case being closed? is required");
        assertThat(driver.caseRow(reference)).containsEntry("closed_at", null);
        assertThat(redirectedTo(submit(officer, close, "outcome", "DEFENDER_REQUESTED_CLOSURE"))).isEqualTo("/cases/" + reference);
        assertThat(driver.caseRow(reference)).containsEntry("stage", "CLOSED");
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + ":" + a.get("outcome"))
                .containsExactlyInAnyOrder("COORDINATION:" + ActionProcesses.OUTCOME_STOPPED_BY_OFFICER,
                        "CUSTODY_VISIT:" + ActionProcesses.OUTCOME_STOPPED_CASE_CLOSED);
    }

    @Test
    void aCaseOfAnotherMissionOrNoneIsAPageNotFound() {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        SessionClient beta = SessionClient.signedIn(http, "officer.beta");
        assertErrorPage(beta.get("/situation-changes/new?case=" + reference), 404);
        assertErrorPage(beta.get("/consent-withdrawals/new?case=" + reference), 404);
        assertErrorPage(beta.get("/cases/" + reference + "/reports/new"), 404);
        SessionClient alpha = SessionClient.signedIn(http, "officer.alpha");
        assertErrorPage(alpha.get("/situation-changes/new"), 404);
        assertErrorPage(alpha.get("/situation-changes/new?case=not-a-reference"), 404);
        assertErrorPage(SessionClient.signedIn(http, "hq.desk").get("/situation-changes/new?case=" + reference), 403);
        // Posting to another mission's case with a valid token is "not found" too, nothing started.
        HttpResponse<String> page = beta.get("/cases/new");
        HttpResponse<String> posted = beta.postForm("/situation-changes/new?case=" + reference,
                FormPages.encode("change", "ARREST", "_csrf", SessionClient.hiddenCsrf(page.body())));
        assertErrorPage(posted, 404);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_REASSESS_RISK)).isZero();
    }

    private long reports(String reference) {
        return new Database(jdbc).count("SELECT count(*) FROM casework.threat_report r JOIN casework.case_file c "
                + "ON c.id = r.case_id WHERE c.reference = ?", reference);
    }

    private long withdrawn(String reference) {
        return new Database(jdbc).count("SELECT count(DISTINCT k.action_type) FROM casework.consent k JOIN casework.case_file c ON c.id = k.case_id "
                + "WHERE c.reference = ? AND k.withdrawn_at IS NOT NULL", reference);
    }
}
