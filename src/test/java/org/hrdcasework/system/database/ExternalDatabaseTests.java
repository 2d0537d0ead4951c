package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
        // A separately started PostgreSQL plays the external server.
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            // In a config file, not on the command line: read only after the default profile is chosen.
            Path config = dataDirectory.resolve("external-database.yaml");
            Files.writeString(config, """
                    spring:
                      datasource:
                        url: %s
                        username: postgres
                        password: ""
                    """.formatted(external.getJdbcUrl("postgres", "postgres")));
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).run(
                    "--spring.config.additional-location=file:" + config,
                    "--hrd.data-directory=" + dataDirectory,
                    "--hrd.crypto.data-key=" + Base64.getEncoder().encodeToString(new byte[32]),
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
                assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT inet_server_port()", Integer.class))
                        .isEqualTo(external.getPort());
                assertThat(dataDirectory.resolve("postgres")).doesNotExist();
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
