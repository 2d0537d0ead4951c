package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hrdcasework.system.web.InvalidInputException;

/** Reads submitted form values (Tasklist sends strings and booleans; API clients may send dates). */
final class FormInput {

    private FormInput() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static LocalDate date(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-11-23");
        }
    }

    /** A checkbox: unticked (absent) is no. */
    static boolean yes(String field, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }
}
