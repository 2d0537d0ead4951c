package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every parameter of {@code GET /api/cases} against the hostile values of system/web/HostileInputTests
 * (SQL, path traversal, very long, NUL, markup, wrong types, lower-case enums, impossible dates) and
 * each parameter's own out-of-range values: 400 with a problem naming the parameter, never echoing
 * the value, no stack trace, nothing written.
 */
@CaseworkIntegrationTest
class CaseloadInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PARAMETERS = List.of("stage", "tier", "overdue", "actionType", "assignedToMe",
            "openedFrom", "openedTo", "q", "open", "limit", "offset");
    /** Invalid for every parameter (except the few a search accepts): no stage, tier, boolean, date or number. */
    private static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "mission-alpha'; DROP TABLE casework.case_file;--",
            "../../etc/passwd",
            "m".repeat(5000),
            "ALPHA-2026-0001\u0000",
            "<script>alert('x')</script>",
            "%",
            "_",
            "[\"a\"]",
            "{}",
            " 1",
            "1 ",
            "\uFF11",
            "\u202Etrue",
            "1e3",
            "0x1",
            "+1",
            "2026-13-01");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http http;
    Database database;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        database = new Database(jdbc);
    }

    /** A query string and the parameter its problem must name. */
    record Bad(String query, String field) {

        static Bad of(String parameter, String value) {
            return new Bad(parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), parameter);
        }

        @Override
        public String toString() {
            return query.length() > 80 ? query.substring(0, 80) + "..." : query;
        }
    }

    static Stream<Bad> corpus() {
        Stream<Bad> everywhere = PARAMETERS.stream()
                // A value of letters, digits and hyphens is a valid search (e.g. 1e3): for q, the others.
                .flatMap(parameter -> HOSTILE.stream().filter(value -> !"q".equals(parameter) || !value.matches("[A-Za-z0-9-]{1,40}"))
                        .map(value -> Bad.of(parameter, value)));
        Stream<Bad> each = Stream.of(
                Bad.of("stage", "verification"), Bad.of("stage", "0"), Bad.of("stage", "true"),
                Bad.of("tier", "0"), Bad.of("tier", "4"), Bad.of("tier", "-1"), Bad.of("tier", "1.0"), Bad.of("tier", "one"),
                Bad.of("overdue", "yes"), Bad.of("overdue", "1"), Bad.of("overdue", "TRUE"),
                Bad.of("actionType", "demarche"), Bad.of("actionType", "DEMARCHE,TRIAL_OBSERVATION"), Bad.of("actionType", "1"),
                Bad.of("assignedToMe", "on"), Bad.of("assignedToMe", "0"),
                Bad.of("openedFrom", "2026-02-30"), Bad.of("openedFrom", "20261120"), Bad.of("openedFrom", "2026-11-20T00:00:00Z"),
                Bad.of("openedTo", "26-11-20"), Bad.of("openedTo", "+12026-01-01"),
                new Bad("openedFrom=2026-11-20&openedTo=2026-11-19", "openedTo"),
                Bad.of("q", "q".repeat(CaseloadFilter.MAX_SEARCH + 1)), Bad.of("q", "Zainab Testdefender"), Bad.of("q", "ALPHA%"),
                Bad.of("q", "ALPHA_2026"), Bad.of("q", "é"),
                Bad.of("open", "no"), Bad.of("open", "False"),
                Bad.of("limit", "0"), Bad.of("limit", "201"), Bad.of("limit", "-1"), Bad.of("limit", "99999999999"),
                Bad.of("offset", "-1"), Bad.of("offset", "1000001"), Bad.of("offset", "2147483648"),
                new Bad("tier=1&tier=2", "tier"), new Bad("q=a&q=b", "q"), new Bad("limit=5&limit=5", "limit"),
                new Bad("tire=1", "tire"), new Bad("missions=mission-beta", "missions"), new Bad("userId=hq.desk", "userId"));
        return Stream.concat(everywhere, each);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadParameterIsRefusedByName(Bad bad) throws Exception {
        Database.Counts before = database.counts();

        HttpResponse<String> response = http.get("/api/cases?" + bad.query(), "supervisor.alpha");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL")
                .doesNotContain("casework.").doesNotContain("<script>").doesNotContain("m".repeat(100));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(bad.field());
        assertThat(database.counts()).isEqualTo(before);
    }
}
