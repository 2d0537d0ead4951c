package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.identity.RoleAuthorizations;
import org.hrdcasework.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Designers read models and deploy new versions, and cannot touch running work; administrators
 * can, and every destructive operation they make through the engine lands in the audit log with
 * actor, operation and ids, never values. Each test works on a model of its own, deployed here.
 */
@CaseworkIntegrationTest
class EngineOperationsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RoleAuthorizations roleAuthorizations;
    @Autowired
    JdbcTemplate jdbc;
    Http http;
    Model model;

    /** A deployed model with one running instance in mission Alpha. */
    record Model(String key, String deploymentId, String definitionId, String instanceId) {
    }

    @BeforeEach
    void deployOwnModel() throws Exception {
        http = new Http(port);
        model = deployWithInstance(http, runtimeService, "designer");
    }

    static Model deployWithInstance(Http http, RuntimeService runtimeService, String deployer) throws Exception {
        String key = "Ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> deployed = http.deploy(deployer, key + ".bpmn", waitingModel(key));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(deployed.body());
        String definitionId = body.get("deployedProcessDefinitions").fieldNames().next();
        String instanceId = runtimeService.startProcessInstanceById(definitionId, Map.of("missionId", "mission-alpha")).getId();
        return new Model(key, body.get("id").asText(), definitionId, instanceId);
    }

    static String waitingModel(String key) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_" + key + "\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"30\">"
                + "<bpmn:startEvent id=\"StartEvent_Go\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_ToWait\" sourceRef=\"StartEvent_Go\" targetRef=\"Task_Wait\"/>"
                + "<bpmn:receiveTask id=\"Task_Wait\" name=\"Wait\"/>"
                + "<bpmn:sequenceFlow id=\"SequenceFlow_ToEnd\" sourceRef=\"Task_Wait\" targetRef=\"EndEvent_Done\"/>"
                + "<bpmn:endEvent id=\"EndEvent_Done\" camunda:asyncBefore=\"true\"/></bpmn:process></bpmn:definitions>";
    }

    @Test
    void designersCannotDeleteSuspendOrShortenTheHistoryOfAModel() {
        assertThat(delete("/engine-rest/deployment/" + model.deploymentId() + "?cascade=true", "designer").statusCode()).isEqualTo(403);
        assertThat(delete("/engine-rest/process-definition/" + model.definitionId() + "?cascade=true", "designer").statusCode())
                .isEqualTo(403);
        assertThat(http.putJson("/engine-rest/process-definition/" + model.definitionId() + "/history-time-to-live", "designer",
                "{\"historyTimeToLive\": 0}").statusCode()).isEqualTo(403);
        assertThat(http.putJson("/engine-rest/process-definition/" + model.definitionId() + "/suspended", "designer",
                "{\"suspended\": true, \"includeProcessInstances\": true}").statusCode()).isEqualTo(403);
        assertThat(http.putJson("/engine-rest/process-definition/key/" + model.key() + "/suspended", "designer",
                "{\"suspended\": true, \"includeProcessInstances\": true}").statusCode()).isEqualTo(403);

        ProcessDefinition definition = repositoryService.getProcessDefinition(model.definitionId());
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(30);
        assertThat(definition.isSuspended()).isFalse();
        assertThat(repositoryService.createDeploymentQuery().deploymentId(model.deploymentId()).count()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).active().count()).isOne();
    }

    @Test
    void designersCannotTouchRunningInstancesJobsOrBatches() {
        long batches = managementService.createBatchQuery().count();
        String instance = "/engine-rest/process-instance/" + model.instanceId();
        assertThat(delete(instance, "designer").statusCode()).isIn(403, 404);
        assertThat(http.putJson(instance + "/suspended", "designer", "{\"suspended\": true}").statusCode()).isIn(403, 404);
        assertThat(http.postJson(instance + "/modification", "designer",
                "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_Wait\"}]}").statusCode()).isIn(403, 404);
        assertThat(http.postJson("/engine-rest/process-instance/delete", "designer",
                "{\"processInstanceIds\": [\"" + model.instanceId() + "\"], \"deleteReason\": \"test\"}").statusCode()).isEqualTo(403);
        assertThat(http.putJson("/engine-rest/job/suspended", "designer",
                "{\"processDefinitionKey\": \"" + model.key() + "\", \"suspended\": true}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/engine-rest/migration/execute", "designer", migration(model.definitionId(), model.definitionId(),
                model.instanceId())).statusCode()).isEqualTo(403);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).active().count()).isOne();
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batches);
        assertThat(managementService.createJobDefinitionQuery().processDefinitionId(model.definitionId()).suspended().count()).isZero();
    }

    @Test
    void designersSeeModelsInCockpit() throws Exception {
        WebappSession cockpit = WebappSession.login(http, "designer", "cockpit");
        String engine = "/camunda/api/engine/engine/default";
        HttpResponse<String> definitions = cockpit.get(engine + "/process-definition?latestVersion=true");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(definitions.body()).findValuesAsText("key")).contains("CaseOfConcern", model.key());
        assertThat(cockpit.get(engine + "/process-definition/" + model.definitionId() + "/xml").body()).contains("Task_Wait");
        HttpResponse<String> deployments = cockpit.get(engine + "/deployment?id=" + model.deploymentId());
        assertThat(JSON.readTree(deployments.body())).hasSize(1);
        assertThat(cockpit.get(engine + "/deployment/" + model.deploymentId() + "/resources").statusCode()).isEqualTo(200);
        assertThat(cockpit.get(engine + "/decision-definition").body()).contains("EscalationPolicy");
        HttpResponse<String> statistics = cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
        // Cases stay out of sight: the designer belongs to no mission.
        assertThat(JSON.readTree(cockpit.get(engine + "/process-instance?processDefinitionId=" + model.definitionId()).body())).isEmpty();
    }

    @Test
    void permissionsGrantedByEarlierVersionsAreRemovedAtStart() {
        Authorization deployments = designerAuthorization(Resources.DEPLOYMENT.resourceType());
        deployments.setPermissions(new Permissions[] {Permissions.READ, Permissions.CREATE, Permissions.DELETE});
        authorizationService.saveAuthorization(deployments);
        Authorization definitions = designerAuthorization(Resources.PROCESS_DEFINITION.resourceType());
        definitions.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(definitions);
        assertThat(designerAuthorization(Resources.DEPLOYMENT.resourceType()).isPermissionGranted(Permissions.DELETE)).isTrue();

        roleAuthorizations.afterPropertiesSet();

        Authorization after = designerAuthorization(Resources.DEPLOYMENT.resourceType());
        assertThat(after.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(after.isPermissionGranted(Permissions.CREATE)).isTrue();
        assertThat(designerAuthorization(Resources.PROCESS_DEFINITION.resourceType()).isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(designerAuthorization(Resources.DECISION_DEFINITION.resourceType()).isPermissionGranted(Permissions.UPDATE)).isFalse();
    }

    @Test
    void deletingOwnDeploymentsGrantedToDeployersByEarlierVersionsIsWithdrawnAtStart() {
        // What the engine's default gave whoever deployed: READ and DELETE on their deployment.
        Authorization owner = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        owner.setUserId("designer");
        owner.setResource(Resources.DEPLOYMENT);
        owner.setResourceId(model.deploymentId());
        owner.setPermissions(new Permissions[] {Permissions.READ, Permissions.DELETE});
        authorizationService.saveAuthorization(owner);
        assertThat(authorizationService.isUserAuthorized("designer", List.of(Roles.PROCESS_DESIGNERS), Permissions.DELETE,
                Resources.DEPLOYMENT, model.deploymentId())).isTrue();

        roleAuthorizations.afterPropertiesSet();

        assertThat(delete("/engine-rest/deployment/" + model.deploymentId() + "?cascade=true", "designer").statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(model.deploymentId()).count()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).count()).isOne();
    }

    @Test
    void administratorsDestructiveOperationsAreAuditedWithIdsButNoValues() throws Exception {
        long before = maxAuditId();
        String definition = "/engine-rest/process-definition/" + model.definitionId();
        assertThat(http.putJson(definition + "/history-time-to-live", "admin", "{\"historyTimeToLive\": 98765}").statusCode()).isEqualTo(204);
        assertThat(http.putJson(definition + "/suspended", "admin", "{\"suspended\": true, \"includeProcessInstances\": true}")
                .statusCode()).isEqualTo(204);
        assertThat(http.putJson(definition + "/suspended", "admin", "{\"suspended\": false, \"includeProcessInstances\": true}")
                .statusCode()).isEqualTo(204);
        assertThat(http.postJson("/engine-rest/process-instance/" + model.instanceId() + "/modification", "admin",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Wait\"}]}").statusCode()).isEqualTo(204);
        assertThat(delete("/engine-rest/process-instance/" + model.instanceId(), "admin").statusCode()).isEqualTo(204);
        Model second = deployWithInstance(http, runtimeService, "admin");
        assertThat(delete("/engine-rest/deployment/" + second.deploymentId() + "?cascade=true", "admin").statusCode()).isEqualTo(204);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(second.instanceId()).count()).isZero();
        assertThat(repositoryService.getProcessDefinition(model.definitionId()).getHistoryTimeToLive()).isEqualTo(98765);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT actor, mission_id, detail FROM casework.audit_event "
                + "WHERE event_type = 'ENGINE_OPERATION' AND id > ? ORDER BY id", before);
        List<String> details = rows.stream().map(r -> (String) r.get("detail")).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo("admin"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("UpdateHistoryTimeToLive ProcessDefinition")
                .contains("processDefinitionId=" + model.definitionId()).contains("properties=historyTimeToLive").doesNotContain("98765"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("SuspendProcessDefinition ProcessDefinition")
                .contains(model.definitionId()));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("ActivateProcessDefinition ProcessDefinition"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("ModifyProcessInstance ProcessInstance")
                .contains("processInstanceId=" + model.instanceId()));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete ProcessInstance")
                .contains("processInstanceId=" + model.instanceId()));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete Deployment")
                .contains("deploymentId=" + second.deploymentId()));
    }

    @Test
    void administratorsBatchAndJobOperationsAreAudited() throws Exception {
        long before = maxAuditId();
        HttpResponse<String> batch = http.postJson("/engine-rest/process-instance/delete", "admin",
                "{\"processInstanceIds\": [\"" + model.instanceId() + "\"], \"deleteReason\": \"test\"}");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        String batchId = JSON.readTree(batch.body()).get("id").asText();
        assertThat(delete("/engine-rest/batch/" + batchId, "admin").statusCode()).isEqualTo(204);
        assertThat(http.putJson("/engine-rest/job-definition/suspended", "admin",
                "{\"processDefinitionKey\": \"" + model.key() + "\", \"suspended\": true}").statusCode()).isEqualTo(204);

        List<String> details = jdbc.queryForList("SELECT detail FROM casework.audit_event WHERE event_type = 'ENGINE_OPERATION' "
                + "AND actor = 'admin' AND id > ? ORDER BY id", String.class, before);
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete ProcessInstance"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete Batch").contains("batchId=" + batchId));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("SuspendJobDefinition JobDefinition"));
    }

    @Test
    void administratorsRightsChangesDefinitionDeletesAndUnlocksAreAudited() throws Exception {
        long before = maxAuditId();
        HttpResponse<String> created = http.postJson("/engine-rest/authorization/create", "admin",
                "{\"type\": 1, \"permissions\": [\"READ\"], \"userId\": \"officer.alpha\", \"resourceType\": 1, "
                        + "\"resourceId\": \"matrix-test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String authorizationId = JSON.readTree(created.body()).get("id").asText();
        assertThat(delete("/engine-rest/authorization/" + authorizationId, "admin").statusCode()).isEqualTo(204);
        assertThat(delete("/engine-rest/process-definition/" + model.definitionId() + "?cascade=true", "admin").statusCode())
                .isEqualTo(200);
        assertThat(http.postJson("/engine-rest/user/officer.beta/unlock", "admin", "{}").statusCode()).isEqualTo(204);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT event_type, actor, detail FROM casework.audit_event "
                + "WHERE id > ? ORDER BY id", before);
        assertThat(rows).extracting(r -> r.get("actor")).containsOnly("admin");
        List<String> details = rows.stream().map(r -> (String) r.get("detail")).toList();
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Create Authorization").contains("userId=officer.alpha")
                .contains("resourceId=matrix-test"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete Authorization"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Delete ProcessDefinition")
                .contains("processDefinitionId=" + model.definitionId()));
        assertThat(details).contains("unlocked user officer.beta");
    }

    private Authorization designerAuthorization(int resourceType) {
        return authorizationService.createAuthorizationQuery().groupIdIn(Roles.PROCESS_DESIGNERS).resourceType(resourceType)
                .resourceId(Authorization.ANY).singleResult();
    }

    @Test
    void anAdministratorsMigrationThroughTheEngineRestIsAuditedPerInstance() throws Exception {
        HttpResponse<String> second = http.deploy("admin", model.key() + ".bpmn", waitingModel(model.key()).replace("name=\"Wait\"",
                "name=\"Wait again\""));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        String target = JSON.readTree(second.body()).get("deployedProcessDefinitions").fieldNames().next();
        long before = maxAuditId();

        HttpResponse<String> migrated = http.postJson("/engine-rest/migration/execute", "admin",
                migration(model.definitionId(), target, model.instanceId()));

        assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(204);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(target);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT event_type, actor, mission_id, detail FROM casework.audit_event "
                + "WHERE id > ? ORDER BY id", before);
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("event_type", "CASE_MIGRATION")
                .containsEntry("actor", "admin").containsEntry("mission_id", "mission-alpha")
                .satisfies(r -> assertThat(r.get("detail").toString()).contains(model.instanceId()).contains(target)));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("event_type", "ENGINE_OPERATION")
                .containsEntry("actor", "admin").satisfies(r -> assertThat(r.get("detail").toString()).startsWith("Migrate")));
    }

    private long maxAuditId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM casework.audit_event", Long.class);
    }

    static String migration(String source, String target, String instanceId) {
        return "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"" + source + "\", \"targetProcessDefinitionId\": \"" + target
                + "\", \"instructions\": [{\"sourceActivityIds\": [\"Task_Wait\"], \"targetActivityIds\": [\"Task_Wait\"]}]}, "
                + "\"processInstanceIds\": [\"" + instanceId + "\"]}";
    }

    private HttpResponse<String> delete(String path, String user) {
        return http.send(http.request(path, user).method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    }
}
