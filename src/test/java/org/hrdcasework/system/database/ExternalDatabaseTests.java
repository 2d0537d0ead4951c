package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.HrdCaseworkApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With an external database the app uses that database, starts none of its own and has no demo
 * data, wherever the datasource is configured; the demo profile chosen explicitly on an external
 * database stops the start.
 */
@Tag("own-application")
class ExternalDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void anExternalDatabaseFromAConfigFileIsUsedWithoutEmbeddedServerOrDemoProfile() throws Exception {
        // A separately started PostgreSQL plays the external server, with the two roles that
        // docker/initdb/hrd-roles.psql (the script of docs/operations.md) creates.
        try (ExternalPostgres external = ExternalPostgres.start(dataDirectory.resolve("external"))) {
            // In a config file, not on the command line: read only after the default profile is chosen.
            Path config = dataDirectory.resolve("external-database.yaml");
            Files.writeString(config, """
                    spring:
                      datasource:
                        url: jdbc:postgresql://localhost:%d/hrdcasework
                        username: hrd_app
                        password: %s
                      flyway:
                        user: hrd_owner
                        password: %s
                    """.formatted(external.port(), ExternalPostgres.APP_PASSWORD, ExternalPostgres.OWNER_PASSWORD));
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).run(
                    "--spring.config.additional-location=file:" + config,
                    "--hrd.data-directory=" + dataDirectory,
                    "--hrd.crypto.data-key=" + ExternalPostgres.DATA_KEY,
                    "--hrd.bootstrap.admin-user=chief",
                    "--hrd.bootstrap.admin-password=S3cure!Passw0rd",
                    "--server.port=0",
                    "--camunda.bpm.job-execution.enabled=false",
                    "--camunda.bpm.generate-unique-process-engine-name=true")) {

                assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
                assertThat(app.getEnvironment().getDefaultProfiles()).doesNotContain("demo");
                assertThat(app.getEnvironment().getProperty(
                        "camunda.bpm.generic-properties.properties.enable-password-policy")).isEqualTo("true");
                assertThat(app.getBean(IdentityService.class).createUserQuery().userId("officer.alpha").count()).isZero();
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT inet_server_port()", Integer.class)).isEqualTo(external.port());
                assertThat(dataDirectory.resolve("postgres")).doesNotExist();

                // The role split: migrations as the owner, the application as a role that cannot touch the audit log.
                assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("hrd_app");
                assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'casework'",
                        String.class)).containsExactly("hrd_owner");
                assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
                        String.class)).containsExactly("hrd_app");
                assertThatThrownBy(() -> jdbc.execute("ALTER TABLE casework.audit_event DISABLE TRIGGER ALL"))
                        .hasStackTraceContaining("must be owner of table audit_event");
                assertThatThrownBy(() -> jdbc.update("DELETE FROM casework.audit_event"))
                        .hasStackTraceContaining("permission denied for table audit_event");
            }
        }
    }

    @Test
    void theDemoProfileChosenExplicitlyOnAnExternalDatabaseStopsTheStart() {
        // Refused while the environment is prepared: no connection to this (unreachable) database is tried.
        assertThatThrownBy(() -> new SpringApplicationBuilder(HrdCaseworkApplication.class).run(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/hrdcasework",
                "--hrd.data-directory=" + dataDirectory,
                "--server.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true").close())
                .isInstanceOf(DemoProfileOnExternalDatabaseException.class)
                .hasMessage("The demo profile creates users with a known password and cannot run on an external "
                        + "database (spring.datasource.url is set); remove 'demo' from spring.profiles.active");
        assertThat(dataDirectory.resolve("postgres")).doesNotExist();
    }
}
