package org.hrdcasework.system.web;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hrdcasework.system.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns errors of our {@code /api} into RFC 7807 problem details that name the offending field.
 * Messages never echo the submitted value (it may identify a defender) and never carry stack
 * traces or SQL.
 */
@RestControllerAdvice(basePackages = "org.hrdcasework")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One problem with one field. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidArgument(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiRequestGuard.PayloadTooLargeException) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
                        List.of(new FieldError("body", "must be at most " + ApiRequestGuard.MAX_BODY_BYTES + " bytes")));
            }
        }
        if (cause instanceof StreamReadException
                || (cause instanceof JsonMappingException && cause.getCause() instanceof StreamReadException)) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                    List.of(new FieldError("body", "is not well-formed JSON")));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    List.of(new FieldError(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException format) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    List.of(new FieldError(path(format), expected(format.getTargetType()))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    List.of(new FieldError(path(mismatch), expected(mismatch.getTargetType()))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    List.of(new FieldError(path(mapping), "has an invalid value")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError("body", "is missing or unreadable")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError(e.getName(), expected(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(e.field(), message(e))));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", List.of(new FieldError(e.field(), message(e))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Not a fault of the request nor of the code: the database is down or failing over.
            log.warn("Database unavailable during an API request: {}", e.getClass().getName());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setTitle("Service unavailable");
            problem.setDetail("The database is unavailable; nothing was saved. Try again in a few seconds.");
            return problem;
        }
        // Logged without the message of nested causes that could carry data; the client learns nothing internal.
        log.error("Unexpected error in API request: {}", e.getClass().getName(), e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle("Internal error");
        problem.setDetail("The request failed; nothing was saved. The error is logged for the administrators.");
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String message(RuntimeException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** {@code threat.occurredOn}, {@code defender.fullName}, {@code items[2].name}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.time.OffsetDateTime.class) {
            return "must be an ISO date-time (e.g. 2026-11-26T10:00:00Z)";
        }
        if (type == java.time.LocalDate.class) {
            return "must be an ISO date (yyyy-MM-dd)";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a " + type.getSimpleName().toLowerCase();
        }
        return "must be an object of the expected shape";
    }
}
