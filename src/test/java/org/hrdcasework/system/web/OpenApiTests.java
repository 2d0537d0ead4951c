package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document of {@code /api}: generated from the code, complete (every {@code /api}
 * endpoint Spring MVC maps is in it, with who may call it and its problem answers), and for
 * signed-in users only, as is Swagger UI.
 */
class OpenApiTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void nobodyAnonymousReadsTheDocumentOrTheUi() {
        assertThat(http.get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        HttpResponse<String> ui = http.get("/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(ui.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> entry = http.get("/swagger-ui.html", null);
        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void everyApiEndpointIsDocumentedWithItsRolesAndProblems() throws Exception {
        HttpResponse<String> response = http.get("/v3/api-docs", "officer.alpha");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("info").path("title").asText()).isEqualTo("hrd-casework API");
        assertThat(document.path("info").path("description").asText()).contains("application/problem+json");
        assertThat(document.path("components").path("schemas").path(ApiDocumentation.PROBLEM).path("properties").path("errors")
                .isMissingNode()).isFalse();

        JsonNode paths = document.path("paths");
        List<String> undocumented = new ArrayList<>();
        int endpoints = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints++;
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        undocumented.add(method + " " + pattern + " (" + entry.getValue() + ")");
                        continue;
                    }
                    if (operation.path(ApiDocumentation.ACCESS_EXTENSION).asText().isBlank()) {
                        undocumented.add(method + " " + pattern + ": who may call it (@ApiAccess)");
                    }
                    JsonNode unauthorized = operation.path("responses").path("401").path("content")
                            .path("application/problem+json").path("schema").path("$ref");
                    if (!unauthorized.asText().endsWith("/" + ApiDocumentation.PROBLEM)) {
                        undocumented.add(method + " " + pattern + ": its problem answers");
                    }
                }
            }
        }
        assertThat(endpoints).as("the /api endpoints mapped by Spring MVC").isGreaterThan(50);
        assertThat(undocumented).as("endpoints missing from /v3/api-docs").isEmpty();
        // Only /api: neither the engine REST API, nor our pages, nor the actuator.
        paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
        assertThat(paths.path("/api/cases").path("post").path("description").asText())
                .contains("Who may call:").contains("case-officers");
    }

    @Test
    void swaggerUiOpensForASignedInUserWithItsOwnContentSecurityPolicy() {
        HttpResponse<String> ui = http.get("/swagger-ui/index.html", "officer.alpha");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").contains("img-src 'self' data:").contains("frame-ancestors 'none'"));
        assertThat(http.get("/v3/api-docs/swagger-config", "officer.alpha").statusCode()).isEqualTo(200);
        // "Try it out" with the session sends its CSRF token, from the cookie our pages use.
        HttpResponse<String> initializer = http.get("/swagger-ui/swagger-initializer.js", "officer.alpha");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("HRD-XSRF-TOKEN").contains("X-XSRF-TOKEN");
    }
}
