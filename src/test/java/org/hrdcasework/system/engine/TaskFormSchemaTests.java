package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form schema as server-side validation: which names and values a deployed form can submit. */
class TaskFormSchemaTests {

    private static final String FORM = """
            {"schemaVersion": 16, "type": "default", "id": "Probe", "components": [
              {"type": "text", "text": "intro {{caseReference}}"},
              {"type": "number", "key": "count", "validate": {"min": 0, "max": 10}},
              {"type": "checkbox", "key": "confirmed"},
              {"type": "datetime", "subtype": "date", "key": "on"},
              {"type": "datetime", "subtype": "time", "key": "at"},
              {"type": "textfield", "key": "code", "validate": {"maxLength": 5, "pattern": "^[A-Z]+$"}},
              {"type": "textarea", "key": "sensitive_notes"},
              {"type": "select", "key": "who", "valuesKey": "whoOptions"},
              {"type": "group", "components": [{"type": "radio", "key": "nested", "values": [{"label": "A", "value": "A"}]}]},
              {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
              {"type": "textfield", "key": "person.name"}
            ]}""";

    private final TaskFormSchema schema = parse();

    private static TaskFormSchema parse() {
        try {
            return TaskFormSchema.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<TaskFormSchema.Refusal> check(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        // A select whose options come from a process variable, as form-js reads it.
        return schema.check(variables, key -> "whoOptions".equals(key) ? List.of(Map.of("label", "Ann", "value", "ANN")) : null);
    }

    @Test
    void theFieldsAreTheKeysOfTheDeployedFormIncludingNestedGroupedAndDottedOnes() {
        assertThat(schema.fieldNames()).containsExactlyInAnyOrder("count", "confirmed", "on", "at", "code", "sensitive_notes",
                "who", "nested", "address", "person");
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource(delimiter = '|', value = {
            "on|2026-11-22", "on|2026-11-22T10:00:00", "at|10:30", "code|ABC", "code|''", "nested|A", "who|ANN",
            "sensitive_notes|anything at all"})
    void acceptsWhatTheFormCanProduce(String field, String value) {
        assertThat(check(field, value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', value = {
            "on|next spring|must be a date (yyyy-MM-dd)", "at|noonish|must be a time (HH:mm)",
            "code|ABCDEF|must be at most 5 characters", "code|abc|does not have the required format",
            "nested|B|must be one of the form's options", "who|BOB|must be one of the form's options",
            "count|7|must be a number", "confirmed|yes|must be true or false", "address|x|must be a group of answers"})
    void refusesWhatTheFormCannotProduceWithoutEchoingIt(String field, String value, String reason) {
        assertThat(check(field, value)).hasValueSatisfying(refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.reason()).isEqualTo(reason).doesNotContain(value);
        });
    }

    @Test
    void numbersAndCheckboxesTakeTheirOwnTypesWithinTheFormsBounds() {
        assertThat(check("count", 3)).isEmpty();
        assertThat(check("count", 2.5d)).isEmpty();
        assertThat(check("count", -1)).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("must be at least 0"));
        assertThat(check("count", 11L)).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("must be at most 10"));
        assertThat(check("count", Double.NaN)).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("must be a number"));
        assertThat(check("confirmed", true)).isEmpty();
        assertThat(check("confirmed", null)).isEmpty();
        assertThat(check("sensitive_notes", "x".repeat(TaskFormSchema.DEFAULT_MAX_TEXT + 1)))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("must be at most 10000 characters"));
    }

    @Test
    void unknownNamesAreRefusedBeforeAnyValueIsLookedAt() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("code", "toolong-and-lowercase");
        variables.put("missionId", "mission-beta");
        assertThat(schema.check(variables, key -> null)).hasValueSatisfying(refusal -> {
            assertThat(refusal.field()).isEqualTo("missionId");
            assertThat(refusal.reason()).isEqualTo("is not a field of this task's form");
        });
    }

    @Test
    void filesAndSerializedObjectsAreNotFormValues() {
        assertThat(check("code", Variables.fileValue("a.txt").file(new byte[] {1}).create()))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("is not a value this form can submit"));
        assertThat(check("code", Variables.serializedObjectValue("rO0AB").objectTypeName("java.lang.String")
                .serializationDataFormat("application/x-java-serialized-object").create()))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("is not a value this form can submit"));
    }
}
