package org.hrdcasework.system.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.hrdcasework.identity.Roles;

/**
 * The house rules for models, in plain language, for every deployment (start-up and Camunda
 * Modeler alike) and for designers who want to check a model first: readable element ids, a
 * history time to live, a candidate group and an existing form on every user task, a condition
 * on every branch of a deciding gateway, form ids that match their files, no free-text field
 * that would leave typed text in the engine ({@link FreeTextFields}), and escalation recipients
 * only among the groups allowed to receive escalations ({@link Roles#MAY_RECEIVE_ESCALATIONS}).
 */
public final class ModelRules {

    static final Pattern READABLE_ID = Pattern.compile(
            "(StartEvent|EndEvent|Task|Gateway|SequenceFlow|BoundaryEvent|IntermediateEvent|SubProcess|CallActivity)_[A-Z][A-Za-z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The decision that names, per escalation level, the group receiving it (processes/EscalationPolicy.dmn). */
    public static final String ESCALATION_RECIPIENTS = "EscalationRecipients";
    /** Its one output: the receiving group's id. */
    public static final String RECIPIENT_GROUP = "recipientGroup";
    private static final Set<String> ESCALATION_LEVELS = Set.of("1", "2", "3");
    private static final Pattern STRING_LITERAL = Pattern.compile("\\s*\"([^\"\\\\]*)\"\\s*");

    private ModelRules() {
    }

    /** Problems with a set of model files (name to content); empty when all rules hold. */
    public static List<String> check(Map<String, byte[]> resources) {
        List<String> problems = new ArrayList<>();
        Set<String> formIds = new HashSet<>();
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            if (lower(resource.getKey()).endsWith(".form")) {
                checkForm(fileName(resource.getKey()), resource.getValue(), formIds, problems);
            }
        }
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            String name = lower(resource.getKey());
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                checkBpmn(fileName(resource.getKey()), resource.getValue(), formIds, problems);
            } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                checkDmn(fileName(resource.getKey()), resource.getValue(), problems);
            }
        }
        return problems;
    }

    private static void checkForm(String file, byte[] content, Set<String> formIds, List<String> problems) {
        try {
            JsonNode form = JSON.readTree(content);
            String id = form.path("id").asText("");
            if (id.isEmpty()) {
                problems.add(file + ": the form has no id");
                return;
            }
            formIds.add(id);
            if (!file.equals(id + ".form")) {
                problems.add(file + ": the form id '" + id + "' must match the file name (" + id + ".form)");
            }
            checkFreeText(file, form, problems);
        } catch (Exception e) {
            problems.add(file + ": not a valid form (JSON)");
        }
    }

    /** Every textfield and textarea, nested ones included, is sensitive_* or a listed reference with its exact pattern. */
    private static void checkFreeText(String file, JsonNode container, List<String> problems) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText("");
            String key = component.path("key").asText("");
            if (("textfield".equals(type) || "textarea".equals(type)) && !FreeTextFields.isSensitive(key)) {
                FreeTextFields.Reference reference = FreeTextFields.REFERENCES.get(key);
                JsonNode validate = component.path("validate");
                if (reference == null || "textarea".equals(type)) {
                    problems.add(file + ": free-text field '" + key + "' must be named " + FreeTextFields.SENSITIVE_PREFIX + key
                            + " (stored encrypted, kept out of the engine) or be a listed reference with a pattern");
                } else if (!reference.pattern().equals(validate.path("pattern").asText(null))
                        || validate.path("maxLength").asInt(Integer.MAX_VALUE) > reference.maxLength()) {
                    problems.add(file + ": reference field '" + key + "' must declare validate.pattern " + reference.pattern()
                            + " and a maxLength of at most " + reference.maxLength());
                }
            }
            checkFreeText(file, component, problems);
        }
    }

    private static void checkBpmn(String file, byte[] content, Set<String> formIds, List<String> problems) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (Exception e) {
            problems.add(file + ": not a valid BPMN model");
            return;
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                problems.add(file + ": process '" + process.getId() + "' needs a history time to live");
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (!READABLE_ID.matcher(element.getId()).matches()) {
                problems.add(file + ": '" + element.getId() + "' is not a readable id (use e.g. Task_AssessRisk, "
                        + "Gateway_RiskLevel, SequenceFlow_RiskCritical)");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + ": user task '" + task.getId() + "'";
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problems.add(where + " needs a candidate group");
            }
            String formRef = task.getCamundaFormRef();
            if (formRef == null || formRef.isBlank()) {
                problems.add(where + " needs a form (camunda:formRef)");
            } else if (!"latest".equals(task.getCamundaFormRefBinding()) && !formIds.contains(formRef)) {
                problems.add(where + " refers to form '" + formRef + "', which is not in this deployment");
            }
        }
        // Outgoing flows by sourceRef: <outgoing> children are optional in BPMN XML.
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
            boolean decides = gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway;
            List<SequenceFlow> outgoing = flows.stream().filter(f -> f.getSource() == gateway).toList();
            if (decides && outgoing.size() > 1) {
                for (SequenceFlow flow : outgoing) {
                    if (flow.getConditionExpression() == null) {
                        problems.add(file + ": flow '" + flow.getId() + "' leaving gateway '" + ((BaseElement) gateway).getId()
                                + "' needs a condition");
                    }
                }
            }
        }
    }

    /**
     * The escalation recipients table may only hand an escalation to a group allowed to receive one: a
     * table that named, say, case-officers would send a stalled case back to the people it stalled with.
     */
    private static void checkDmn(String file, byte[] content, List<String> problems) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (Exception e) {
            problems.add(file + ": not a valid DMN model");
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!ESCALATION_RECIPIENTS.equals(decision.getId())) {
                continue;
            }
            String where = file + ": decision '" + ESCALATION_RECIPIENTS + "'";
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                problems.add(where + " must be a decision table");
                continue;
            }
            List<Output> outputs = List.copyOf(table.getOutputs());
            if (outputs.size() != 1 || !RECIPIENT_GROUP.equals(outputs.get(0).getName())) {
                problems.add(where + " must have exactly one output, named '" + RECIPIENT_GROUP + "'");
            }
            List<String> levels = new ArrayList<>();
            for (Rule rule : table.getRules()) {
                for (InputEntry entry : rule.getInputEntries()) {
                    levels.add(entry.getText() == null || entry.getText().getTextContent() == null ? ""
                            : entry.getText().getTextContent().strip());
                }
                for (OutputEntry entry : rule.getOutputEntries()) {
                    String text = entry.getText() == null ? "" : entry.getText().getTextContent();
                    Matcher literal = STRING_LITERAL.matcher(text == null ? "" : text);
                    if (!literal.matches() || !Roles.MAY_RECEIVE_ESCALATIONS.contains(literal.group(1))) {
                        problems.add(where + ", rule '" + rule.getId() + "': escalations may only go to one of "
                                + Roles.MAY_RECEIVE_ESCALATIONS + ", written as a quoted group id (e.g. \"supervisors\"), not "
                                + (text == null || text.isBlank() ? "an empty cell" : text.strip()));
                    }
                }
            }
            // Every level must reach someone: a missing level would fail its escalations when they fire.
            if (levels.size() != ESCALATION_LEVELS.size() || !Set.copyOf(levels).equals(ESCALATION_LEVELS)) {
                problems.add(where + " needs exactly one rule for each escalation level 1, 2 and 3, its input a single "
                        + "level number (found " + levels + ")");
            }
        }
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
