package org.hrdcasework.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist submits forms through the engine's REST API, which answers any exception of a task
 * listener with 500. When the cause is one of our business rules ({@link InvalidInputException},
 * e.g. a report commentary naming a defender, an amount above the programme's ceiling), this
 * answers 400 instead, in the engine REST's error shape, with the message naming the field (never
 * the submitted value). Every other error keeps the engine's own handling.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestInvalidInput {

    /** Replaces the starter's Jersey configuration (it backs off when this bean exists) with one more mapper. */
    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(InvalidInputMapper.class);
                register(EngineRestTenantCheck.class);
            }
        };
    }

    /** Chosen before the engine's mapper of the same type (lower priority value wins). */
    @Priority(1)
    public static class InvalidInputMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler engineHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "InvalidInputException");
                    body.put("message", invalid.getMessage());
                    body.put("field", invalid.field());
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
                }
            }
            return engineHandler.toResponse(exception);
        }
    }
}
