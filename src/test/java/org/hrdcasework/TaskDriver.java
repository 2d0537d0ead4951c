package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes tasks as a demo user would, with the engine's authorization and tenant checks on: the
 * user's groups and missions are the ones the engine's identity tables give them (the demo users of
 * identity/DemoData), so a test cannot complete a task as a role or mission its user does not have.
 */
@Component
public class TaskDriver {

    private final TaskService taskService;
    private final IdentityService identityService;

    TaskDriver(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The one open task of that key among all processes with that business key. */
    public Task task(String businessKey, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open %s of %s", taskKey, businessKey).hasSize(1);
        return tasks.get(0);
    }

    public void complete(String businessKey, String taskKey, String user, Map<String, Object> variables) {
        complete(task(businessKey, taskKey), user, variables);
    }

    public void complete(Task task, String user, Map<String, Object> variables) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> missions = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        assertThat(groups).as("groups of " + user).isNotEmpty();
        identityService.setAuthentication(user, groups, missions);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
