package org.hrdcasework.system.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * The role filters: made by the start-up component in every profile, once each, brought back to
 * their definition in place, and, listed through Tasklist's own calls, each shows an officer only
 * their mission's tasks, in the order its name says, whatever sorting Tasklist sends along.
 */
class TasklistFiltersTests extends ProcessTestSupport {

    private static final List<String> ROLE_FILTERS = List.of(TasklistFilters.OPEN_TASKS, TasklistFilters.DUE_FIRST,
            TasklistFilters.ASSIGNED_TO_ME, TasklistFilters.ESCALATED);
    private static final String ALPHA = "mission-alpha";
    /** The engine REST API's date format. */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    TasklistFilters tasklistFilters;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;

    @Test
    void theStartUpComponentMakesTheRoleFiltersInEveryProfile() {
        assertThat(AnnotationUtils.findAnnotation(TasklistFilters.class, Profile.class)).as("not tied to a profile").isNull();
        ROLE_FILTERS.forEach(name -> roleFilters(name).forEach(filter -> filterService.deleteFilter(filter.getId())));

        tasklistFilters.afterPropertiesSet();

        for (String name : ROLE_FILTERS) {
            assertThat(roleFilters(name)).as(name).hasSize(1);
        }
        assertThat(sorting(TasklistFilters.OPEN_TASKS)).containsExactly("dueDate asc", "created asc");
        assertThat(sorting(TasklistFilters.DUE_FIRST)).containsExactly("dueDate asc", "created asc");
        assertThat(sorting(TasklistFilters.ASSIGNED_TO_ME)).containsExactly("dueDate asc", "created asc");
        assertThat(sorting(TasklistFilters.ESCALATED)).containsExactly("created asc");
        Filter assigned = roleFilters(TasklistFilters.ASSIGNED_TO_ME).get(0);
        assertThat(((FilterEntity) assigned).getQueryInternal()).contains("${currentUser()}");
        assertThat(((FilterEntity) roleFilters(TasklistFilters.ESCALATED).get(0)).getQueryInternal())
                .contains("\"processDefinitionKey\":\"" + EscalationProcesses.WATCH + "\"");
    }

    @Test
    void startingAgainKeepsOneOfEachUntouched() {
        tasklistFilters.afterPropertiesSet();
        Map<String, Integer> before = revisions();

        tasklistFilters.afterPropertiesSet();
        tasklistFilters.afterPropertiesSet();

        assertThat(revisions()).as("same ids, no write").isEqualTo(before).hasSize(ROLE_FILTERS.size());
    }

    @Test
    void aChangedFilterIsBroughtBackInPlaceAndACopyRemoved() {
        tasklistFilters.afterPropertiesSet();
        Filter due = roleFilters(TasklistFilters.DUE_FIRST).get(0);
        due.setQuery(taskService.createTaskQuery().orderByTaskCreateTime().desc());
        due.setProperties(Map.of("description", "changed in Admin", "priority", 99));
        filterService.saveFilter(due);
        Filter copy = filterService.saveFilter(filterService.newTaskFilter(TasklistFilters.ESCALATED)
                .setQuery(taskService.createTaskQuery()));
        Filter someonesOwn = filterService.saveFilter(filterService.newTaskFilter(TasklistFilters.ESCALATED).setOwner("admin")
                .setQuery(taskService.createTaskQuery()));
        try {
            tasklistFilters.afterPropertiesSet();

            List<Filter> dueNow = roleFilters(TasklistFilters.DUE_FIRST);
            assertThat(dueNow).extracting(Filter::getId).containsExactly(due.getId());
            assertThat(sorting(TasklistFilters.DUE_FIRST)).containsExactly("dueDate asc", "created asc");
            assertThat(((FilterEntity) dueNow.get(0)).getQueryInternal()).contains("dueAfter");
            assertThat(dueNow.get(0).getProperties()).containsEntry("priority", -5)
                    .containsKeys("description", "variables").doesNotContainValue("changed in Admin");
            assertThat(roleFilters(TasklistFilters.ESCALATED)).as("one role filter Escalated").hasSize(1);
            assertThat(filterService.getFilter(copy.getId())).as("the ownerless copy").isNull();
            assertThat(filterService.getFilter(someonesOwn.getId())).as("a person's own filter of that name").isNotNull();
        } finally {
            filterService.deleteFilter(someonesOwn.getId());
        }
    }

    @Test
    void eachFilterListsOnlyTheOfficersMissionInTheOrderItsNameSays() {
        // Created first but due sooner (tier 1: 2 hours), then a tier-2 case due in 24 hours: Tasklist's
        // own "newest first" would put the second one first.
        String soonerDue = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        String laterDue = driver.fileReport(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
        String beta = driver.fileReportFor("mission-beta").getBusinessKey();
        Task mine = driver.task(laterDue, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        taskService.claim(mine.getId(), "officer.alpha");
        escalate(soonerDue);
        escalate(beta);
        TasklistSession officer = TasklistSession.signIn(http, "officer.alpha");

        Map<String, TaskQuery> expected = Map.of(
                TasklistFilters.OPEN_TASKS, alphaTasks(),
                TasklistFilters.DUE_FIRST, alphaTasks().dueAfter(new Date(0)),
                TasklistFilters.ASSIGNED_TO_ME, alphaTasks().taskAssignee("officer.alpha"),
                TasklistFilters.ESCALATED, alphaTasks().processDefinitionKey(EscalationProcesses.WATCH));
        for (String name : ROLE_FILTERS) {
            String id = officer.filterId(name);
            long count = expected.get(name).count();
            assertThat(count).as(name).isPositive();
            JsonNode list = officer.list(id, (int) count + 10);
            List<JsonNode> tasks = new ArrayList<>();
            list.at("/_embedded/task").forEach(tasks::add);
            assertThat(officer.count(id)).as(name + " count").isEqualTo(count);
            assertThat(list.path("count").asLong()).as(name + " list count").isEqualTo(count);
            assertThat(tasks).as(name).hasSize((int) count)
                    .allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo(ALPHA));
            assertThat(tasks).extracting(task -> task.path("id").asText()).as(name)
                    .containsExactlyInAnyOrderElementsOf(expected.get(name).list().stream().map(Task::getId).toList());
            Comparator<JsonNode> order = TasklistFilters.ESCALATED.equals(name) ? byCreation()
                    : Comparator.comparing((JsonNode task) -> instant(task, "due"), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(byCreation());
            assertThat(tasks).as(name + " in its stored order").isSortedAccordingTo(order);
        }

        List<String> open = ids(officer.list(officer.filterId(TasklistFilters.OPEN_TASKS), 1000));
        String soonerTask = driver.task(soonerDue, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        assertThat(open.indexOf(soonerTask)).as("due sooner, created earlier: listed first").isLessThan(open.indexOf(mine.getId()));
        assertThat(open).doesNotContain(driver.task(beta, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId());
        assertThat(ids(officer.list(officer.filterId(TasklistFilters.ASSIGNED_TO_ME), 1000))).contains(mine.getId())
                .doesNotContain(soonerTask);
        List<String> escalations = ids(officer.list(officer.filterId(TasklistFilters.ESCALATED), 1000));
        assertThat(escalations).contains(handleTask(soonerDue).getId()).doesNotContain(handleTask(beta).getId());
        assertThat(ids(officer.list(officer.filterId(TasklistFilters.DUE_FIRST), 1000)))
                .as("escalations have no due date").doesNotContain(handleTask(soonerDue).getId()).contains(soonerTask);
    }

    @Test
    void anOfficerOfAnotherMissionSeesNoneOfAlphasTasksThroughTheSameFilters() {
        String alpha = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        String alphaTask = driver.task(alpha, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId();
        TasklistSession officer = TasklistSession.signIn(http, "officer.beta");

        for (String name : ROLE_FILTERS) {
            JsonNode list = officer.list(officer.filterId(name), 1000);
            assertThat(ids(list)).as(name).doesNotContain(alphaTask);
            list.at("/_embedded/task").forEach(task -> assertThat(task.path("tenantId").asText()).as(name).isEqualTo("mission-beta"));
        }
    }

    private void escalate(String reference) {
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId())
                .singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult().getId());
    }

    private Task handleTask(String reference) {
        return driver.task(reference, EscalationProcesses.TASK_HANDLE_ESCALATION);
    }

    private TaskQuery alphaTasks() {
        return taskService.createTaskQuery().tenantIdIn(ALPHA).active();
    }

    private List<Filter> roleFilters(String name) {
        return filterService.createTaskFilterQuery().filterName(name).list().stream().filter(f -> f.getOwner() == null).toList();
    }

    private Map<String, Integer> revisions() {
        Map<String, Integer> revisions = new HashMap<>();
        for (String name : ROLE_FILTERS) {
            roleFilters(name).forEach(filter -> revisions.put(filter.getId(), ((FilterEntity) filter).getRevision()));
        }
        return revisions;
    }

    /** The filter's stored sorting as Tasklist reads it from the REST API. */
    private List<String> sorting(String name) {
        JsonNode filter = TasklistSession.read(http.get("/engine-rest/filter/" + roleFilters(name).get(0).getId(), "admin"));
        List<String> sorting = new ArrayList<>();
        filter.at("/query/sorting").forEach(s -> sorting.add(s.path("sortBy").asText() + " " + s.path("sortOrder").asText()));
        return sorting;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.at("/_embedded/task").forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private static Comparator<JsonNode> byCreation() {
        return Comparator.comparing(task -> instant(task, "created"));
    }

    private static Instant instant(JsonNode task, String field) {
        JsonNode value = task.path(field);
        return value.isNull() || value.isMissingNode() ? null
                : OffsetDateTime.parse(value.asText(), REST_DATE).toInstant();
    }
}
