package org.hrdcasework.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.Database;
import org.hrdcasework.documents.HtmlDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The briefing pack of a visit or dialogue: exactly the mission's open cases, by code name, with
 * what may be raised publicly, privately or not at all, from the consent register; printable.
 */
class BriefingPackTests extends EngagementTestSupport {


    /** The cases of one scenario, filed fresh for each test. */
    record Scenario(String engagement, String publicCase, String privateCase, String noConsentCase,
                    String unverifiedCanaryCase, String closedCase, String betaCase) {
    }

    private static final String CANARY_NAME = "Canary Briefingdefender Qz71";
    private static final String CANARY_CONTACT = "+000 7788 9911 canary";

    @Test
    void thePackListsExactlyTheMissionsOpenCasesWithTheConsentRegistersAdvice() {
        Scenario s = scenario();
        HttpResponse<String> response = http.get("/api/engagements/" + s.engagement() + "/briefing-pack", "ambassador.alpha");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        String html = response.body();

        // Exactly Alpha's open cases: every one of them (other test classes' too), no closed one, none of Beta.
        List<String> openAlpha = jdbc.queryForList(
                "SELECT reference FROM casework.case_file WHERE mission_id = 'mission-alpha' AND stage <> 'CLOSED'", String.class);
        assertThat(openAlpha).contains(s.publicCase(), s.privateCase(), s.noConsentCase(), s.unverifiedCanaryCase());
        openAlpha.forEach(reference -> assertThat(html).contains(">" + reference + "<"));
        assertThat(html).doesNotContain(s.closedCase()).doesNotContain(s.betaCase()).doesNotContain("BETA-");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.engagement_case s JOIN casework.engagement e "
                + "ON e.id = s.engagement_id WHERE e.reference = ?", Long.class, s.engagement())).isEqualTo(openAlpha.size());

        assertThat(row(html, s.publicCase())).contains(codeName(s.publicCase()), "Judicial harassment", "Action planning",
                tier(s.publicCase()), "may be raised publicly", "meeting proposed");
        assertThat(row(html, s.privateCase())).contains(codeName(s.privateCase()), "Action planning", tier(s.privateCase()),
                "raise privately only, never publicly", "no meeting");
        assertThat(row(html, s.noConsentCase())).contains(codeName(s.noConsentCase()), "Action planning", "do not raise", "no meeting");
        assertThat(row(html, s.unverifiedCanaryCase())).contains(codeName(s.unverifiedCanaryCase()), "Verification",
                "not set", "do not raise");

        // Pseudonymous: code names, never a name or contact.
        assertThat(html).doesNotContain(CANARY_NAME).doesNotContain("Briefingdefender").doesNotContain(CANARY_CONTACT)
                .doesNotContain("+000 555 0101");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'DOCUMENT_GENERATED' "
                + "AND actor = 'ambassador.alpha' AND case_reference = ?", Long.class, s.engagement())).isOne();
    }

    @Test
    void theCsvHasTheSameLinesAndIsAuditedAsAnExport() {
        Scenario s = scenario();
        HttpResponse<String> response = http.get("/api/engagements/" + s.engagement() + "/briefing-pack?format=csv", "officer.alpha");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.body()).startsWith("Case,Defender (code name),Threat,Stage,Risk tier")
                .contains(s.publicCase() + "," + codeName(s.publicCase()) + ",Judicial harassment,Action planning")
                .contains("raise privately only")
                .doesNotContain(s.closedCase()).doesNotContain(s.betaCase()).doesNotContain(CANARY_NAME);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'EXPORT' "
                + "AND actor = 'officer.alpha' AND case_reference = ?", Long.class, s.engagement())).isOne();
        assertThat(http.get("/api/engagements/" + s.engagement() + "/briefing-pack?format=pdf", "officer.alpha").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aConsentWithdrawnAfterCompilationNarrowsThePack() {
        Scenario s = scenario();
        HttpResponse<String> withdrawn = http.postJson("/api/cases/" + s.publicCase() + "/consents/withdrawals",
                "officer.alpha", "{\"actionType\": \"PUBLIC_STATEMENT\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        String html = http.get("/api/engagements/" + s.engagement() + "/briefing-pack", "officer.alpha").body();
        // Public consent to a public statement is gone; public consent to a demarche remains: private only.
        assertThat(row(html, s.publicCase())).contains("raise privately only, never publicly", "no meeting")
                .doesNotContain("may be raised publicly");
    }

    @Test
    void otherMissionsAndOtherRolesCannotReadThePack() {
        Scenario s = scenario();
        String path = "/api/engagements/" + s.engagement() + "/briefing-pack";
        long audits = jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE case_reference = ?", Long.class,
                s.engagement());

        assertThat(http.get(path, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/engagements/" + s.engagement(), "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get(path, "designer").statusCode()).isEqualTo(403);
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/engagements/not-a-reference/briefing-pack", "officer.alpha").statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE case_reference = ?", Long.class,
                s.engagement())).isEqualTo(audits);

        // Headquarters reads every mission's packs.
        assertThat(http.get(path, "hq.desk").statusCode()).isEqualTo(200);
        assertThat(http.get(path, "supervisor.alpha").statusCode()).isEqualTo(200);
    }

    @Test
    void noDefenderNameReachesAnyColumnThroughThePack() {
        Scenario s = scenario();
        http.get("/api/engagements/" + s.engagement() + "/briefing-pack", "ambassador.alpha");
        http.get("/api/engagements/" + s.engagement() + "/briefing-pack?format=csv", "ambassador.alpha");

        assertThat(new Database(jdbc).plaintextHits(List.of(CANARY_NAME, CANARY_CONTACT))).isEmpty();
        // The identity is still there, encrypted, for the reveal flow.
        assertThat(http.postJson("/api/cases/" + s.unverifiedCanaryCase() + "/identity-reveals", "officer.alpha",
                "{\"reason\": \"briefing a minister\"}").body()).contains(CANARY_NAME);
    }

    @Test
    void theHeadlessBrowserShowsThePackAndPrintsItToPdf() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        Scenario s = scenario();
        try {
            HeadlessChromium.signIn(browser, port, "ambassador.alpha");
            browser.get("http://localhost:" + port + "/api/engagements/" + s.engagement() + "/briefing-pack");
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(browser.getTitle()).isEqualTo("Briefing pack " + s.engagement());
            assertThat(text).contains(BriefingPackDocument.CLASSIFICATION, "May be raised publicly",
                    "Raise privately only, never publicly", "Do not raise", "Proposed defender meetings",
                    s.publicCase(), codeName(s.publicCase()), "may be raised publicly")
                    .doesNotContain(CANARY_NAME).doesNotContain(s.closedCase()).doesNotContain(s.betaCase());

            HeadlessChromium.printToPdf(browser);
        } finally {
            browser.quit();
        }
    }

    /** Alpha: public, private and no consent, an unverified case of the canary defender, a closed case; Beta: one case. */
    private Scenario scenario() {
        String publicCase = alphaCaseWithConsent("Public Consent Person", "PUBLIC", "PUBLIC_STATEMENT", "DEMARCHE");
        String privateCase = alphaCaseWithConsent("Quiet Consent Person", "QUIET", "DEMARCHE");
        String noConsentCase = alphaCaseWithConsent("No Consent Person", "QUIET");
        String canaryCase = fileCase("officer.alpha", "mission-alpha", CANARY_NAME, CANARY_CONTACT, "SURVEILLANCE");
        String closedCase = closedAlphaCase("Closed Case Person");
        String betaCase = fileCase("officer.beta", "mission-beta", "Beta Mission Person", "+000 555 0202", "ARREST");
        String engagement = planEngagement("ambassador.alpha", "VISIT", java.time.LocalDate.now().plusDays(20).toString());
        return new Scenario(engagement, publicCase, privateCase, noConsentCase, canaryCase, closedCase, betaCase);
    }

    /** The pack's main table row of a case. */
    private static String row(String html, String reference) {
        int at = html.indexOf("<tr><td>" + HtmlDocument.escape(reference) + "</td>");
        assertThat(at).as("a row for %s", reference).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private String codeName(String reference) {
        return jdbc.queryForObject("SELECT d.code_name FROM casework.defender d JOIN casework.case_file c "
                + "ON c.defender_id = d.id WHERE c.reference = ?", String.class, reference);
    }

    private String tier(String reference) {
        Object tier = driver.caseRow(reference).get("urgency_tier");
        return tier == null ? "not set" : "Tier " + tier;
    }
}
