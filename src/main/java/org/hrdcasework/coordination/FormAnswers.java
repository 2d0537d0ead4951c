package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hrdcasework.system.web.InvalidInputException;

/** Reads dates, yes/no answers and free text from form answers, with messages naming the field. */
final class FormAnswers {

    static final int MAX_TEXT = 10_000;

    private FormAnswers() {
    }

    /** A form date ({@code yyyy-MM-dd}, or an ISO date-time whose date part is taken); null when empty. */
    static LocalDate optionalDate(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (yyyy-MM-dd)");
        }
    }

    static LocalDate date(Object value, String field) {
        LocalDate date = optionalDate(value, field);
        if (date == null) {
            throw new InvalidInputException(field, "is required");
        }
        return date;
    }

    static boolean yesNo(Object value, String field) {
        if (CoordinationProcesses.YES.equals(value) || Boolean.TRUE.equals(value)) {
            return true;
        }
        if (CoordinationProcesses.NO.equals(value) || Boolean.FALSE.equals(value)) {
            return false;
        }
        throw new InvalidInputException(field, "answer YES or NO");
    }

    static String text(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
