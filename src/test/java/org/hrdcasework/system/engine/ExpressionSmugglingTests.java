package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Expressions smuggled into a model, posted by a designer as Camunda Modeler posts a deployment,
 * in every place the engine evaluates one: each deployment is refused with 400, nothing is
 * deployed, and the answer quotes neither the expression nor anything it could have evaluated.
 * The same place with a plain variable passes the same checks, so each refusal is the payload's.
 */
@CaseworkIntegrationTest
class ExpressionSmugglingTests {

    @Autowired
    RuntimeService runtimeService;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Nothing of these may come back in an answer. */
    private static final List<String> NEVER_ECHOED = List.of("secret", "jdbcTemplate", "queryForList", "processEngineServices",
            "Runtime", "currentUserGroups", "concat", "getClass");

    /** Where an expression stands in a BPMN model: in an element's text, or in an attribute. */
    record Place(String name, boolean text, String process, String root) {
    }

    /** A smuggling technique: its form in an element's text, and in an attribute (null where XML has none). */
    record Payload(String name, String text, String attribute) {
    }

    private static final String USER_TASK = "<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"case-officers\" "
            + "camunda:formRef=\"VerifyReport\" camunda:formRefBinding=\"latest\"";
    private static final String SERVICE_TASK = "<bpmn:serviceTask id=\"Task_Run\" camunda:delegateExpression=\"${logContactDelegate}\"";

    static final List<Place> PLACES = List.of(
            new Place("timer date", true, "<bpmn:startEvent id=\"StartEvent_Timer\"><bpmn:timerEventDefinition>"
                    + "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>", ""),
            new Place("timer duration", true, "<bpmn:intermediateCatchEvent id=\"IntermediateEvent_Wait\"><bpmn:timerEventDefinition>"
                    + "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:timeDuration></bpmn:timerEventDefinition>"
                    + "</bpmn:intermediateCatchEvent>", ""),
            new Place("timer cycle", true, "<bpmn:boundaryEvent id=\"BoundaryEvent_Remind\" attachedToRef=\"Task_Check\" "
                    + "cancelActivity=\"false\"><bpmn:timerEventDefinition><bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">@@"
                    + "</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>" + USER_TASK + "/>", ""),
            new Place("condition", true, "<bpmn:exclusiveGateway id=\"Gateway_Which\"/><bpmn:endEvent id=\"EndEvent_A\"/>"
                    + "<bpmn:endEvent id=\"EndEvent_B\"/><bpmn:sequenceFlow id=\"SequenceFlow_A\" sourceRef=\"Gateway_Which\" "
                    + "targetRef=\"EndEvent_A\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:conditionExpression>"
                    + "</bpmn:sequenceFlow><bpmn:sequenceFlow id=\"SequenceFlow_B\" sourceRef=\"Gateway_Which\" targetRef=\"EndEvent_B\">"
                    + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${answer != 'YES'}</bpmn:conditionExpression>"
                    + "</bpmn:sequenceFlow>", ""),
            new Place("execution listener delegate", false, "<bpmn:endEvent id=\"EndEvent_Done\"><bpmn:extensionElements>"
                    + "<camunda:executionListener delegateExpression=\"@@\" event=\"start\"/></bpmn:extensionElements></bpmn:endEvent>", ""),
            new Place("execution listener expression", false, "<bpmn:endEvent id=\"EndEvent_Done\"><bpmn:extensionElements>"
                    + "<camunda:executionListener expression=\"@@\" event=\"start\"/></bpmn:extensionElements></bpmn:endEvent>", ""),
            new Place("task listener", false, USER_TASK + "><bpmn:extensionElements><camunda:taskListener delegateExpression=\"@@\" "
                    + "event=\"create\"/></bpmn:extensionElements></bpmn:userTask>", ""),
            new Place("input mapping", true, USER_TASK + "><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:inputParameter name=\"copy\">@@</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
                    + "</bpmn:userTask>", ""),
            new Place("output mapping", true, USER_TASK + "><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:outputParameter name=\"copy\">@@</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>"
                    + "</bpmn:userTask>", ""),
            new Place("field expression", true, SERVICE_TASK + "><bpmn:extensionElements><camunda:field name=\"f\">"
                    + "<camunda:expression>@@</camunda:expression></camunda:field></bpmn:extensionElements></bpmn:serviceTask>", ""),
            new Place("field string", true, SERVICE_TASK + "><bpmn:extensionElements><camunda:field name=\"f\">"
                    + "<camunda:string>@@</camunda:string></camunda:field></bpmn:extensionElements></bpmn:serviceTask>", ""),
            new Place("field expression attribute", false, SERVICE_TASK + "><bpmn:extensionElements>"
                    + "<camunda:field name=\"f\" expression=\"@@\"/></bpmn:extensionElements></bpmn:serviceTask>", ""),
            new Place("service task expression", false, "<bpmn:serviceTask id=\"Task_Run\" camunda:expression=\"@@\"/>", ""),
            new Place("candidate users", false, USER_TASK + " camunda:candidateUsers=\"@@\"/>", ""),
            new Place("candidate groups", false, "<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"@@\" "
                    + "camunda:formRef=\"VerifyReport\" camunda:formRefBinding=\"latest\"/>", ""),
            new Place("assignee", false, USER_TASK + " camunda:assignee=\"@@\"/>", ""),
            new Place("due date", false, USER_TASK + " camunda:dueDate=\"@@\"/>", ""),
            new Place("follow-up date", false, USER_TASK + " camunda:followUpDate=\"@@\"/>", ""),
            new Place("priority", false, USER_TASK + " camunda:priority=\"@@\"/>", ""),
            new Place("form key", false, USER_TASK + " camunda:formKey=\"@@\"/>", ""),
            new Place("called element", false, "<bpmn:callActivity id=\"CallActivity_Child\" calledElement=\"@@\"/>", ""),
            new Place("call business key", false, "<bpmn:callActivity id=\"CallActivity_Child\" calledElement=\"Child\">"
                    + "<bpmn:extensionElements><camunda:in businessKey=\"@@\"/></bpmn:extensionElements></bpmn:callActivity>", ""),
            new Place("call input", false, "<bpmn:callActivity id=\"CallActivity_Child\" calledElement=\"Child\">"
                    + "<bpmn:extensionElements><camunda:in sourceExpression=\"@@\" target=\"copy\"/></bpmn:extensionElements>"
                    + "</bpmn:callActivity>", ""),
            new Place("decision reference", false, "<bpmn:businessRuleTask id=\"Task_Decide\" camunda:decisionRef=\"@@\"/>", ""),
            new Place("collection", false, USER_TASK + "><bpmn:multiInstanceLoopCharacteristics camunda:collection=\"@@\" "
                    + "camunda:elementVariable=\"each\"/></bpmn:userTask>", ""),
            new Place("loop cardinality", true, USER_TASK + "><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality "
                    + "xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>", ""),
            new Place("completion condition", true, USER_TASK + "><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality "
                    + "xsi:type=\"bpmn:tFormalExpression\">2</bpmn:loopCardinality><bpmn:completionCondition "
                    + "xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>"
                    + "</bpmn:userTask>", ""),
            new Place("documentation", true, "<bpmn:endEvent id=\"EndEvent_Done\"><bpmn:documentation>@@</bpmn:documentation>"
                    + "</bpmn:endEvent>", ""),
            new Place("error code", false, "", "<bpmn:error id=\"Error_Probe\" name=\"Probe\" errorCode=\"@@\"/>"),
            new Place("escalation code", false, "", "<bpmn:escalation id=\"Escalation_Probe\" name=\"Probe\" escalationCode=\"@@\"/>"),
            new Place("message name", false, "", "<bpmn:message id=\"Message_Probe\" name=\"@@\"/>"),
            new Place("signal name", false, "", "<bpmn:signal id=\"Signal_Probe\" name=\"@@\"/>"));

    static final List<String> VALIDATED_PLACES = List.of("condition", "input mapping", "due date", "error code");

    static final String SELECT = "jdbcTemplate.queryForList('select secret')";
    static final List<Payload> PAYLOADS = List.of(
            new Payload("comment splitting the opening", "$<!-- x -->{" + SELECT + "}", null),
            new Payload("CDATA splitting the opening", "$<![CDATA[{]]>" + SELECT + "}", null),
            new Payload("processing instruction splitting the call", "${jdbcTemplate<?x y?>.queryForList('select secret')}", null),
            new Payload("child element splitting the call", "${jdbcTemplate<camunda:x/>.queryForList('select secret')}", null),
            new Payload("string holding a closing brace", "${'}'.concat(" + SELECT + ")}", "${'}'.concat(" + SELECT + ")}"),
            new Payload("character reference for the dollar", "&#36;{" + SELECT + "}", "&#36;{" + SELECT + "}"),
            new Payload("deferred expression", "#{" + SELECT + "}", "#{" + SELECT + "}"),
            new Payload("call nested in a choice", "${(answer == 'YES') ? (" + SELECT + ") : 'no'}",
                    "${(answer == 'YES') ? (" + SELECT + ") : 'no'}"),
            new Payload("method call on a variable", "${answer.getClass().forName('java.lang.Runtime')}",
                    "${answer.getClass().forName('java.lang.Runtime')}"),
            new Payload("property chain", "${execution.processEngineServices.repositoryService}",
                    "${execution.processEngineServices.repositoryService}"),
            new Payload("bracket access", "${execution['processEngineServices']}", "${execution['processEngineServices']}"),
            new Payload("function call", "${currentUserGroups()}", "${currentUserGroups()}"),
            new Payload("bean not on the allowlist", "${jdbcTemplate}", "${jdbcTemplate}"),
            new Payload("unterminated expression", "${jdbcTemplate", "${jdbcTemplate"));

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Stream<Arguments> places() {
        return PLACES.stream().map(place -> Arguments.of(place.name(), place));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void everySmuggledExpressionIsRefusedAndNothingDeployed(String name, Place place) throws Exception {
        assertThat(place.process() + place.root()).as("the template has a place for the expression").contains("@@");
        // The control: the same place holding a plain variable is a valid model.
        JsonNode control = validate(Map.of("probe.bpmn", process(place, "${answer}")));
        assertThat(control.get("valid").asBoolean()).as(name + ": " + control).isTrue();

        long before = deploymentCount();
        for (Payload payload : PAYLOADS) {
            String value = place.text() ? payload.text() : payload.attribute();
            if (value == null) {
                continue;
            }
            String model = process(place, value);
            HttpResponse<String> response = http.deploy("designer", "probe.bpmn", model);
            assertThat(response.statusCode()).as(name + " / " + payload.name() + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(payload.name()).contains("Deployment refused");
            assertNotEchoed(response.body(), name + " / " + payload.name());

            if (VALIDATED_PLACES.contains(name)) {
                // The designers' validation endpoint runs the same checks (sampled: requests are slow).
                JsonNode verdict = validate(Map.of("probe.bpmn", model));
                assertThat(verdict.get("valid").asBoolean()).as(name + " / " + payload.name()).isFalse();
                assertNotEchoed(verdict.toString(), name + " / " + payload.name());
            }
        }
        assertThat(deploymentCount()).as("nothing deployed").isEqualTo(before);
    }

    @Test
    void refusalsNameTheElementAndAttribute() {
        HttpResponse<String> response = http.deploy("designer", "probe.bpmn",
                process(PLACES.stream().filter(p -> p.name().equals("due date")).findFirst().orElseThrow(), "${jdbcTemplate}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("userTask 'Task_Check' @camunda:dueDate")
                .contains(ExpressionRules.BEAN_NOT_ALLOWED);

        response = http.deploy("designer", "probe.bpmn", process(PLACES.get(0), "$<!-- x -->{answer.bytes}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("timeDate").contains("no method calls, functions or property access")
                .doesNotContain("bytes");
    }

    @Test
    void theShippedBusinessKeyHandOverIsTheOnlyPropertyAllowed() throws Exception {
        Place key = PLACES.stream().filter(p -> p.name().equals("call business key")).findFirst().orElseThrow();
        assertThat(validate(Map.of("probe.bpmn", process(key, "#{execution.processBusinessKey}"))).get("valid").asBoolean()).isTrue();
        assertThat(validate(Map.of("probe.bpmn", process(key, "#{execution.processInstance}"))).get("valid").asBoolean()).isFalse();
        assertThat(validate(Map.of("probe.bpmn", process(key, "#{task.processBusinessKey}"))).get("valid").asBoolean()).isFalse();
        assertThat(validate(Map.of("probe.bpmn", process(key, "#{execution.processBusinessKey.bytes}"))).get("valid").asBoolean()).isFalse();
    }

    @Test
    void decisionsMayHoldNoEngineExpressionNorAnotherExpressionLanguage() throws Exception {
        String feel = decision("<text>answer</text>", "\"YES\"");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("JUEL input expression", decision("<text>${answer}</text>", "\"YES\""));
        cases.put("input expression split by a comment", decision("<text>$<!-- x -->{answer}</text>", "\"YES\""));
        cases.put("input expression split by CDATA", decision("<text><![CDATA[$]]>{answer}</text>", "\"YES\""));
        cases.put("JUEL output entry", decision("<text>answer</text>", "#{answer}"));
        cases.put("JUEL as the input's language", feel.replace("<inputExpression id=\"InputExpression_Answer\"",
                "<inputExpression id=\"InputExpression_Answer\" expressionLanguage=\"juel\""));
        cases.put("JavaScript as an output entry's language", feel.replace("<outputEntry id=\"Out_Answer\">",
                "<outputEntry id=\"Out_Answer\" expressionLanguage=\"javascript\">"));
        cases.put("JUEL as the decisions' language", feel.replace("name=\"Probe\" namespace", "name=\"Probe\" expressionLanguage=\"juel\" namespace"));

        HttpResponse<String> control = http.deploy("designer", "probe.dmn", feel);
        assertThat(control.statusCode()).as("a FEEL decision is deployed: " + control.body()).isEqualTo(200);
        long before = deploymentCount();
        cases.forEach((name, dmn) -> {
            HttpResponse<String> response = http.deploy("designer", "probe.dmn", dmn);
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(name).contains("Deployment refused").doesNotContain("${").doesNotContain("#{");
        });
        assertThat(deploymentCount()).isEqualTo(before);
    }

    @Test
    void formsMayHoldNoEngineExpressionAndKeepTheirBrowserSideFeel() throws Exception {
        String id = "Probe" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String bpmn = process(new Place("form", false, "<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"case-officers\" "
                + "camunda:formRef=\"" + id + "\" camunda:formRefBinding=\"deployment\"/>", ""), "");
        String form = "{\"schemaVersion\": 16, \"type\": \"default\", \"id\": \"" + id + "\", \"components\": ["
                + "{\"type\": \"textfield\", \"key\": \"sensitive_answer\", \"label\": \"LABEL\", \"conditional\": {\"hide\": \"=sensitive_answer = null\"}}]}";
        long before = deploymentCount();
        for (String label : new String[] {"${jdbcTemplate}", "#{jdbcTemplate}", "\\u0024{jdbcTemplate}", "Pay ${'}'.concat(secret)} now"}) {
            HttpResponse<String> response = http.deploy("designer", Map.of("probe.bpmn", bpmn, id + ".form", form.replace("LABEL", label)));
            assertThat(response.statusCode()).as(label + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("components[0].label").contains("not allowed in forms");
            assertNotEchoed(response.body(), label);
        }
        HttpResponse<String> key = http.deploy("designer", Map.of("probe.bpmn", bpmn,
                id + ".form", form.replace("\"key\": \"sensitive_answer\"", "\"key\": \"${jdbcTemplate}\"").replace("LABEL", "Answer")));
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(deploymentCount()).isEqualTo(before);

        HttpResponse<String> feel = http.deploy("designer", Map.of("probe.bpmn", bpmn, id + ".form", form.replace("LABEL", "=sensitive_answer")));
        assertThat(feel.statusCode()).as(feel.body()).isEqualTo(200);
    }

    @Test
    void anEngineErrorDoesNotQuoteTheValueAnExpressionEvaluatedTo() throws Exception {
        // Allowed by the guard (a string literal), evaluated by the engine when the timer start
        // event is scheduled at deployment: the engine's message quotes the evaluated value.
        long before = deploymentCount();
        String model = process(PLACES.get(0), "${'not-a-date-secret'}").replace("<bpmn:startEvent id=\"StartEvent_Go\"/>", "");
        HttpResponse<String> response = http.deploy("designer", "probe.bpmn", model);
        assertThat(response.statusCode()).as(response.body()).isIn(400, 500);
        assertThat(response.body()).contains("could not be evaluated").doesNotContain("not-a-date").doesNotContain("secret");
        assertThat(deploymentCount()).isEqualTo(before);
    }

    @Test
    void anEngineErrorAtRunTimeDoesNotQuoteTheValueEither() throws Exception {
        String model = process(new Place("wait", true, "<bpmn:intermediateCatchEvent id=\"IntermediateEvent_Wait\">"
                + "<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">@@</bpmn:timeDuration>"
                + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id=\"SequenceFlow_Wait\" "
                + "sourceRef=\"StartEvent_Go\" targetRef=\"IntermediateEvent_Wait\"/>", ""), "${wait}");
        HttpResponse<String> deployed = http.deploy("designer", "probe.bpmn", model);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        String key = JSON.readTree(deployed.body()).get("deployedProcessDefinitions").elements().next().get("key").asText();
        // A person cannot start it with a value of their choosing (task input guard) ...
        HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/" + key + "/start", "admin",
                "{\"variables\": {\"wait\": {\"value\": \"secret-not-a-duration\", \"type\": \"String\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
        assertThat(started.body()).doesNotContain("secret").doesNotContain("not-a-duration");
        // ... and where our own code starts it with a value the timer cannot use, the engine's error does not quote it.
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key, Map.of("wait", "secret-not-a-duration")))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("not-a-duration"));
        HttpResponse<String> count = http.get("/engine-rest/process-instance/count?processDefinitionKey=" + key, "admin");
        assertThat(JSON.readTree(count.body()).get("count").asLong()).as(count.body()).isZero();
    }

    private void assertNotEchoed(String body, String what) {
        for (String word : NEVER_ECHOED) {
            assertThat(body).as(what + " echoes " + word).doesNotContainIgnoringCase(word);
        }
    }

    private long deploymentCount() throws Exception {
        HttpResponse<String> response = http.get("/engine-rest/deployment/count", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("count").asLong();
    }

    private JsonNode validate(Map<String, String> files) throws Exception {
        String boundary = "----validate" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; ")
                .append("filename=\"").append(name).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> response = http.post("/api/models/validation", "designer", "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String process(Place place, String value) {
        String id = "Probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "id=\"Definitions_Probe\" targetNamespace=\"t\"><bpmn:process id=\"" + id + "\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"StartEvent_Go\"/>" + place.process().replace("@@", value)
                + "</bpmn:process>" + place.root().replace("@@", value) + "</bpmn:definitions>";
    }

    private static String decision(String inputExpression, String outputEntry) {
        String id = "Probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" "
                + "id=\"Definitions_Probe\" name=\"Probe\" namespace=\"t\">"
                + "<decision id=\"" + id + "\" name=\"Probe\" camunda:historyTimeToLive=\"1\">"
                + "<decisionTable id=\"DecisionTable_Probe\" hitPolicy=\"FIRST\">"
                + "<input id=\"Input_Answer\"><inputExpression id=\"InputExpression_Answer\" typeRef=\"string\">" + inputExpression
                + "</inputExpression></input><output id=\"Output_Result\" name=\"result\" typeRef=\"string\"/>"
                + "<rule id=\"Rule_Yes\"><inputEntry id=\"Entry_Answer\"><text>\"YES\"</text></inputEntry>"
                + "<outputEntry id=\"Out_Answer\"><text>" + outputEntry + "</text></outputEntry></rule>"
                + "</decisionTable></decision></definitions>";
    }
}
