package org.hrdcasework.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * An operation on another mission's process instance fails the engine's tenant check, which the
 * engine REST answers with 500. This answers 404, as a read of that instance does: for the caller
 * it does not exist. Every other engine error keeps the engine's own handling.
 */
@Priority(1)
public class EngineRestTenantCheck implements ExceptionMapper<ProcessEngineException> {

    /** The engine's message id for "Cannot ... because it belongs to no authenticated tenant." */
    static final String TENANT_CHECK_FAILED = "ENGINE-13034";

    private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        if (exception.getClass() == ProcessEngineException.class && exception.getMessage() != null
                && exception.getMessage().startsWith(TENANT_CHECK_FAILED)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message", "no such object for this caller")).build();
        }
        return engineHandler.toResponse(exception);
    }
}
