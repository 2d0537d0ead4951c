package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine REST API keeps its own error answers for everything but our business rules (those
 * answer 400 naming the field: see reporting/MissionReportProcessTests and the support tests).
 */
@CaseworkIntegrationTest
class EngineRestErrorsTests {

    @LocalServerPort
    int port;

    @Test
    void engineErrorsKeepTheirStatusAndShape() {
        Http http = new Http(port);
        HttpResponse<String> missing = http.get("/engine-rest/task/no-such-task", "officer.alpha");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"type\":\"InvalidRequestException\"").doesNotContain("\"field\"");

        HttpResponse<String> badQuery = http.get("/engine-rest/task?sortBy=nonsense&sortOrder=asc", "officer.alpha");
        assertThat(badQuery.statusCode()).isEqualTo(400);
    }
}
