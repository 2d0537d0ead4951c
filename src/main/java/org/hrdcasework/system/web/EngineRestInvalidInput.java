package org.hrdcasework.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collections;
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
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.hrdcasework.system.engine.DeploymentRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Corrections to the errors of the engine's REST API, which otherwise answers with the
 * exception's own message and status.
 *
 * <ul>
 *   <li><b>Input errors</b>: Tasklist submits forms through the engine's REST API, which answers
 *   any exception of a task listener, or of a service task the completion runs, with 500. When
 *   the cause is one of our input rules ({@link InvalidInputException}: a variable that is not a
 *   field of the task's form, a report commentary naming a defender, an amount above the
 *   programme's ceiling, a raised case not in the briefing pack), this answers 400, in
 *   the engine REST's error shape plus {@code field}, the message naming the field (never the
 *   submitted value).</li>
 *   <li><b>Evaluated values</b>: an engine error raised while evaluating an expression (a timer's
 *   due date, a condition, a field injection...) quotes the evaluated value in its message
 *   ("Exception while resolving duedate '...'"); that value can be anything an expression reached.
 *   Such a message is replaced by a generic one; the status, exception type and engine code stay.</li>
 *   <li><b>Tenant check</b>: an operation on another mission's instance answers 404, as a read of
 *   it does ({@link EngineRestTenantCheck}), not the engine's 500.</li>
 * </ul>
 * Every other error keeps the engine's own handling.
 *
 * <p>Registered in every server-side JAX-RS application of the engine (Jersey's forced
 * auto-discovery, {@code META-INF/services}): {@code /engine-rest} and the webapps' own engine API
 * under {@code /camunda/api/engine}, which Tasklist and Cockpit use and which is configured apart from ours.
 */
public class EngineRestInvalidInput implements ForcedAutoDiscoverable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestInvalidInput.class);

    static final String EVALUATION_FAILED = "An expression of the model could not be evaluated "
            + "(an unknown variable, or a value the element cannot use); the value is not shown";

    /** Words of the engine's messages that quote an evaluated value (EngineUtilLogger, JuelExpression, JUEL). */
    private static final List<String> VALUE_CARRYING = List.of("expression", "duedate", "due date", "duration",
            "cycle", "retry interval", "field declaration", "setting value", "invoking method", "coerce");

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
            return;
        }
        for (Class<?> mapper : List.of(InvalidInputMapper.class, EngineErrorMapper.class, AnyErrorMapper.class)) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
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
            if (response != null) {
                return response;
            }
            return mayCarryEvaluatedValue(exception) ? withoutMessage(exception) : engineHandler.toResponse(exception);
        }
    }

    /** Engine errors the REST resources pass on unwrapped (e.g. a refused variable update, a failed tenant check). */
    @Priority(1)
    public static class EngineErrorMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response response = invalidInput(exception);
            if (response != null) {
                return response;
            }
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
            // An input rule of a service task or execution listener (e.g. a raised case not in the
            // briefing pack) reaches here unwrapped: it is bad input too, not a server error.
            Response response = invalidInput(exception);
            if (response != null) {
                return response;
            }
            return mayCarryEvaluatedValue(exception) ? withoutMessage(exception) : engineHandler.toResponse(exception);
        }
    }

    static boolean mayCarryEvaluatedValue(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = exception; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DeploymentRefusedException || cause instanceof ParseException
                    || cause instanceof InvalidInputException) {
                return false; // names files, elements, attributes or fields; never a value
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
