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

/**
 * The house rules for models, in plain language, for every deployment (start-up and Camunda
 * Modeler alike) and for designers who want to check a model first: readable element ids, a
 * history time to live, a candidate group and an existing form on every user task, a condition
 * on every branch of a deciding gateway, form ids that match their files, and no free-text field
 * that would leave typed text in the engine ({@link FreeTextFields}).
 */
public final class ModelRules {

    static final Pattern READABLE_ID = Pattern.compile(
            "(StartEvent|EndEvent|Task|Gateway|SequenceFlow|BoundaryEvent|IntermediateEvent|SubProcess|CallActivity)_[A-Z][A-Za-z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
