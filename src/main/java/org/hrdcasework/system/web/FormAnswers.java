package org.hrdcasework.system.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads the answers of a submitted form (or of an API request carrying the same fields) into typed
 * values, with one message per rule naming the field, as Tasklist's door already words them
 * ({@code system/engine/TaskFormSchema}). Tasklist sends strings, booleans and JSON arrays; API
 * clients may send lists and dates.
 */
public final class FormAnswers {

    /** Longest free text a field takes. */
    public static final int MAX_TEXT = 10_000;

    private FormAnswers() {
    }

    /** One of the enum's constants (case and surrounding blanks ignored); required. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, Object value) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The values of a multi-value field (a checklist's JSON array, a list, or comma-separated text); empty when absent. */
    public static List<String> strings(Object value) {
        if (value instanceof TypedValue typed) {
            value = typed.getValue();
        }
        if (value instanceof SpinJsonNode node && node.isArray()) {
            return node.elements().stream().map(SpinJsonNode::stringValue).toList();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split(","));
        }
        return List.of();
    }

    /** A whole number from {@code min} to {@code max} ({@code 6} or {@code 6.0}, as a form's number field sends it); required. */
    public static int wholeNumber(String field, Object value, int min, int max) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            double number = Double.parseDouble(value.toString().trim());
            if (number != Math.rint(number) || number < min || number > max) {
                throw new NumberFormatException();
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
        }
    }

    /** A date ({@code yyyy-MM-dd}, or an ISO date-time whose date part is taken); required. */
    public static LocalDate date(String field, Object value) {
        LocalDate date = optionalDate(field, value);
        if (date == null) {
            throw new InvalidInputException(field, "is required");
        }
        return date;
    }

    /** A date as {@link #date}, or null when the field is empty. */
    public static LocalDate optionalDate(String field, Object value) {
        if (isBlank(value)) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (yyyy-MM-dd)");
        }
    }

    /** A YES/NO choice (or a boolean); required. */
    public static boolean yesNo(String field, Object value) {
        if ("YES".equals(value) || Boolean.TRUE.equals(value)) {
            return true;
        }
        if ("NO".equals(value) || Boolean.FALSE.equals(value)) {
            return false;
        }
        throw new InvalidInputException(field, "answer YES or NO");
    }

    /** A checkbox: unticked (absent) is no. */
    public static boolean checkbox(String field, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean ticked) {
            return ticked;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }

    /** Free text, trimmed; required and at most {@link #MAX_TEXT} characters. */
    public static String text(String field, Object value) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "is required");
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    /** A list as Tasklist's Camunda Forms reads a checklist's value: a Json variable holding an array of strings. */
    public static TypedValue json(List<String> values) {
        try {
            return SpinValues.jsonValue(LIST_WRITER.writeValueAsString(values)).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter LIST_WRITER = new com.fasterxml.jackson.databind.ObjectMapper().writer();
}
