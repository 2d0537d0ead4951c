package org.hrdcasework.system.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The fields of a deployed Camunda Form (form-js schema) and what each accepts: the form is the
 * only thing a person may submit when completing a task, so its schema is also the server-side
 * validation of that input. Read from the form the engine serves for the task, so a renamed or
 * added field needs no code change.
 */
final class TaskFormSchema {

    /** Without a maxLength in the form, free text is still bounded. */
    static final int DEFAULT_MAX_TEXT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components that show something but submit nothing. */
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button",
            "iframe", "table", "documentPreview", "default");
    private static final Object OPAQUE = new Object();

    private final Map<String, Field> fields;

    private TaskFormSchema(Map<String, Field> fields) {
        this.fields = fields;
    }

    static TaskFormSchema none() {
        return new TaskFormSchema(Map.of());
    }

    static TaskFormSchema parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new TaskFormSchema(fields);
    }

    Set<String> fieldNames() {
        return fields.keySet();
    }

    /**
     * Why the submitted variables do not fit the form, or empty. Unknown names come first; the
     * reason never contains the submitted value.
     *
     * @param options the options of a field whose choices come from a process variable ({@code valuesKey})
     */
    Optional<Refusal> check(Map<String, ?> variables, Function<String, Object> options) {
        for (String name : variables.keySet()) {
            if (!fields.containsKey(name)) {
                return Optional.of(new Refusal(name, "is not a field of this task's form"));
            }
        }
        // Typed access: a serialized object must not be deserialized to be looked at.
        @SuppressWarnings("unchecked")
        VariableMap typed = Variables.fromMap((Map<String, Object>) variables);
        for (String name : variables.keySet()) {
            String reason = fields.get(name).check(plain(typed.getValueTyped(name)), options);
            if (reason != null) {
                return Optional.of(new Refusal(name, reason));
            }
        }
        return Optional.empty();
    }

    record Refusal(String field, String reason) {
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        if (!components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String path = component.path("path").asText("");
            if (("group".equals(type) || "dynamiclist".equals(type)) && !path.isEmpty()) {
                // Grouped data is submitted as one JSON value under the first segment of its path.
                fields.putIfAbsent(firstSegment(path), new Field("dynamiclist".equals(type) ? "json-array" : "json-object", component));
                continue;
            }
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            String key = component.path("key").asText("");
            if (key.isEmpty() || DISPLAY_ONLY.contains(type)) {
                continue;
            }
            fields.putIfAbsent(firstSegment(key), key.contains(".") ? new Field("json-object", component) : new Field(type, component));
        }
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The plain value of a submitted variable; values the form cannot have produced become {@link #OPAQUE}. */
    private static Object plain(Object value) {
        if (value instanceof FileValue) {
            return OPAQUE;
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            if (serializable.getType() != null && "json".equals(serializable.getType().getName())) {
                return parseJson(serializable.getValueSerialized());
            }
            return OPAQUE;
        }
        if (value instanceof TypedValue typed) {
            value = typed.getValue();
        }
        if (value instanceof SpinJsonNode node) {
            return parseJson(node.toString());
        }
        return value;
    }

    private static Object parseJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return OPAQUE;
        }
    }

    /** One keyed component of the form. */
    private static final class Field {

        private final String type;
        private final JsonNode component;

        Field(String type, JsonNode component) {
            this.type = type;
            this.component = component;
        }

        String check(Object value, Function<String, Object> dynamicOptions) {
            if (value == null || value instanceof JsonNode node && node.isNull()) {
                return null;
            }
            if (value == OPAQUE) {
                return "is not a value this form can submit";
            }
            return switch (type) {
                case "textfield", "textarea", "filepicker" -> text(value);
                case "number" -> number(value);
                case "checkbox" -> value instanceof Boolean || value instanceof JsonNode node && node.isBoolean()
                        ? null : "must be true or false";
                case "select", "radio" -> choice(value, dynamicOptions);
                case "checklist", "taglist" -> choices(value, dynamicOptions);
                case "datetime" -> dateTime(value);
                case "json-object" -> value instanceof JsonNode node && node.isObject() || value instanceof Map<?, ?>
                        ? null : "must be a group of answers";
                case "json-array" -> value instanceof JsonNode node && node.isArray() || value instanceof Collection<?>
                        ? null : "must be a list of answers";
                // Fields of kinds this guard does not know yet: a bounded scalar.
                default -> value instanceof Boolean || value instanceof Number ? null : text(value);
            };
        }

        private JsonNode validate() {
            return component.path("validate");
        }

        private String text(Object value) {
            String text = scalarText(value);
            if (text == null) {
                return "must be text";
            }
            int max = validate().path("maxLength").isNumber()
                    ? Math.min(validate().path("maxLength").asInt(), DEFAULT_MAX_TEXT) : DEFAULT_MAX_TEXT;
            if (text.length() > max) {
                return "must be at most " + max + " characters";
            }
            String pattern = validate().path("pattern").asText("");
            if (!pattern.isEmpty() && !text.isEmpty()) {
                try {
                    if (!Pattern.compile(pattern).matcher(text).matches()) {
                        return "does not have the required format";
                    }
                } catch (PatternSyntaxException e) {
                    return "cannot be checked (the form's pattern is invalid)";
                }
            }
            return null;
        }

        private String number(Object value) {
            BigDecimal number = null;
            if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))
                    && !(value instanceof Float f && (f.isNaN() || f.isInfinite()))) {
                number = new BigDecimal(n.toString());
            } else if (value instanceof JsonNode node && node.isNumber()) {
                number = node.decimalValue();
            } else if (component.path("serializeToString").asBoolean(false) && value instanceof String text) {
                try {
                    number = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return "must be a number";
                }
            }
            if (number == null) {
                return "must be a number";
            }
            if (validate().path("min").isNumber() && number.compareTo(validate().path("min").decimalValue()) < 0) {
                return "must be at least " + validate().path("min").asText();
            }
            if (validate().path("max").isNumber() && number.compareTo(validate().path("max").decimalValue()) > 0) {
                return "must be at most " + validate().path("max").asText();
            }
            return null;
        }

        private String choice(Object value, Function<String, Object> dynamicOptions) {
            String text = scalarText(value);
            if (text == null) {
                return "must be one of the form's options";
            }
            if (text.isEmpty()) {
                return null;
            }
            Set<String> options = options(dynamicOptions);
            return options == null || options.contains(text) ? null : "must be one of the form's options";
        }

        private String choices(Object value, Function<String, Object> dynamicOptions) {
            List<Object> items = new ArrayList<>();
            if (value instanceof JsonNode node && node.isArray()) {
                node.forEach(items::add);
            } else if (value instanceof Collection<?> collection) {
                items.addAll(collection);
            } else {
                return "must be a list of the form's options";
            }
            Set<String> options = options(dynamicOptions);
            for (Object item : items) {
                String text = scalarText(item);
                if (text == null || options != null && !options.contains(text)) {
                    return "must be a list of the form's options";
                }
            }
            return null;
        }

        /** The allowed values, or null when the form computes them (a FEEL expression). */
        private Set<String> options(Function<String, Object> dynamicOptions) {
            Set<String> options = new LinkedHashSet<>();
            if (component.path("values").isArray()) {
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                return options;
            }
            String valuesKey = component.path("valuesKey").asText("");
            if (!valuesKey.isEmpty()) {
                Object source = plain(dynamicOptions.apply(valuesKey));
                List<Object> entries = new ArrayList<>();
                if (source instanceof JsonNode node && node.isArray()) {
                    node.forEach(entries::add);
                } else if (source instanceof Collection<?> collection) {
                    entries.addAll(collection);
                }
                for (Object entry : entries) {
                    if (entry instanceof JsonNode node && node.isObject()) {
                        options.add(node.path("value").asText());
                    } else if (entry instanceof Map<?, ?> map && map.get("value") != null) {
                        options.add(String.valueOf(map.get("value")));
                    } else if (scalarText(entry) != null) {
                        options.add(scalarText(entry));
                    }
                }
                return options;
            }
            return component.has("valuesExpression") ? null : options;
        }

        private String dateTime(Object value) {
            if (value instanceof java.util.Date) {
                return null;
            }
            String text = scalarText(value);
            String subtype = component.path("subtype").asText("date");
            String reason = switch (subtype) {
                case "time" -> "must be a time (HH:mm)";
                case "datetime" -> "must be a date and time";
                default -> "must be a date (yyyy-MM-dd)";
            };
            if (text == null || !(value instanceof String || value instanceof JsonNode)) {
                return reason;
            }
            if (text.isEmpty()) {
                return null;
            }
            return parses(text, subtype) ? null : reason;
        }

        private static boolean parses(String text, String subtype) {
            List<Function<String, ?>> parsers = switch (subtype) {
                case "time" -> List.of(LocalTime::parse, t -> OffsetDateTime.parse("2000-01-01T" + t));
                default -> List.of(LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse);
            };
            for (Function<String, ?> parser : parsers) {
                try {
                    parser.apply(text);
                    return true;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            return false;
        }

        private static String scalarText(Object value) {
            if (value instanceof String text) {
                return text;
            }
            if (value instanceof JsonNode node && node.isValueNode() && !node.isNull()) {
                return node.asText();
            }
            return null;
        }
    }
}
