package org.hrdcasework.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3 document of our {@code /api} ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}), generated from the controllers by springdoc; signed-in users only
 * (system/security). Every operation gets the RFC 7807 problem bodies of {@link ApiExceptionHandler}
 * and of the sign-in ({@code 401}, {@code 403}), and says who may call it ({@link ApiAccess}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String ACCESS_EXTENSION = "x-access";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String DESCRIPTION = """
            The casework API of the missions: cases and their actions, relationships, engagements, \
            support, coordination, reports, escalations and deadlines. Each call sees only the caller's \
            own missions (headquarters: all of its missions); a case of another mission answers 404.

            **Authentication.** HTTP Basic with an engine user (stateless, no CSRF token), or the session \
            of the sign-in page (`/login`), whose writes need the `X-XSRF-TOKEN` header carrying the \
            `HRD-XSRF-TOKEN` cookie's value (Swagger UI sends it).

            **Roles.** Each operation says who may call it (*Who may call*, and `x-access`): \
            `case-officers`, `supervisors`, `senior-officials` (heads of mission), `headquarters`, \
            `process-designers`, `camunda-admin` (administrators). A caller without the role gets 403.

            **Errors** are RFC 7807 problem details (`application/problem+json`, schema `Problem`): \
            `title`, `status`, `detail` and `errors`, one `{field, message}` per problem, naming the \
            field without echoing its value. 400 invalid request (unknown field, wrong type, bad value), \
            401 not signed in, 403 not allowed (role, mission, missing CSRF token), 404 not found or not \
            the caller's, 409 conflict with the state of the case, 413 body too large, 500 internal \
            error (logged, nothing saved), 503 database unavailable (`Retry-After`).

            The engine's REST API (`/engine-rest`) is Camunda's own and not described here.""";

    @Bean
    OpenAPI casework(@Value("${spring.application.version:0.1.0}") String version) {
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", new StringSchema().description("the field, parameter or header at fault, e.g. `threat.occurredOn`"));
        fieldError.put("message", new StringSchema().description("what is wrong with it (never its value)"));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 7807 problem detail, as every error of /api is answered")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("threat.occurredOn: must be an ISO date (yyyy-MM-dd)"))
                .addProperty("instance", new StringSchema().example("/api/cases"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema().properties(fieldError)));
        return new OpenAPI()
                .info(new Info().title("hrd-casework API").version(version).description(DESCRIPTION)
                        .license(new License().name("see the repository")))
                .components(new Components()
                        .addSchemas(PROBLEM, problem)
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /** Who may call the operation, and the problem answers it may give. */
    @Bean
    OperationCustomizer accessAndProblems() {
        return (operation, handler) -> {
            describeAccess(operation, handler);
            addProblems(operation, handler);
            return operation;
        };
    }

    private static void describeAccess(Operation operation, HandlerMethod handler) {
        ApiAccess access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiAccess.class);
        if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ApiAccess.class);
        }
        if (access == null) {
            return; // OpenApiTests names the operation
        }
        String who = "**Who may call:** " + access.value();
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        operation.addExtension(ACCESS_EXTENSION, access.value());
    }

    private static void addProblems(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean writes = mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> m != RequestMethod.GET);
        boolean hasInput = handler.getMethodParameters().length > 0;
        if (hasInput) {
            add(responses, "400", "Invalid request: the problem names each field at fault");
        }
        add(responses, "401", "Not signed in: sign in at /login or send HTTP Basic credentials");
        add(responses, "403", "Not allowed: the caller's role or mission, or a session write without its CSRF token");
        add(responses, "404", "Not found, or not of the caller's missions");
        if (writes) {
            add(responses, "409", "Conflict with the current state (e.g. the case's stage)");
        }
        add(responses, "500", "Internal error: logged for the administrators; nothing was saved");
        add(responses, "503", "The database is unavailable; nothing was saved (Retry-After)");
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
