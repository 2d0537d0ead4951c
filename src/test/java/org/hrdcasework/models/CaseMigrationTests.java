package org.hrdcasework.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * v2 of CaseOfConcern (a new step, a changed review deadline) is deployed and an administrator
 * moves the running cases onto it through {@code /api/migrations}, audited per instance; every
 * case continues on v2. Designers and staff may not move cases. Runs in an
 * application of its own, so that v2 never becomes the latest version of the shared test database.
 */
@Tag("own-application")
class CaseMigrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;

    @Test
    void runningCasesMoveToTheNewVersionWithTheirDataAndEscalationsAndContinue() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo")
                .run("--hrd.data-directory=" + dataDirectory, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--hrd.demo.sample-cases=false")) {
            CaseDriver driver = app.getBean(CaseDriver.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);
            ManagementService management = app.getBean(ManagementService.class);
            Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());

            String atAssessment = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
            String atConsent = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
            driver.complete(atConsent, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                    CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
            String consentTaskId = driver.task(atConsent, CaseOfConcernProcess.TASK_RECORD_CONSENT).getId();
            String monitoring = driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT"), "CUSTODY_VISIT").getBusinessKey();
            driver.completeCustodyVisit(monitoring);
            driver.complete(monitoring, CaseOfConcernProcess.TASK_REVIEW_CASE, "officer.alpha", Map.of("reviewDecision", "CONTINUE_MONITORING"));

            deployVersionTwo(app.getBean(RepositoryService.class));

            JsonNode versions = JSON.readTree(http.get("/api/migrations/CaseOfConcern", "admin").body());
            assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
            assertThat(versions.get(0).get("runningInstances").asLong()).isEqualTo(3);
            assertThat(http.get("/api/migrations/CaseOfConcern", "officer.alpha").statusCode()).isEqualTo(403);
            assertThat(http.get("/api/migrations/CaseOfConcern", "designer").statusCode()).isEqualTo(403);
            HttpResponse<String> byDesigner = http.postJson("/api/migrations/CaseOfConcern", "designer",
                    "{\"fromVersion\": 1, \"updateEventTriggers\": true, \"execute\": true}");
            assertThat(byDesigner.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(byDesigner.body()).get("errors").get(0).get("field").asText()).isEqualTo("processKey");
            assertThat(management.createBatchQuery().count()).as("nothing started").isZero();

            HttpResponse<String> invalid = http.postJson("/api/migrations/CaseOfConcern", "admin",
                    "{\"fromVersion\": 1, \"mappings\": [{\"from\": \"Task_AssessRisk\", \"to\": \"Task_NoSuchTask\"}]}");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(invalid.body()).get("problems")).as(invalid.body()).isNotEmpty();
            assertThat(versionOf(runtime, atAssessment)).as("nothing half-applied").isEqualTo(1);

            HttpResponse<String> check = http.postJson("/api/migrations/CaseOfConcern", "admin",
                    "{\"fromVersion\": 1, \"updateEventTriggers\": true}");
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
            assertThat(JSON.readTree(check.body()).get("instances").asLong()).isEqualTo(3);
            assertThat(versionOf(runtime, atAssessment)).as("a check changes nothing").isEqualTo(1);

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'CASE_MIGRATION'", Long.class))
                    .as("checks are not audited as migrations").isZero();
            HttpResponse<String> run = http.postJson("/api/migrations/CaseOfConcern", "admin",
                    "{\"fromVersion\": 1, \"updateEventTriggers\": true, \"execute\": true}");
            assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
            runBatch(management, JSON.readTree(run.body()).get("batchId").asText());
            Instant migratedAt = Instant.now();

            for (String reference : List.of(atAssessment, atConsent, monitoring)) {
                assertThat(versionOf(runtime, reference)).as(reference).isEqualTo(2);
                // Per instance: who asked for the move, and the move itself when the batch ran it.
                List<Map<String, Object>> audit = jdbc.queryForList("SELECT actor, mission_id, detail FROM casework.audit_event "
                        + "WHERE event_type = 'CASE_MIGRATION' AND case_reference = ? ORDER BY id", reference);
                assertThat(audit).as(reference).hasSize(2);
                assertThat(audit.get(0)).containsEntry("actor", "admin").containsEntry("mission_id", "mission-alpha");
                assertThat((String) audit.get(0).get("detail")).startsWith("migration of process instance " + instanceOf(runtime, reference))
                        .contains("requested");
                assertThat((String) audit.get(1).get("detail")).isEqualTo("process instance " + instanceOf(runtime, reference)
                        + " migrated to " + runtime.createProcessInstanceQuery().processInstanceId(instanceOf(runtime, reference))
                        .singleResult().getProcessDefinitionId());
            }
            // The review timer follows v2's deadline (updateEventTriggers), counted from the migration.
            Job reviewTimer = management.createJobQuery().processInstanceId(instanceOf(runtime, monitoring)).timers().singleResult();
            assertThat(Duration.between(migratedAt, reviewTimer.getDuedate().toInstant()).toHours()).isBetween(71L, 72L);

            // The open task is the same task: its escalation watch still waits, and ends when it completes.
            assertThat(driver.task(atConsent, CaseOfConcernProcess.TASK_RECORD_CONSENT).getId()).isEqualTo(consentTaskId);
            assertThat(watchCount(runtime, consentTaskId)).isOne();
            driver.complete(atConsent, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "DEMARCHE"));
            assertThat(watchCount(runtime, consentTaskId)).isZero();
            driver.complete(atConsent, "Task_ConfirmSafetyPlan", "officer.alpha", Map.of());
            assertThat(driver.openTasks(atConsent, CaseOfConcernProcess.TASK_PLAN_ACTIONS)).isOne();
            driver.complete(atConsent, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("DIGITAL_SECURITY")));
            driver.completeSimpleAction(atConsent, ActionProcesses.TASK_REFER_DIGITAL_SECURITY,
                    Map.of("digitalSecurityProvider", "ACCESS_NOW_HELPLINE", "referredOn", "2026-11-27"));
            closeAtReview(driver, atConsent);

            // The monitored case wakes up at its new review date and closes on v2.
            management.executeJob(reviewTimer.getId());
            closeAtReview(driver, monitoring);

            // Every migrated case goes all the way to closure on v2, its earlier records intact.
            driver.complete(atAssessment, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                    CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY"));
            driver.complete(atAssessment, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "COORDINATION"));
            driver.complete(atAssessment, "Task_ConfirmSafetyPlan", "officer.alpha", Map.of());
            driver.complete(atAssessment, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("COORDINATION")));
            driver.completeSimpleAction(atAssessment, ActionProcesses.TASK_COORDINATE,
                    Map.of("sensitive_partnerMissions", "EU delegation", "coordinationForm", "JOINT_DEMARCHE"));
            closeAtReview(driver, atAssessment);
            assertThat(driver.recordNotes(atAssessment, CaseOfConcernProcess.TASK_VERIFY_REPORT)).isNotNull();
        }
    }

    private static void closeAtReview(CaseDriver driver, String reference) {
        driver.complete(reference, CaseOfConcernProcess.TASK_REVIEW_CASE, "officer.alpha",
                Map.of("reviewDecision", "CLOSE_CASE", "closureOutcome", "RISK_REDUCED"));
        assertThat(driver.caseRow(reference)).as(reference).containsEntry("stage", "CLOSED");
    }

    /** v2: a safety-plan confirmation between consent and planning, and a fixed three-day review interval. */
    private static void deployVersionTwo(RepositoryService repository) throws Exception {
        String v1 = Files.readString(Path.of("processes/CaseOfConcern.bpmn"));
        String v2 = v1.replace(
                "<bpmn:sequenceFlow id=\"SequenceFlow_ToPlanActions\" sourceRef=\"Task_RecordConsent\" targetRef=\"Task_PlanActions\" />",
                "<bpmn:sequenceFlow id=\"SequenceFlow_ToPlanActions\" sourceRef=\"Task_RecordConsent\" targetRef=\"Task_ConfirmSafetyPlan\" />"
                        + "<bpmn:userTask id=\"Task_ConfirmSafetyPlan\" name=\"Confirm the safety plan\" camunda:candidateGroups=\"case-officers\" "
                        + "camunda:formRef=\"ConfirmSafetyPlan\" camunda:formRefBinding=\"deployment\" />"
                        + "<bpmn:sequenceFlow id=\"SequenceFlow_SafetyPlanConfirmed\" sourceRef=\"Task_ConfirmSafetyPlan\" targetRef=\"Task_PlanActions\" />")
                .replace(">${reviewInterval}<", ">P3D<");
        assertThat(v2).contains("Task_ConfirmSafetyPlan").contains(">P3D<");
        DeploymentBuilder deployment = repository.createDeployment().name("CaseOfConcern v2")
                .addString("CaseOfConcern.bpmn", v2)
                .addString("ConfirmSafetyPlan.form", "{\"schemaVersion\": 16, \"type\": \"default\", \"id\": \"ConfirmSafetyPlan\", "
                        + "\"components\": [{\"type\": \"text\", \"id\": \"Text_Intro\", \"text\": \"Confirm the safety plan.\"}]}");
        // Called processes, decisions and forms bind by deployment: the set is deployed together, as Modeler users do.
        try (Stream<Path> forms = Files.list(Path.of("forms")); Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path file : Stream.concat(forms, models).toList()) {
                if (!file.getFileName().toString().equals("CaseOfConcern.bpmn")) {
                    deployment.addString(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        deployment.deploy();
    }

    private static void runBatch(ManagementService management, String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                management.executeJob(job.getId());
            }
        }
    }

    private static String instanceOf(RuntimeService runtime, String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).active().singleResult().getId();
    }

    private static int versionOf(RuntimeService runtime, String reference) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).active().singleResult().getProcessDefinitionId();
        return Integer.parseInt(definitionId.split(":")[1]);
    }

    private static long watchCount(RuntimeService runtime, String taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, taskId).count();
    }
}
