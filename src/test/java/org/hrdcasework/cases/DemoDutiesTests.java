package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.coordination.CoordinationProcesses;
import org.hrdcasework.engagements.EngagementProcesses;
import org.hrdcasework.reporting.ReportProcesses;
import org.hrdcasework.support.SupportApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * On a first start the demo profile gives each standing duty some work about the sample cases,
 * so that the demo users find it in Tasklist: one new task of each kind in mission Alpha, and a
 * liaison officer for the first sample defender.
 */
class DemoDutiesTests extends ProcessTestSupport {

    private static final List<String> WAITING_TASKS = List.of(EngagementProcesses.TASK_REVIEW_PACK, EngagementProcesses.TASK_REVIEW_LIST,
            SupportApplicationProcess.TASK_INFORM_DEFENDER, CoordinationProcesses.TASK_SEEK_CONSENT, ReportProcesses.TASK_REVIEW);

    @Autowired
    DemoCases demoCases;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TaskService taskService;

    @Test
    void eachDutyHasDemoWorkWaitingInMissionAlpha() {
        Map<String, Long> before = openAlphaTasks();
        List<String> cases = demoCases.seed("mission-alpha");

        events.publishEvent(new DemoCasesSeeded("mission-alpha", cases));

        Map<String, Long> after = openAlphaTasks();
        WAITING_TASKS.forEach(key -> assertThat(after.get(key) - before.get(key)).as(key).isEqualTo(1));
        assertThat(jdbc.queryForMap("SELECT r.liaison_officer, r.deputy_officer FROM casework.defender_relationship r "
                + "JOIN casework.case_file c ON c.defender_id = r.defender_id WHERE c.reference = ? AND r.ended_at IS NULL",
                cases.get(0))).containsEntry("liaison_officer", "officer.alpha").containsEntry("deputy_officer", "supervisor.alpha");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.support_application a JOIN casework.case_file c "
                + "ON c.id = a.case_id WHERE c.reference = ?", Long.class, cases.get(0))).isOne();
    }

    private Map<String, Long> openAlphaTasks() {
        Map<String, Long> counts = new LinkedHashMap<>();
        WAITING_TASKS.forEach(key -> counts.put(key,
                taskService.createTaskQuery().tenantIdIn("mission-alpha").taskDefinitionKey(key).count()));
        return counts;
    }
}
