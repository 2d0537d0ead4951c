package org.hrdcasework.system.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An operation on another mission's process instance fails the engine's tenant check, which the
 * engine REST answers with 500. The engine error mapper of {@link EngineRestInvalidInput} answers
 * 404 instead, as a read of that instance does: for the caller it does not exist.
 */
final class EngineRestTenantCheck {

    /** The engine's message id for "Cannot ... because it belongs to no authenticated tenant." */
    static final String TENANT_CHECK_FAILED = "ENGINE-13034";

    private EngineRestTenantCheck() {
    }

    static boolean failed(ProcessEngineException exception) {
        return exception.getClass() == ProcessEngineException.class && exception.getMessage() != null
                && exception.getMessage().startsWith(TENANT_CHECK_FAILED);
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", "no such object for this caller")).build();
    }
}
