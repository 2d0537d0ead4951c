package org.hrdcasework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log is append-only, records security events from every surface and is read by administrators only. */
@CaseworkIntegrationTest
class AuditLogTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        auditLog.record("someone", AuditEventType.EXPORT, "mission-alpha", null, "test entry");
    }

    @Test
    void auditRowsCannotBeUpdatedDeletedOrTruncated() {
        long before = count();
        // The application's own connection: its role has no right to change audit rows (the table's
        // trigger stops its owner too; see DatabaseRolesTests).
        assertThatThrownBy(() -> jdbc.update("UPDATE casework.audit_event SET actor = 'nobody'"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM casework.audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE casework.audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied for table audit_event");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void failedLoginsOnEverySurfaceAreAudited() {
        long before = count("LOGIN_FAILURE");
        http.send(http.request("/api/cases/ALPHA-2026-0001", null).header("Authorization", Http.basic("supervisor.alpha", "nope"))
                .GET().build());
        http.send(http.request("/engine-rest/task", null).header("Authorization", Http.basic("no.such.user", "nope")).GET().build());
        assertThat(count("LOGIN_FAILURE")).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("SELECT actor FROM casework.audit_event WHERE event_type = 'LOGIN_FAILURE' "
                + "ORDER BY id DESC LIMIT 2", String.class)).containsExactlyInAnyOrder("supervisor.alpha", "unknown-user");
        // Wrong passwords lock the account for a few seconds; let the next test log in again.
        identityService.unlockUser("supervisor.alpha");
    }

    @Test
    void roleAndMissionMembershipChangesAreAudited() {
        long before = count("ROLE_OR_MEMBERSHIP_CHANGE");
        identityService.createMembership("officer.beta", "supervisors");
        identityService.deleteMembership("officer.beta", "supervisors");
        assertThat(count("ROLE_OR_MEMBERSHIP_CHANGE")).isEqualTo(before + 2);
    }

    @Test
    void administratorsReadTheLogFilteredOthersAreRefused() throws Exception {
        HttpResponse<String> exports = http.get("/api/audit?type=EXPORT&limit=5", "admin");
        assertThat(exports.statusCode()).isEqualTo(200);
        JsonNode events = JSON.readTree(exports.body());
        assertThat(events).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(events.findValuesAsText("eventType")).containsOnly("EXPORT");

        assertThat(http.get("/api/audit", "officer.alpha").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/audit", "hq.desk").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/audit", null).statusCode()).isEqualTo(401);
        HttpResponse<String> badType = http.get("/api/audit?type=GOSSIP", "admin");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badType.body()).at("/errors/0/field").asText()).isEqualTo("type");
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM casework.audit_event", Long.class);
    }

    private long count(String type) {
        return jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = ?", Long.class, type);
    }
}
