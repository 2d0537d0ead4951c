package org.hrdcasework.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.hrdcasework.system.engine.ModelRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House rules over everything in processes/ and forms/: readable ids, forms that exist,
 * conditions on gateway flows, a history time to live, no code hidden in models, and no form
 * field that no code reads.
 */
class ModelRulesTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern READABLE_ID = Pattern.compile(
            "(StartEvent|EndEvent|Task|Gateway|SequenceFlow|BoundaryEvent|IntermediateEvent|SubProcess|CallActivity)_[A-Z][A-Za-z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> bpmnFiles() throws IOException {
        return files(PROCESSES, ".bpmn").stream();
    }





    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void noCodeIsHiddenInTheModel(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(ScriptTask.class)).as("script tasks in %s", file).isEmpty();
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .allSatisfy(task -> assertThat(task.getCamundaClass()).as("camunda:class of %s", task.getId()).isNull());
        String xml = Files.readString(file);
        assertThat(xml).doesNotContain("camunda:class=").doesNotContain("<camunda:script").doesNotContain("scriptFormat");
    }

    @Test
    void allModelsAndFormsFollowTheHouseRulesEnforcedAtDeployment() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (Path file : files(PROCESSES, "")) {
            files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        for (Path file : files(FORMS, ".form")) {
            files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        assertThat(ModelRules.check(files)).isEmpty();
    }

    @Test
    void freeTextIsEitherSensitiveOrAReferenceWithItsExactPattern() {
        String form = """
                {"id": "Probe", "components": [
                  {"type": "group", "key": "g", "components": [{"type": "textfield", "key": "partnerMissions"}]},
                  {"type": "textarea", "key": "sensitive_notes"},
                  {"type": "textfield", "key": "reassignTo", "validate": {"pattern": "^[a-zA-Z0-9._-]+$", "maxLength": 100}},
                  {"type": "textfield", "key": "programmeReference", "validate": {"pattern": "^.*$", "maxLength": 40}},
                  {"type": "textfield", "key": "duplicateOfReference", "validate": {"pattern": "^[A-Z0-9]{1,12}-[0-9]{4}-[0-9]{4,6}$"}},
                  {"type": "textarea", "key": "reassignTo"},
                  {"type": "select", "key": "decision", "values": [{"label": "Yes", "value": "YES"}]}]}""";

        assertThat(ModelRules.check(Map.of("Probe.form", form.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).containsExactly(
                "Probe.form: free-text field 'partnerMissions' must be named sensitive_partnerMissions (stored encrypted, "
                        + "kept out of the engine) or be a listed reference with a pattern",
                "Probe.form: reference field 'programmeReference' must declare validate.pattern ^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$ "
                        + "and a maxLength of at most 40",
                "Probe.form: reference field 'duplicateOfReference' must declare validate.pattern ^[A-Z0-9]{1,12}-[0-9]{4}-[0-9]{4,6}$ "
                        + "and a maxLength of at most 40",
                "Probe.form: free-text field 'reassignTo' must be named sensitive_reassignTo (stored encrypted, "
                        + "kept out of the engine) or be a listed reference with a pattern");
    }

    @Test
    void escalationsMayOnlyGoToGroupsAllowedToReceiveThem() throws IOException {
        String table = Files.readString(PROCESSES.resolve("EscalationPolicy.dmn"));
        String toOfficers = table.replace("<outputEntry id=\"Out_Recipients_Level1\"><text>\"supervisors\"</text>",
                "<outputEntry id=\"Out_Recipients_Level1\"><text>\"case-officers\"</text>");
        String computed = table.replace("<outputEntry id=\"Out_Recipients_Level3\"><text>\"headquarters\"</text>",
                "<outputEntry id=\"Out_Recipients_Level3\"><text>\"head\" + \"quarters\"</text>");
        assertThat(toOfficers).isNotEqualTo(table);
        assertThat(computed).isNotEqualTo(table);

        assertThat(ModelRules.check(Map.of("EscalationPolicy.dmn", toOfficers.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly("EscalationPolicy.dmn: decision 'EscalationRecipients', rule 'Rule_Recipients_Level1': escalations "
                        + "may only go to one of [supervisors, senior-officials, headquarters], written as a quoted group id "
                        + "(e.g. \"supervisors\"), not \"case-officers\"");
        assertThat(ModelRules.check(Map.of("EscalationPolicy.dmn", computed.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .singleElement().asString().contains("rule 'Rule_Recipients_Level3'");
    }

    @Test
    void everyEscalationLevelHasExactlyOneRecipientRule() throws IOException {
        String table = Files.readString(PROCESSES.resolve("EscalationPolicy.dmn"));
        String withoutLevel3 = table.replace("<inputEntry id=\"Entry_Recipients_Level3\"><text>3</text></inputEntry>",
                "<inputEntry id=\"Entry_Recipients_Level3\"><text>2</text></inputEntry>");
        assertThat(withoutLevel3).isNotEqualTo(table);

        assertThat(ModelRules.check(Map.of("EscalationPolicy.dmn", withoutLevel3.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly("EscalationPolicy.dmn: decision 'EscalationRecipients' needs exactly one rule for each escalation "
                        + "level 1, 2 and 3, its input a single level number (found [1, 2, 2])");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processIdEqualsFileName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(Process.class)).extracting(BaseElement::getId)
                .contains(file.getFileName().toString().replace(".bpmn", ""));
    }

    @Test
    void freeTextFieldsAreMarkedSensitiveSoTheyNeverReachTheEngine() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (Path form : files(FORMS, ".form")) {
            for (JsonNode component : JSON.readTree(form.toFile()).get("components")) {
                if ("textarea".equals(component.path("type").asText())
                        && !component.path("key").asText().startsWith("sensitive_")) {
                    unmarked.add(form.getFileName() + ": " + component.path("key").asText());
                }
            }
        }
        assertThat(unmarked).as("textarea fields without the sensitive_ prefix").isEmpty();
    }

    private static Map<String, Path> formsById() throws IOException {
        return files(FORMS, ".form").stream().collect(Collectors.toMap(ModelRulesTests::formId, p -> p));
    }

    private static String formId(Path form) {
        try {
            return JSON.readTree(form.toFile()).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
