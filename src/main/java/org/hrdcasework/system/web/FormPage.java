package org.hrdcasework.system.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form page of ours submits: the posted fields are read into the same request record
 * the API takes (through the same Jackson settings, so the same types, dates and unknown-field
 * rules), checked by the same Bean Validation and handed to the same service call. A field that
 * breaks a rule re-renders the form with 400, the submitted values, an error summary and the
 * message by the field; nothing is written (the service's transaction never starts or rolls back).
 * Refusals (403, 404) are not caught here: the {@link PageController}'s error page answers them.
 *
 * <p>Field names are the API's JSON paths ({@code threat.occurredOn}); their words are the message
 * keys {@code form.<form>.<field>}. Nothing posted is logged.
 */
@Component
public class FormPage {

    /** The model attribute of the form's state, read by {@code templates/forms/fields.html}. */
    public static final String FORM = "form";
    /** The flash attribute of the confirmation shown after a successful post. */
    public static final String CONFIRMATION = "confirmation";
    /** Parameters of the page itself (its CSRF token, the case it is about), never fields of the request. */
    private static final Set<String> PAGE_PARAMETERS = Set.of("_csrf", "case");
    private static final int MAX_FIELDS = 100;

    private final ObjectMapper json;
    private final Validator validator;
    private final MessageSource messages;

    @SuppressWarnings("deprecation") // MapperFeature on a copy, before its first use: the documented way for a copy
    FormPage(ObjectMapper json, Validator validator, MessageSource messages) {
        // The API's mapper (unknown fields, strict dates and enums), except that a form posts every
        // value as text: "2027" is read as a number and "true" as a yes, as the field's type asks.
        this.json = json.copy().configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true);
        this.validator = validator;
        this.messages = messages;
    }

    /** One choice of a select, radio or checkbox group whose words are not a message key (a mission, a programme). */
    public record Option(String value, String label) {
    }

    /** What the confirmation banner says after a post: a message key naming the new reference. */
    public record Confirmation(String key, String reference) implements Serializable {
    }

    /**
     * A form's state as a template reads it: its name (the message-key prefix), the values to show
     * (submitted, or the page's defaults), one message per field in error, and a problem that
     * concerns no field (the case is closed, a relationship exists already).
     */
    public record Form(String name, Map<String, List<String>> values, Map<String, String> errors, String problem) {

        public Form {
            values = Map.copyOf(values);
            errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        /** A blank form, or one with the values a page proposes ({@code Map.of("mission", "mission-alpha")}). */
        public static Form blank(String name, Map<String, String> defaults) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            defaults.forEach((field, value) -> values.put(field, List.of(value)));
            return new Form(name, values, Map.of(), null);
        }

        public String value(String field) {
            List<String> submitted = values.get(field);
            return submitted == null || submitted.isEmpty() ? null : submitted.get(0);
        }

        public boolean selected(String field, Object option) {
            List<String> submitted = values.get(field);
            return submitted != null && option != null && submitted.contains(option.toString());
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || problem != null;
        }

        /** The element id of a field ({@code threat-occurredOn}), which the error summary links to. */
        public String id(String field) {
            return field.replace('.', '-');
        }
    }

    /** The outcome of a post: the service's answer, or the form to show again with its status. */
    public static final class Submission<R> {

        private final R result;
        private final Form form;
        private final HttpStatus status;

        private Submission(R result, Form form, HttpStatus status) {
            this.result = result;
            this.form = form;
            this.status = status;
        }

        public boolean succeeded() {
            return form == null;
        }

        public R result() {
            return result;
        }

        public Form form() {
            return form;
        }

        /** On success what {@code onSuccess} answers (a redirect); otherwise the view again, with the form and its status. */
        public String then(Function<R, String> onSuccess, String view, Model model, HttpServletResponse response) {
            if (succeeded()) {
                return onSuccess.apply(result);
            }
            response.setStatus(status.value());
            model.addAttribute(FORM, form);
            return view;
        }
    }

    /** As {@link #submit(String, MultiValueMap, Set, Class, Function)} with no secret field. */
    public <T, R> Submission<R> submit(String formName, MultiValueMap<String, String> posted, Class<T> type,
                                       Function<T, R> action) {
        return submit(formName, posted, Set.of(), type, action);
    }

    /**
     * Reads, validates and acts. {@code secrets} are fields whose values are never shown again
     * (the person types them anew after an error).
     */
    public <T, R> Submission<R> submit(String formName, MultiValueMap<String, String> posted, Set<String> secrets,
                                       Class<T> type, Function<T, R> action) {
        Map<String, List<String>> fields = fields(posted);
        Map<String, List<String>> shown = new LinkedHashMap<>(fields);
        shown.keySet().removeAll(secrets);
        List<String> order = List.copyOf(fields.keySet());
        Map<String, String> errors = new LinkedHashMap<>();
        T request = null;
        if (fields.size() > MAX_FIELDS) {
            errors.put("form", error(formName, "form", message("form.error.invalid")));
        } else {
            try {
                request = json.readerFor(type).with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                        .readValue(tree(fields));
            } catch (JsonMappingException e) {
                String field = path(e);
                errors.put(field, error(formName, field, detail(e)));
            } catch (IOException e) {
                errors.put("form", error(formName, "form", message("form.error.invalid")));
            }
        }
        if (request != null) {
            validator.validate(request).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<T> v) -> position(order, v.getPropertyPath().toString()))
                            .thenComparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()),
                            error(formName, field(v.getPropertyPath().toString()), detail(v))));
        }
        if (!errors.isEmpty()) {
            return new Submission<>(null, new Form(formName, shown, errors, null), HttpStatus.BAD_REQUEST);
        }
        try {
            return new Submission<>(action.apply(request), null, HttpStatus.OK);
        } catch (InvalidInputException e) {
            return new Submission<>(null, new Form(formName, shown, Map.of(e.field(), error(formName, e.field(), detail(e))),
                    null), HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return new Submission<>(null, new Form(formName, shown, Map.of(), e.getMessage()), HttpStatus.CONFLICT);
        }
    }

    /** Puts the confirmation of a successful post into the next page (POST-redirect-GET). */
    public static void confirm(RedirectAttributes redirect, String key, String reference) {
        redirect.addFlashAttribute(CONFIRMATION, new Confirmation(key, reference));
    }

    /**
     * The subject a page address names (a case in {@code ?case=}): a malformed reference is a page
     * that does not exist (404), like a subject of another mission, never a 400 problem.
     */
    public static <T> T subject(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (InvalidInputException e) {
            throw new NotFoundException("No such page");
        }
    }

    /** The posted fields, without the page's own parameters; blank values are absent, as an API client leaves them out. */
    private static Map<String, List<String>> fields(MultiValueMap<String, String> posted) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            if (!PAGE_PARAMETERS.contains(name)) {
                fields.put(name, values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList());
            }
        });
        return fields;
    }

    /**
     * {@code defender.fullName=Jane} as {@code {"defender": {"fullName": "Jane"}}}; a field posted
     * blank still makes its parents exist, so "required" is reported on the field a person sees.
     */
    private ObjectNode tree(Map<String, List<String>> fields) {
        ObjectNode root = json.createObjectNode();
        fields.forEach((name, values) -> {
            String[] parts = name.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.get(parts[i]) instanceof ObjectNode child ? child : parent.putObject(parts[i]);
            }
            String leaf = parts[parts.length - 1];
            if (values.size() == 1) {
                parent.put(leaf, values.get(0));
            } else if (values.size() > 1) {
                ArrayNode array = parent.putArray(leaf);
                values.forEach(array::add);
            }
        });
        return root;
    }

    private static int position(List<String> order, String path) {
        int at = order.indexOf(field(path));
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** {@code partners[1]} is the field {@code partners}. */
    private static String field(String path) {
        String field = path.replaceAll("\\[\\d*]", "");
        return field.isEmpty() ? "form" : field;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "form" : path.toString();
    }

    /** The field's words and what is wrong: "Date of the incident must not be in the future". */
    private String error(String formName, String field, String detail) {
        String label = messages.getMessage("form." + formName + "." + field, null, null, locale());
        return label == null ? message("form.error.field", detail) : message("form.error.labelled", label, detail);
    }

    private String detail(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return message("form.error.unknown");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof InvalidFormatException || target != null) {
            if (target != null && target.isEnum()) {
                return message("form.error.choice");
            }
            if (target == LocalDate.class) {
                return message("form.error.date");
            }
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return message("form.error.number");
            }
        }
        return message("form.error.invalid");
    }

    private String detail(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> message("form.error.required");
            case "Size" -> message("form.error.size", attributes.get("max"));
            case "PastOrPresent", "Past" -> message("form.error.notFuture");
            case "Future", "FutureOrPresent" -> message("form.error.future");
            default -> violation.getMessage();
        };
    }

    private static String detail(InvalidInputException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Sorted, distinct values for a select of the caller's missions. */
    public static List<Option> options(Collection<String> values) {
        List<Option> options = new ArrayList<>();
        values.stream().sorted().distinct().forEach(v -> options.add(new Option(v, v)));
        return options;
    }
}
