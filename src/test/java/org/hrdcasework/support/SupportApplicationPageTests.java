package org.hrdcasework.support;

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
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;

/** The support application form ({@code /support-applications/new?case=}): the API's request, rules and refusals. */
class SupportApplicationPageTests extends ProcessTestSupport {

    @Test
    void anApplicationIsMadeAsTheApiMakesItAndTheCaseFileOpens() {
        String reference = driver.verifiedCase(ThreatType.PHYSICAL_ATTACK).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/support-applications/new?case=" + reference;
        assertThat(officer.get(path).body()).contains("Apply for support", "Front Line Defenders protection grant",
                "Medical care", "Amount requested").doesNotContain(">MEDICAL<", "??");

        String location = redirectedTo(submit(officer, path, "programme", "FLD_PROTECTION_GRANT", "purpose", "MEDICAL",
                "amountRequested", "1200", "currency", "EUR"));

        assertThat(location).isEqualTo("/cases/" + reference);
        assertThat(jdbc.queryForList("SELECT a.programme_code, a.purpose, a.amount_requested, a.currency, a.status "
                + "FROM casework.support_application a JOIN casework.case_file c ON c.id = a.case_id WHERE c.reference = ?",
                reference)).singleElement().satisfies(row -> {
                    assertThat(row.get("programme_code")).isEqualTo("FLD_PROTECTION_GRANT");
                    assertThat(row.get("purpose")).isEqualTo("MEDICAL");
                    assertThat(row.get("amount_requested").toString()).isEqualTo("1200.00");
                    assertThat(row.get("status")).isEqualTo("PREPARED");
                });
    }

    @Test
    void anInvalidApplicationNamesTheFieldAndWritesNothing() {
        String reference = driver.verifiedCase(ThreatType.PHYSICAL_ATTACK).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String path = "/support-applications/new?case=" + reference;

        assertFieldError(submit(officer, path, "programme", "", "purpose", "MEDICAL"), "programme", "Programme is required");
        HttpResponse<String> overCeiling = submit(officer, path, "programme", "FLD_PROTECTION_GRANT", "purpose", "MEDICAL",
                "amountRequested", "99999", "currency", "EUR");
        assertFieldError(overCeiling, "amountRequested", "Amount requested must not exceed");
        assertThat(overCeiling.body()).contains("value=\"99999\"");
        assertFieldError(submit(officer, path, "programme", "FLD_PROTECTION_GRANT", "purpose", "MEDICAL",
                "amountRequested", "a lot", "currency", "EUR"), "amountRequested", "Amount requested must be a number");
        assertThat(applications(reference)).isZero();
    }

    @Test
    void otherMissionsRolesAndForgedPostsAreRefused() {
        String reference = driver.verifiedCase(ThreatType.PHYSICAL_ATTACK).getBusinessKey();
        assertErrorPage(SessionClient.signedIn(http, "officer.beta").get("/support-applications/new?case=" + reference), 404);
        assertErrorPage(SessionClient.signedIn(http, "ambassador.alpha").get("/support-applications/new?case=" + reference), 403);
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        officer.get("/support-applications/new?case=" + reference);
        assertThat(officer.postForm("/support-applications/new?case=" + reference, FormPages.encode("programme",
                "FLD_PROTECTION_GRANT", "purpose", "MEDICAL", "amountRequested", "100", "currency", "EUR")).statusCode())
                .isEqualTo(403);
        assertThat(applications(reference)).isZero();
    }

    private long applications(String reference) {
        return new Database(jdbc).count("SELECT count(*) FROM casework.support_application a JOIN casework.case_file c "
                + "ON c.id = a.case_id WHERE c.reference = ?", reference);
    }
}
