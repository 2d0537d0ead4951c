package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.Http;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A corpus of hostile requests: each gets a clear 4xx, never a stack trace, and writes nothing. */
@CaseworkIntegrationTest
class HostileInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = ThreatReports.valid("mission-alpha");

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

    /** A hostile request and what it must get. */
    record Hostile(String name, String method, String path, String contentType, byte[] body, int status, String field) {

        static Hostile post(String name, String body, int status, String field) {
            return new Hostile(name, "POST", "/api/cases", "application/json", body.getBytes(StandardCharsets.UTF_8), status, field);
        }

        static Hostile get(String name, String path, int status) {
            return new Hostile(name, "GET", path, null, null, status, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        byte[] invalidUtf8 = VALID.replace(ThreatReports.DESCRIPTION, "XX").getBytes(StandardCharsets.UTF_8);
        int at = new String(invalidUtf8, StandardCharsets.UTF_8).indexOf("XX");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        return Stream.of(
                Hostile.post("unknown top-level field", VALID.replace("\"channel\"", "\"isAdmin\": true, \"channel\""), 400, "isAdmin"),
                Hostile.post("unknown nested field", VALID.replace("\"fullName\"", "\"ssn\": \"1\", \"fullName\""), 400, "defender.ssn"),
                Hostile.post("string where an object is expected", VALID.replaceAll("\"defender\": \\{[^}]*}", "\"defender\": \"x\""), 400, "defender"),
                Hostile.post("array where a string is expected", VALID.replace("\"" + ThreatReports.FULL_NAME + "\"", "[\"a\"]"), 400, "defender.fullName"),
                Hostile.post("boolean for an enum", VALID.replace("\"DEATH_THREAT\"", "true"), 400, "threat.type"),
                Hostile.post("number for an enum", VALID.replace("\"DEATH_THREAT\"", "0"), 400, "threat.type"),
                Hostile.post("lower-case enum", VALID.replace("DEATH_THREAT", "death_threat"), 400, "threat.type"),
                Hostile.post("array where an object is expected", VALID.replaceAll("\"threat\": \\{[^}]*}", "\"threat\": []"), 400, "threat"),
                Hostile.post("null mission", VALID.replace("\"mission-alpha\"", "null"), 400, "mission"),
                Hostile.post("empty object", "{}", 400, "channel"),
                Hostile.post("array as the body", "[]", 400, "body"),
                Hostile.post("malformed JSON", "{\"mission\": ", 400, "body"),
                Hostile.post("trailing garbage", VALID + " {\"more\": 1}", 400, "body"),
                Hostile.post("duplicate keys", VALID.replace("\"channel\"", "\"mission\": \"mission-beta\", \"channel\""), 400, "body"),
                Hostile.post("deeply nested JSON", VALID.replace("\"source\": \"Partner NGO hotline\"",
                        "\"source\": " + "[".repeat(5000) + "]".repeat(5000)), 400, "source"),
                Hostile.post("SQL in the mission id", VALID.replace("mission-alpha", "mission-alpha'; DROP TABLE casework.case_file;--"), 400, "mission"),
                Hostile.post("path traversal in the mission id", VALID.replace("mission-alpha", "../../etc/passwd"), 400, "mission"),
                Hostile.post("very long mission id", VALID.replace("mission-alpha", "m".repeat(5000)), 400, "mission"),
                Hostile.post("impossible date", VALID.replace("2026-11-20", "2026-13-01"), 400, "threat.occurredOn"),
                Hostile.post("date as a number", VALID.replace("\"2026-11-20\"", "20261120"), 400, "threat.occurredOn"),
                Hostile.post("date in the future", VALID.replace("2026-11-20", "2999-01-01"), 400, "threat.occurredOn"),
                Hostile.post("oversized narrative", VALID.replace(ThreatReports.DESCRIPTION, "n".repeat(10_001)), 400, "threat.description"),
                Hostile.post("another mission", ThreatReports.valid("mission-beta"), 403, "mission"),
                new Hostile("huge payload", "POST", "/api/cases", "application/json",
                        VALID.replace(ThreatReports.DESCRIPTION, "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8), 413, "body"),
                new Hostile("invalid UTF-8", "POST", "/api/cases", "application/json", invalidUtf8, 400, "body"),
                new Hostile("not JSON", "POST", "/api/cases", "text/plain", "mission=alpha".getBytes(StandardCharsets.UTF_8), 415, "Content-Type"),
                new Hostile("XML body", "POST", "/api/cases", "application/xml", "<case/>".getBytes(StandardCharsets.UTF_8), 415, "Content-Type"),
                new Hostile("empty body", "POST", "/api/cases", "application/json", new byte[0], 400, "body"),
                Hostile.get("path traversal in the reference", "/api/cases/..%2F..%2Fetc%2Fpasswd", 400),
                Hostile.get("SQL in the reference", "/api/cases/ALPHA-2026-0001'%20OR%20'1'='1", 400),
                Hostile.get("NUL in the reference", "/api/cases/ALPHA-2026-0001%00", 400),
                Hostile.get("semicolon parameter in the path", "/api/cases/ALPHA-2026-0001;jsessionid=x", 400),
                Hostile.get("audit limit out of range", "/api/audit?limit=-1", 403),
                new Hostile("unknown situation change", "POST", "/api/cases/ALPHA-2099-0001/situation-changes", "application/json",
                        "{\"change\": \"ALIENS\"}".getBytes(StandardCharsets.UTF_8), 400, "change"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileRequestsGetAClear4xxAndWriteNothing(Hostile hostile) throws Exception {
        Database.Counts before = database.counts();
        HttpRequest.Builder request = http.request(hostile.path(), "officer.alpha");
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        request.method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));

        HttpResponse<String> response = http.send(request.build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL")
                .doesNotContain("casework.");
        if (hostile.field() != null) {
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("errors").findValuesAsText("field")).contains(hostile.field());
        }
        assertThat(database.counts()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileReading() {
        Database.Counts before = database.counts();
        byte[] huge = VALID.replace(ThreatReports.DESCRIPTION, "y".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(http.request("/api/cases", "officer.alpha")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(database.counts()).isEqualTo(before);
    }

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefused() {
        Database.Counts before = database.counts();
        HttpResponse<String> response = http.send(http.request("/api/cases", "officer.alpha")
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(VALID)).build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(database.counts()).isEqualTo(before);
    }

    @Test
    void htmlAndSqlInTextAreStoredAsTextAndReturnedVerbatim() throws Exception {
        String hostileText = "<script>alert('x')</script> '; DROP TABLE casework.case_file; -- \u00e9\u4e2d";
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha",
                VALID.replace(ThreatReports.DESCRIPTION, hostileText.replace("'", "\\u0027")));
        assertThat(filed.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(filed.body()).get("reference").asText();
        JsonNode view = JSON.readTree(http.get("/api/cases/" + reference, "officer.alpha").body());
        assertThat(view.at("/threat/description").asText()).isEqualTo(hostileText);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class)).isPositive();
    }
}
