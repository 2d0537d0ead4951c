package org.hrdcasework.cases;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hrdcasework.system.web.InvalidInputException;

/** Reads form answers into enums, with a message naming the field when the value is not one of them. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
