package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.Test;

/**
 * The caseload page {@code /cases} as a signed-in browser reads it: the filters of {@code GET /api/cases},
 * kept in the page links; a page of {@value CaseloadPageController#PAGE_SIZE}; each mission's cases
 * only; words, not codes; a refused filter answered with the page, 400 and the field named.
 * <p>The shared database holds every other test's cases too: each test moves its own cases to days of
 * its own, long past, and reads them through the "opened" filters.
 */
class CaseloadPageTests extends ProcessTestSupport {

    private static final Pattern ROW_REFERENCE = Pattern.compile(
            "<tr class=\"govuk-table__row app-caseload-row\">\\s*<th scope=\"row\" class=\"govuk-table__header\">\\s*"
                    + "<a class=\"govuk-link\" href=\"/cases/([A-Z0-9-]+)\">");
    private static final Pattern NEXT = Pattern.compile("<a class=\"govuk-link govuk-pagination__link\" href=\"([^\"]*)\" rel=\"next\">");
    private static final Pattern PREVIOUS = Pattern.compile("<a class=\"govuk-link govuk-pagination__link\" href=\"([^\"]*)\" rel=\"prev\">");

    @Test
    void theFiltersSelectTheCasesAndThePageLinksKeepThem() {
        List<String> tier1 = new ArrayList<>();
        for (int i = 0; i < CaseloadPageController.PAGE_SIZE + 1; i++) {
            tier1.add(place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), LocalDate.of(1951, 1, 1).plusDays(i)));
        }
        String tier2 = place(driver.fileReport(ThreatType.SURVEILLANCE).getBusinessKey(), LocalDate.of(1951, 6, 1));
        SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");
        String filters = "openedFrom=1951-01-01&openedTo=1951-12-31&tier=1";

        HttpResponse<String> first = supervisor.get("/cases?" + filters);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(first.body()).contains("Page 1 of 2").contains("26 cases match the filters")
                .containsPattern("<option value=\"1\" selected=\"selected\">Tier 1 \\(most urgent\\)</option>")
                .contains("value=\"1951-01-01\"").contains("value=\"1951-12-31\"");
        // Most urgent first, then oldest: the first 25 days, in order.
        assertThat(references(first)).containsExactlyElementsOf(tier1.subList(0, CaseloadPageController.PAGE_SIZE));
        assertThat(link(PREVIOUS, first)).isNull();
        String next = link(NEXT, first);
        assertThat(next).isEqualTo("/cases?openedFrom=1951-01-01&openedTo=1951-12-31&tier=1&page=2");

        HttpResponse<String> second = supervisor.get(next);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Page 2 of 2");
        assertThat(references(second)).containsExactly(tier1.get(CaseloadPageController.PAGE_SIZE)).doesNotContain(tier2);
        assertThat(link(NEXT, second)).isNull();
        assertThat(link(PREVIOUS, second)).isEqualTo("/cases?openedFrom=1951-01-01&openedTo=1951-12-31&tier=1");

        // The form's empty fields (as a browser sends them) select nothing and stay out of the links.
        HttpResponse<String> all = supervisor.get("/cases?q=&stage=&tier=&actionType=&openedFrom=1951-01-01&openedTo=1951-12-31");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("27 cases match the filters");
        assertThat(link(NEXT, all)).isEqualTo("/cases?openedFrom=1951-01-01&openedTo=1951-12-31&page=2");
        assertThat(references(all)).startsWith(tier1.get(0)).doesNotContain(tier2);
        assertThat(references(supervisor.get(link(NEXT, all)))).containsExactly(tier1.get(25), tier2);

        assertThat(references(supervisor.get("/cases?tier=2&openedFrom=1951-01-01&openedTo=1951-12-31"))).containsExactly(tier2);
        assertThat(references(supervisor.get("/cases?q=" + tier2 + "&openedFrom=1951-01-01"))).containsExactly(tier2);
        assertThat(references(supervisor.get("/cases?overdue=true&openedFrom=1951-01-01&openedTo=1951-12-31"))).isEmpty();
        assertThat(references(supervisor.get("/cases?stage=CLOSED&openedFrom=1951-01-01&openedTo=1951-12-31"))).isEmpty();
    }

    @Test
    void eachMissionSeesOnlyItsCasesAndHeadquartersSeesAllItsMissions() {
        String alpha = place(driver.fileReport(ThreatType.ARREST).getBusinessKey(), LocalDate.of(1952, 2, 1));
        String beta = place(driver.fileReportFor("mission-beta").getBusinessKey(), LocalDate.of(1952, 2, 2));
        String window = "openedFrom=1952-01-01&openedTo=1952-12-31";

        for (String user : List.of("officer.alpha", "supervisor.alpha", "ambassador.alpha")) {
            HttpResponse<String> page = SessionClient.signedIn(http, user).get("/cases?" + window);
            assertThat(references(page)).as(user).containsExactly(alpha);
            assertThat(page.body()).as(user).doesNotContain(beta).doesNotContain(">Mission<");
        }
        SessionClient officerBeta = SessionClient.signedIn(http, "officer.beta");
        assertThat(references(officerBeta.get("/cases?" + window))).containsExactly(beta);
        HttpResponse<String> search = officerBeta.get("/cases?q=" + alpha);
        assertThat(references(search)).isEmpty();
        assertThat(search.body()).doesNotContain("href=\"/cases/" + alpha + "\"").contains("No case matches the filters.");

        HttpResponse<String> headquarters = SessionClient.signedIn(http, "hq.desk").get("/cases?" + window);
        assertThat(references(headquarters)).containsExactly(alpha, beta);
        assertThat(headquarters.body()).contains(">Mission<").contains(">mission-alpha<").contains(">mission-beta<");
    }

    @Test
    void aRowIsInWordsWithDatesDayFirstAndWithoutTheDefendersIdentity() {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(filed.statusCode()).isEqualTo(201);
        String reference = place(filed.body().replaceAll("(?s).*\"reference\"\\s*:\\s*\"([^\"]+)\".*", "$1"), LocalDate.of(1953, 3, 4));
        String codeName = (String) jdbc.queryForMap("SELECT d.code_name FROM casework.case_file c JOIN casework.defender d "
                + "ON d.id = c.defender_id WHERE c.reference = ?", reference).get("code_name");

        HttpResponse<String> page = SessionClient.signedIn(http, "officer.alpha").get("/cases?openedFrom=1953-03-04&openedTo=1953-03-04");

        assertThat(references(page)).containsExactly(reference);
        String row = page.body().substring(page.body().indexOf("app-caseload-row"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">" + codeName + "<").contains(">Verification<").contains(">Tier 1 (most urgent)<")
                .contains(">04/03/1953<").contains(" UTC").doesNotContain("VERIFICATION").doesNotContain("1953-03-04");
        assertThat(page.body()).doesNotContain(ThreatReports.FULL_NAME).doesNotContain(ThreatReports.CONTACT)
                .doesNotContain(ThreatReports.DESCRIPTION)
                .contains("<label class=\"govuk-label\" for=\"q\">").contains("<label class=\"govuk-label\" for=\"stage\">")
                .contains("<label class=\"govuk-label\" for=\"tier\">").contains("<label class=\"govuk-label\" for=\"actionType\">")
                .contains("<label class=\"govuk-label\" for=\"openedFrom\">").contains("<label class=\"govuk-label\" for=\"openedTo\">")
                .contains("for=\"overdue\"").contains("for=\"assignedToMe\"")
                .contains(">Demarche to the authorities<").doesNotContain(">DEMARCHE<").contains("method=\"get\"");
    }

    @Test
    void aFilterThePageRefusesIsNamedOnThePageWith400() {
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        assertRefused(officer, "/cases?tier=9", "tier", "Urgency tier: choose a tier from the list");
        assertRefused(officer, "/cases?openedFrom=notadate", "openedFrom", "Opened on or after: enter a real date");
        assertRefused(officer, "/cases?openedFrom=1950-02-01&openedTo=1950-01-01", "openedTo", "Opened on or before");
        assertRefused(officer, "/cases?stage=NOWHERE", "stage", "Stage: choose a stage from the list");
        assertRefused(officer, "/cases?q=%25%27", "q", "Reference or code name: enter 1 to 40 letters");
        assertRefused(officer, "/cases?overdue=maybe", "overdue", "Cases with an overdue task: tick the box");
        assertRefused(officer, "/cases?page=0", null, "Page: the page number is not one of this list");
        HttpResponse<String> unknown = assertRefused(officer, "/cases?%3Cscript%3Ex=1", null,
                "The address holds a filter this page does not know: &lt;script&gt;x");
        assertThat(unknown.body()).doesNotContain("<script>x");
        assertRefused(officer, "/cases?limit=500", null, "does not know: limit");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> anonymous = http.get("/cases?tier=1", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static HttpResponse<String> assertRefused(SessionClient session, String path, String field, String message) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
        assertThat(page.body()).as(path).contains("There is a problem").contains(message).contains("<title>Error: Caseload")
                .contains("id=\"filters\"").doesNotContain("app-caseload-row").doesNotContain("Exception")
                .doesNotContain("\"status\"");
        if (field != null) {
            assertThat(page.body()).as(path).contains("href=\"#" + field + "\"").contains("govuk-form-group--error");
        }
        return page;
    }

    private static List<String> references(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        Matcher matcher = ROW_REFERENCE.matcher(page.body());
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private static String link(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    private String place(String reference, LocalDate day) {
        jdbc.update("UPDATE casework.case_file SET created_at = ?, threat_occurred_on = ? WHERE reference = ?",
                Timestamp.from(Instant.parse(day + "T12:00:00Z")), day, reference);
        return reference;
    }
}
