package org.hrdcasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Completes mission-report tasks as the demo users would in Tasklist, with the engine's checks on. */
@Component
class ReportTasks {

    private final TaskService taskService;
    private final IdentityService identityService;

    ReportTasks(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    Task task(String reference, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open %s of %s", taskKey, reference).hasSize(1);
        return tasks.get(0);
    }

    void complete(String reference, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(reference, taskKey);
        identityService.setAuthentication(user, List.of(groupOf(user)), missionsOf(user));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    static String groupOf(String user) {
        return switch (user) {
            case "supervisor.alpha" -> "supervisors";
            case "ambassador.alpha" -> "senior-officials";
            case "hq.desk" -> "headquarters";
            default -> "case-officers";
        };
    }

    static List<String> missionsOf(String user) {
        return switch (user) {
            case "hq.desk" -> List.of("mission-alpha", "mission-beta");
            case "officer.beta" -> List.of("mission-beta");
            default -> List.of("mission-alpha");
        };
    }
}
