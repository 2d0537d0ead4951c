package org.hrdcasework.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.system.web.InvalidInputException;

/**
 * The filters and page of {@code GET /api/cases}, read from the query string and checked one by one:
 * whatever is not exactly a known parameter with one valid value is refused with 400 naming it. An
 * empty value counts as not given (what a form with an empty field sends).
 *
 * @param openedFrom   start of the first day opened (UTC), inclusive
 * @param openedBefore start of the day after {@code openedTo} (UTC): the last day is included
 * @param search       upper-cased {@code q}: a reference prefix or a part of a code name, only
 *                     letters, digits and hyphens (so no LIKE wildcard can reach the query)
 */
record CaseloadFilter(CaseStage stage, Integer tier, Boolean overdue, ActionType actionType, Boolean assignedToMe,
                      OffsetDateTime openedFrom, OffsetDateTime openedBefore, String search, boolean open, int limit,
                      int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_SEARCH = 40;
    static final Set<String> PARAMETERS = Set.of("stage", "tier", "overdue", "actionType", "assignedToMe", "openedFrom",
            "openedTo", "q", "open", "limit", "offset");

    private static final Pattern SEARCH = Pattern.compile("[A-Za-z0-9-]{1," + MAX_SEARCH + "}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** {@code reference LIKE} pattern: the reference starts with the search. */
    String referencePrefix() {
        return search == null ? null : search + "%";
    }

    /** {@code code_name LIKE} pattern: the code name contains the search. */
    String codeNamePart() {
        return search == null ? null : "%" + search + "%";
    }

    static CaseloadFilter parse(Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw new InvalidInputException(printable(parameter.getKey()), "is not a known parameter (known: "
                        + PARAMETERS.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            if (parameter.getValue().size() > 1) {
                throw new InvalidInputException(parameter.getKey(), "must be given once");
            }
        }
        CaseStage stage = oneOf(query, "stage", CaseStage.class);
        String tierText = value(query, "tier");
        Integer tier = null;
        if (tierText != null) {
            if (!tierText.matches("[123]")) {
                throw new InvalidInputException("tier", "must be 1, 2 or 3");
            }
            tier = Integer.valueOf(tierText);
        }
        LocalDate from = date(query, "openedFrom");
        LocalDate to = date(query, "openedTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("openedTo", "must not be before openedFrom");
        }
        String q = value(query, "q");
        if (q != null && !SEARCH.matcher(q).matches()) {
            throw new InvalidInputException("q", "must be 1 to " + MAX_SEARCH
                    + " letters, digits or hyphens: the start of a case reference or part of a code name");
        }
        Boolean open = bool(query, "open");
        int limit = number(query, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        int offset = number(query, "offset", 0, MAX_OFFSET, 0);
        return new CaseloadFilter(stage, tier, bool(query, "overdue"), oneOf(query, "actionType", ActionType.class),
                bool(query, "assignedToMe"), from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                q == null ? null : q.toUpperCase(Locale.ROOT),
                // Without "open", a search for closed cases by stage finds them.
                open != null ? open : stage != CaseStage.CLOSED, limit, offset);
    }

    private static String value(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static <E extends Enum<E>> E oneOf(Map<String, List<String>> query, String name, Class<E> type) {
        String text = value(query, name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new InvalidInputException(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    private static Boolean bool(Map<String, List<String>> query, String name) {
        String text = value(query, name);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }

    private static LocalDate date(Map<String, List<String>> query, String name) {
        String text = value(query, name);
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // an impossible date such as 2026-13-01: refused below like any other malformed one
        }
        throw new InvalidInputException(name, "must be an ISO date (yyyy-MM-dd)");
    }

    private static int number(Map<String, List<String>> query, String name, int min, int max, int absent) {
        String text = value(query, name);
        if (text == null) {
            return absent;
        }
        int number = DIGITS.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (number < min || number > max) {
            throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max);
        }
        return number;
    }

    /** An unknown parameter's name as the problem names it: never echoed in full, nor with control characters. */
    private static String printable(String name) {
        String cleaned = name.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
    }
}
