package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.FormPages.assertErrorPage;
import static org.hrdcasework.FormPages.assertFieldError;
import static org.hrdcasework.FormPages.redirectedTo;
import static org.hrdcasework.FormPages.submit;

import java.net.http.HttpResponse;
import org.hrdcasework.Database;
import org.hrdcasework.FormPages;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;

/** Sharing with partners and referring to the UN from their form pages: the API's requests, rules and refusals. */
class CoordinationPageTests extends ProcessTestSupport {

    @Test
    void aSharingWithTheTickedPartnersStartsAsThroughTheApi() {
        String reference = caseWithConsent("QUIET");
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/shares/new?case=" + reference;
        HttpResponse<String> page = officer.get(path);
        assertThat(page.body()).contains("Partner missions", "Embassy of Norway", "Delegation of the European Union")
                .doesNotContain("Embassy of Canada");

        assertThat(redirectedTo(submit(officer, path, "partners", CoordinationDemoData.ALPHA_NORWAY.toString(),
                "partners", CoordinationDemoData.ALPHA_EU.toString()))).isEqualTo("/cases/" + reference);

        assertThat(jdbc.queryForList("SELECT s.partner_id FROM casework.case_share s JOIN casework.case_file c "
                + "ON c.id = s.case_id WHERE c.reference = ?", java.util.UUID.class, reference))
                .containsExactlyInAnyOrder(CoordinationDemoData.ALPHA_NORWAY, CoordinationDemoData.ALPHA_EU);
    }

    @Test
    void aSharingWithoutPartnersOrWithAnotherMissionsPartnerWritesNothing() {
        String reference = caseWithConsent("QUIET");
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/shares/new?case=" + reference;

        assertFieldError(submit(officer, path), "partners", "Partner missions name at least one partner mission");
        HttpResponse<String> foreign = submit(officer, path, "partners", CoordinationDemoData.BETA_CANADA.toString());
        assertFieldError(foreign, "partners", "Partner missions every partner must be an active partner");
        assertFieldError(submit(officer, path, "partners", "not-a-uuid"), "partners", "Partner missions could not be read");
        assertThat(shares(reference)).isZero();
        assertErrorPage(SessionClient.signedIn(http, "officer.beta").get(path), 404);
        assertErrorPage(SessionClient.signedIn(http, "ambassador.alpha").get(path), 403);
        officer.get(path);
        assertThat(officer.postForm(path, FormPages.encode("partners", CoordinationDemoData.ALPHA_NORWAY.toString()))
                .statusCode()).isEqualTo(403);
        assertThat(shares(reference)).isZero();
    }

    @Test
    void aUnReferralIsStartedAndItsRulesAreTheApis() {
        String reference = caseWithConsent("PUBLIC");
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/un-referrals/new?case=" + reference;
        assertThat(officer.get(path).body()).contains("Forum", "Human Rights Council session",
                "Special Rapporteur on human rights defenders", "national human rights institution").doesNotContain(">HRC_SESSION<");

        assertFieldError(submit(officer, path, "forum", "SPECIAL_PROCEDURE", "nhriEngaged", "false"), "mandate",
                "Mandate is required for a special procedure");
        assertFieldError(submit(officer, path, "forum", "HRC_SESSION"), "nhriEngaged",
                "Has the national human rights institution been engaged? is required");
        assertThat(referrals(reference)).isZero();

        assertThat(redirectedTo(submit(officer, path, "forum", "SPECIAL_PROCEDURE", "mandate", "SR_HUMAN_RIGHTS_DEFENDERS",
                "nhriEngaged", "true"))).isEqualTo("/cases/" + reference);
        assertThat(jdbc.queryForMap("SELECT u.forum, u.mandate, u.nhri_engaged FROM casework.un_referral u "
                + "JOIN casework.case_file c ON c.id = u.case_id WHERE c.reference = ?", reference))
                .containsEntry("forum", "SPECIAL_PROCEDURE").containsEntry("mandate", "SR_HUMAN_RIGHTS_DEFENDERS")
                .containsEntry("nhri_engaged", true);
        assertErrorPage(SessionClient.signedIn(http, "officer.beta").get(path), 404);
        assertErrorPage(SessionClient.signedIn(http, "hq.desk").get(path), 403);
    }

    private String caseWithConsent(String scope) {
        return driver.caseWithActions(CaseDriver.consent(scope, "COORDINATION"), "DEMARCHE").getBusinessKey();
    }

    private long shares(String reference) {
        return new Database(jdbc).count("SELECT count(*) FROM casework.case_share s JOIN casework.case_file c "
                + "ON c.id = s.case_id WHERE c.reference = ?", reference);
    }

    private long referrals(String reference) {
        return new Database(jdbc).count("SELECT count(*) FROM casework.un_referral u JOIN casework.case_file c "
                + "ON c.id = u.case_id WHERE c.reference = ?", reference);
    }
}
