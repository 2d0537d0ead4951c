package org.hrdcasework.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Tasklist submits forms through the engine's REST API, which answers any exception of a task
 * listener with 500. When the cause is one of our input rules ({@link InvalidInputException}: a
 * variable that is not a field of the task's form, a report commentary naming a defender, an
 * amount above the programme's ceiling), this answers 400 instead, in the engine REST's error
 * shape plus {@code field}, with the message naming the field (never the submitted value). Every
 * other error keeps the engine's own handling.
 *
 * <p>Registered in every server-side JAX-RS application of the engine (Jersey's forced
 * auto-discovery, {@code META-INF/services}): {@code /engine-rest} and the webapps' own engine API
 * under {@code /camunda/api/engine}, which Tasklist uses and which is configured apart from ours.
 */
public class EngineRestInvalidInput implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
            return;
        }
        if (!context.getConfiguration().isRegistered(InvalidInputMapper.class)) {
            context.register(InvalidInputMapper.class);
        }
        if (!context.getConfiguration().isRegistered(EngineInvalidInputMapper.class)) {
            context.register(EngineInvalidInputMapper.class);
        }
    }

    /** The 400 answer for an input error somewhere in the cause chain, or null. */
    static Response invalidInput(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "InvalidInputException");
                body.put("message", invalid.getMessage());
                body.put("field", invalid.field());
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
            }
        }
        return null;
    }

    /** Errors the REST resources wrap; chosen before the engine's mapper of the same type (lower priority value wins). */
    @Priority(1)
    public static class InvalidInputMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler engineHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            Response response = invalidInput(exception);
            return response != null ? response : engineHandler.toResponse(exception);
        }
    }

    /** Engine errors the REST resources pass on unwrapped (e.g. a refused variable update). */
    @Priority(1)
    public static class EngineInvalidInputMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response response = invalidInput(exception);
            return response != null ? response : engineHandler.toResponse(exception);
        }
    }
}
