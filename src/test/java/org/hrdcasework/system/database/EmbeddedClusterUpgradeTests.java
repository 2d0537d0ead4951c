package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A cluster made by an earlier version (initdb with trust, everything owned by the superuser)
 * gets passwords, a pg_hba.conf without trust and the role split on its first start, keeps its
 * data, and starts again with passwords.
 */
class EmbeddedClusterUpgradeTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aClusterThatTrustedLocalConnectionsIsSecuredOnStart() throws Exception {
        Path cluster = dataDirectory.resolve("postgres");
        Path secretFile = dataDirectory.resolve("postgres-secret");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            try (Connection connection = old.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE hrdcasework");
            }
            try (Connection connection = old.getDatabase("postgres", "hrdcasework").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA casework");
                statement.execute("CREATE TABLE casework.audit_event (id bigserial PRIMARY KEY, actor text)");
                statement.execute("INSERT INTO casework.audit_event (actor) VALUES ('before the upgrade')");
                statement.execute("CREATE TABLE public.act_ge_property (name_ varchar(64) PRIMARY KEY)");
            }
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, secretFile, 0, "hrdcasework")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
            assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            JdbcTemplate app = jdbc(server.jdbcUrl(), server.appRole(), server.appPassword());
            assertThat(app.queryForObject("SELECT current_user", String.class)).isEqualTo("hrd_app");
            assertThat(app.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'",
                    String.class)).isEqualTo("hrd_owner");
            assertThat(app.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'act_ge_property'",
                    String.class)).isEqualTo("hrd_app");
            assertThat(jdbc(server.jdbcUrl(), server.ownerRole(), server.ownerPassword())
                    .queryForObject("SELECT actor FROM casework.audit_event", String.class)).isEqualTo("before the upgrade");
        }
        // The next start passes zonky's readiness check with the superuser's password.
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, secretFile, 0, "hrdcasework")) {
            assertThat(jdbc(server.jdbcUrl(), server.ownerRole(), server.ownerPassword())
                    .queryForObject("SELECT count(*) FROM casework.audit_event", Long.class)).isEqualTo(1);
        }
    }

    @Test
    void aClusterWithPasswordsDoesNotStartWithoutItsSecretFile() throws Exception {
        Path cluster = dataDirectory.resolve("postgres");
        Path secretFile = dataDirectory.resolve("postgres-secret");
        EmbeddedPostgresServer.start(cluster, secretFile, 0, "hrdcasework").close();
        Files.delete(secretFile);
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(cluster, secretFile, 0, "hrdcasework"))
                .hasMessageContaining("postgres-secret is missing");
        assertThat(secretFile).doesNotExist();
    }

    private static JdbcTemplate jdbc(String url, String user, String password) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        return new JdbcTemplate(dataSource);
    }
}
