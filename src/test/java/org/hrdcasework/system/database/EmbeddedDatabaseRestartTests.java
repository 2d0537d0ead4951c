package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default set-up: the app starts its own PostgreSQL, keeps the data on disk and finds it
 * again after a restart, with durable settings.
 */
@Tag("own-application")
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aFiledCaseSurvivesAnApplicationRestart() throws Exception {
        String reference;
        try (ConfigurableApplicationContext first = start()) {
            Http http = new Http(port(first));
            HttpResponse<String> created = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
            assertThat(created.statusCode()).isEqualTo(201);
            reference = new ObjectMapper().readTree(created.body()).get("reference").asText();

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
        }
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("server stopped cleanly").doesNotExist();
        assertThat(Files.exists(dataDirectory.resolve("postgres/PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            HttpResponse<String> read = new Http(port(second)).get("/api/cases/" + reference, "officer.alpha");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains(ThreatReports.DESCRIPTION);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HrdCaseworkApplication.class)
                .profiles("demo")
                .run("--hrd.data-directory=" + dataDirectory,
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        // A second engine in this JVM must not replace the shared test context's "default" engine.
                        "--camunda.bpm.generate-unique-process-engine-name=true");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
