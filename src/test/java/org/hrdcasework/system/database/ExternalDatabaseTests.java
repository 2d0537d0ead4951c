package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

/** With SPRING_DATASOURCE_URL the app uses that database, starts none of its own and has no demo data. */
@Tag("own-application")
class ExternalDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void anExternalDatabaseIsUsedAsGivenWithoutEmbeddedServerOrDemoProfile() throws Exception {
        // A separately started PostgreSQL plays the external server.
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).run(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--spring.datasource.password=",
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
            assertThat(app.getBean(IdentityService.class).createUserQuery().userId("officer.alpha").count()).isZero();
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT inet_server_port()", Integer.class))
                    .isEqualTo(external.getPort());
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();
        }
    }
}
