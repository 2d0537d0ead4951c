package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded cluster asks every connection for a password, and the application's role cannot
 * tamper with the audit log: not by changing rows, not by disabling or dropping its trigger, not
 * by becoming the owner. The passwords come from the 0600 file, as an intruder on the machine
 * would have to get them.
 */
@CaseworkIntegrationTest
class DatabaseRolesTests {

    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${hrd.data-directory}")
    Path dataDirectory;

    @Test
    void theSecretFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = dataDirectory.resolve("postgres-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(secret("app")).isEqualTo(server.appPassword()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dataDirectory.resolve("postgres-secret.initdb")).as("initdb's password file, removed after use")
                .doesNotExist();
    }

    @Test
    void noRoleConnectsWithoutItsPassword() throws Exception {
        for (String role : new String[] {"postgres", "hrd_owner", "hrd_app"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), role, "").close())
                    .as(role + " without password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), role, "demo").close())
                    .as(role + " with a wrong password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        try (Connection superuser = DriverManager.getConnection(server.jdbcUrl(), "postgres", secret("superuser"));
             Statement statement = superuser.createStatement();
             ResultSet rules = statement.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
            rules.next();
            assertThat(rules.getString(1)).isEqualTo("scram-sha-256");
            assertThat(rules.next()).as("no other method than scram-sha-256 in pg_hba.conf").isFalse();
        }
    }

    @Test
    void theApplicationRoleCannotChangeOrUnprotectTheAuditLog() throws Exception {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("hrd_app");
        jdbc.update("INSERT INTO casework.audit_event (occurred_at, actor, event_type, detail) "
                + "VALUES (now(), 'roles-test', 'EXPORT', 'roles test')");
        long before = auditRows();
        try (Connection app = DriverManager.getConnection(server.jdbcUrl(), "hrd_app", secret("app"))) {
            refused(app, "ALTER TABLE casework.audit_event DISABLE TRIGGER audit_event_no_update_or_delete",
                    "must be owner of table audit_event");
            refused(app, "ALTER TABLE casework.audit_event DISABLE TRIGGER ALL", "must be owner of table audit_event");
            refused(app, "DROP TRIGGER audit_event_no_update_or_delete ON casework.audit_event",
                    "must be owner of relation audit_event");
            refused(app, "DELETE FROM casework.audit_event", "permission denied for table audit_event");
            refused(app, "UPDATE casework.audit_event SET actor = 'nobody'", "permission denied for table audit_event");
            refused(app, "TRUNCATE casework.audit_event", "permission denied for table audit_event");
            refused(app, "DROP TABLE casework.audit_event", "must be owner of table audit_event");
            refused(app, "ALTER TABLE casework.audit_event OWNER TO hrd_app", "must be owner of table audit_event");
            refused(app, "SET ROLE hrd_owner", "permission denied to set role");
            refused(app, "SET SESSION AUTHORIZATION postgres", "permission denied to set session authorization");
            refused(app, "CREATE TABLE casework.shadow (id int)", "permission denied for schema casework");
            refused(app, "ALTER TABLE casework.case_file DISABLE TRIGGER ALL", "must be owner of table case_file");
            refused(app, "DELETE FROM casework.flyway_schema_history", "permission denied for table flyway_schema_history");
        }
        assertThat(auditRows()).isEqualTo(before);
        // The owner role, which only migrations use, is still stopped by the table's trigger.
        try (Connection owner = DriverManager.getConnection(server.jdbcUrl(), "hrd_owner", secret("owner"))) {
            refused(owner, "DELETE FROM casework.audit_event", "append-only");
        }
        assertThat(auditRows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'casework' "
                + "AND tablename = 'audit_event'", String.class)).isEqualTo("hrd_owner");
        assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'casework'",
                String.class)).containsExactly("hrd_owner");
        assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
                String.class)).containsExactly("hrd_app");
    }

    private long auditRows() {
        return jdbc.queryForObject("SELECT count(*) FROM casework.audit_event", Long.class);
    }

    private static void refused(Connection connection, String sql, String message) throws SQLException {
        // Autocommit: each refused statement leaves the connection usable for the next.
        assertThat(connection.getAutoCommit()).isTrue();
        assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(message);
    }

    private String secret(String name) throws IOException {
        return Database.embeddedSecret(dataDirectory, name);
    }
}
