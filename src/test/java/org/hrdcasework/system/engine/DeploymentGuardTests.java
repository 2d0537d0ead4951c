package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deployments through the engine REST API, posted as Camunda Modeler posts them. */
@CaseworkIntegrationTest
class DeploymentGuardTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aCleanModelIsAcceptedFromADesignerAndRefusedFromAnOfficer() throws Exception {
        String bpmn = process("", "<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"case-officers\" "
                + "camunda:formRef=\"VerifyReport\" camunda:formRefBinding=\"latest\"/>"
                + "<bpmn:exclusiveGateway id=\"Gateway_Ok\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_Ok\" sourceRef=\"Gateway_Ok\" targetRef=\"Task_Check\">"
                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${answer == 'YES' &amp;&amp; !stopped}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>"
                + "<bpmn:endEvent id=\"EndEvent_No\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_No\" sourceRef=\"Gateway_Ok\" targetRef=\"EndEvent_No\">"
                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${answer != 'YES' || stopped}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>");
        HttpResponse<String> designer = deploy("designer", bpmn);
        assertThat(designer.statusCode()).as(designer.body()).isEqualTo(200);
        assertThat(JSON.readTree(designer.body()).get("deployedProcessDefinitions")).isNotEmpty();

        assertThat(deploy("officer.alpha", bpmn).statusCode()).isEqualTo(403);
        assertThat(deploy("supervisor.alpha", bpmn).statusCode()).isEqualTo(403);
        assertThat(deploy("hq.desk", bpmn).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "script task        | <bpmn:scriptTask id=\"Task_S\" scriptFormat=\"groovy\"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask> | scripts are not allowed",
            "Java class         | <bpmn:serviceTask id=\"Task_C\" camunda:class=\"java.lang.Runtime\"/>                                                   | camunda:class",
            "inline listener    | <bpmn:userTask id=\"Task_L\"><bpmn:extensionElements><camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"javascript\">x</camunda:script></camunda:taskListener></bpmn:extensionElements></bpmn:userTask> | scripts are not allowed",
            "method call        | <bpmn:serviceTask id=\"Task_E\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\"/>                | no method calls",
            "property access    | <bpmn:serviceTask id=\"Task_P\" camunda:delegateExpression=\"${execution.processEngineServices}\"/>                    | no method calls",
            "generated form     | <bpmn:userTask id=\"Task_F\"><bpmn:extensionElements><camunda:formData><camunda:formField id=\"a\" type=\"string\"/></camunda:formData></bpmn:extensionElements></bpmn:userTask> | element formData is not allowed",
            "connector          | <bpmn:serviceTask id=\"Task_N\"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask> | element connector is not allowed",
            "form handler class | <bpmn:startEvent id=\"StartEvent_H\" camunda:formHandlerClass=\"java.lang.Object\"/> | formHandlerClass",
            "script condition   | <bpmn:sequenceFlow id=\"SequenceFlow_X\" sourceRef=\"StartEvent_Go\" targetRef=\"StartEvent_Go\"><bpmn:conditionExpression language=\"groovy\">true</bpmn:conditionExpression></bpmn:sequenceFlow> | language",
    })
    void deploymentsThatCouldRunCodeAreRefusedForEveryone(String kind, String element, String message) {
        for (String user : new String[] {"designer", "admin"}) {
            HttpResponse<String> response = deploy(user, process("", element));
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("Deployment refused").contains(message);
        }
    }

    @Test
    void aDesignerDeploysAModelWithItsFormAsCamundaModelerDoes() throws Exception {
        String id = "Probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String bpmn = process("", "<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"case-officers\" "
                + "camunda:formRef=\"" + id + "Form\" camunda:formRefBinding=\"deployment\"/>");
        String form = "{\"schemaVersion\": 16, \"type\": \"default\", \"id\": \"" + id + "Form\", \"components\": []}";
        HttpResponse<String> response = http.deploy("designer", java.util.Map.of("probe.bpmn", bpmn, id + "Form.form", form));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("deployedProcessDefinitions")).hasSize(1);
    }

    @Test
    void aModelBreakingHouseRulesIsRefusedWithTheListOfProblems() {
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Broken\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"Broken_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "") + "\" isExecutable=\"true\">"
                + "<bpmn:startEvent id=\"Event_0x9abcd\"/><bpmn:userTask id=\"Task_Check\"/>"
                + "<bpmn:exclusiveGateway id=\"Gateway_Which\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_A\" sourceRef=\"Gateway_Which\" targetRef=\"Task_Check\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_B\" sourceRef=\"Gateway_Which\" targetRef=\"Event_0x9abcd\"/>"
                + "</bpmn:process></bpmn:definitions>";
        HttpResponse<String> response = deploy("designer", broken);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Deployment refused")
                .contains("needs a history time to live")
                .contains("'Event_0x9abcd' is not a readable id")
                .contains("user task 'Task_Check' needs a candidate group")
                .contains("user task 'Task_Check' needs a form")
                .contains("flow 'SequenceFlow_A' leaving gateway 'Gateway_Which' needs a condition");
    }

    @Test
    void onlyModelAndFormFilesMayBeDeployed() {
        HttpResponse<String> response = http.deploy("designer", "payload.groovy", "println 'hi'");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("only BPMN, DMN and form files");
    }

    private String process(String attributes, String elements) {
        String id = "Probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "id=\"Definitions_Probe\" targetNamespace=\"t\"><bpmn:process id=\"" + id + "\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"1\"" + attributes + "><bpmn:startEvent id=\"StartEvent_Go\"/>" + elements
                + "</bpmn:process></bpmn:definitions>";
    }

    private HttpResponse<String> deploy(String user, String bpmn) {
        return http.deploy(user, "probe.bpmn", bpmn);
    }

}
