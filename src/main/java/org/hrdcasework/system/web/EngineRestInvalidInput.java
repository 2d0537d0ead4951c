package org.hrdcasework.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.hrdcasework.system.engine.DeploymentRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two corrections to the errors of the engine's REST API, which otherwise answers with the
 * exception's own message.
 *
 * <p>Tasklist submits forms through the engine's REST API, which answers any exception of a task
 * listener with 500. When the cause is one of our business rules ({@link InvalidInputException},
 * e.g. a report commentary naming a defender, an amount above the programme's ceiling), this
 * answers 400 instead, in the engine REST's error shape, with the message naming the field (never
 * the submitted value).
 *
 * <p>An engine error raised while evaluating an expression (a timer's due date, a condition, a
 * field injection...) quotes the evaluated value in its message ("Exception while resolving duedate
 * '...'"); that value can be anything an expression reached. Such a message is replaced by a
 * generic one; the status, the exception type and the engine's error code stay. Every other error
 * keeps the engine's own handling.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestInvalidInput {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestInvalidInput.class);

    static final String EVALUATION_FAILED = "An expression of the model could not be evaluated "
            + "(an unknown variable, or a value the element cannot use); the value is not shown";

    /** Words of the engine's messages that quote an evaluated value (EngineUtilLogger, JuelExpression, JUEL). */
    private static final List<String> VALUE_CARRYING = List.of("expression", "duedate", "due date", "duration",
            "cycle", "retry interval", "field declaration", "setting value", "invoking method", "coerce");

    /** Replaces the starter's Jersey configuration (it backs off when this bean exists) with our mappers. */
    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(InvalidInputMapper.class);
                register(EngineErrorMapper.class);
                register(AnyErrorMapper.class);
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
            return mayCarryEvaluatedValue(exception) ? withoutMessage(exception) : engineHandler.toResponse(exception);
        }
    }

    @Priority(1)
    public static class EngineErrorMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (EngineRestTenantCheck.failed(exception)) {
                return EngineRestTenantCheck.notFound();
            }
            return mayCarryEvaluatedValue(exception) ? withoutMessage(exception) : engineHandler.toResponse(exception);
        }
    }

    @Priority(1)
    public static class AnyErrorMapper implements ExceptionMapper<Throwable> {

        private final ExceptionHandler engineHandler = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            return mayCarryEvaluatedValue(exception) ? withoutMessage(exception) : engineHandler.toResponse(exception);
        }
    }

    static boolean mayCarryEvaluatedValue(Throwable exception) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = exception; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DeploymentRefusedException || cause instanceof ParseException) {
                return false; // names files, elements and attributes; parsing evaluates nothing
            }
            if (cause.getClass().getName().startsWith("org.camunda.bpm.impl.juel")) {
                return true;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (VALUE_CARRYING.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Response withoutMessage(Throwable exception) {
        LOG.warn("Engine REST error answered without its message (it may quote an evaluated value): {}",
                exception.getClass().getName());
        ExceptionHandlerHelper engine = ExceptionHandlerHelper.getInstance();
        ExceptionDto dto = new ExceptionDto();
        dto.setType(exception.getClass().getSimpleName());
        dto.setMessage(EVALUATION_FAILED);
        Throwable coded = exception instanceof RestException && exception.getCause() != null ? exception.getCause() : exception;
        if (coded instanceof ProcessEngineException engineException) {
            dto.setCode(engineException.getCode());
        }
        return Response.status(engine.getStatus(exception)).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }
}
