package org.hrdcasework.system.tasklist;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.identity.RoleAuthorizations;
import org.hrdcasework.system.engine.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The role filters of Tasklist, made at every start in every profile and brought back to their
 * definition here when changed (in place: a filter's id, and so people's bookmarks, survive). They
 * belong to no one (no owner) and no mission: the staff groups read every filter
 * ({@link RoleAuthorizations}), and what each person lists through one is what the engine shows them,
 * their own missions' tasks.
 *
 * <p>Tasklist always sends a sorting of its own with each list (what the person picked, or
 * "created, newest first" when nothing is picked), and the engine appends it <em>after</em> the
 * filter's stored sorting (AbstractQuery.mergeOrdering): so the stored sorting below is the order
 * the list has when a filter is opened, and Tasklist's choice only breaks its ties. Each filter's
 * name and description therefore say its stored order.
 */
@Component
public class TasklistFilters implements InitializingBean {

    public static final String OPEN_TASKS = "My mission's open tasks";
    public static final String DUE_FIRST = "Due first";
    public static final String ASSIGNED_TO_ME = "Assigned to me";
    public static final String ESCALATED = "Escalated";

    /**
     * What each task's card shows (Tasklist lists the filter's {@code variables} found on the task,
     * its execution or its process instance): which case or duty it is for, by reference and by the
     * defender's code name ({@link TaskCardListener}), and the urgency tier. Only these are listed,
     * whatever else an instance holds.
     */
    static final List<Map<String, Object>> CARD_VARIABLES = List.of(
            variable(ProcessVariables.CASE_REFERENCE, "Case"),
            variable(ProcessVariables.DEFENDER_CODE_NAME, "Code name"),
            variable(ProcessVariables.URGENCY_TIER, "Urgency tier"),
            variable(ProcessVariables.DUTY_REFERENCE, "Duty"));

    /** "Has a due date": the engine's query has no such criterion; every due date is after the epoch. */
    private static final Date ANY_DUE_DATE = new Date(0);

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;

    // RoleAuthorizations is injected so that the staff groups' READ on filters exists first.
    TasklistFilters(FilterService filterService, TaskService taskService, RoleAuthorizations roleAuthorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** A role filter as it must be: name, place in Tasklist's list (lower first), what it says, its query and order. */
    record Definition(String name, int priority, String description, Function<TaskQuery, TaskQuery> query) {
    }

    static List<Definition> definitions() {
        return List.of(
                new Definition(OPEN_TASKS, -10,
                        "All open tasks of my mission(s), oldest due date first (undated last), then oldest created",
                        q -> q.orderByDueDate().asc().orderByTaskCreateTime().asc()),
                new Definition(DUE_FIRST, -5,
                        "Open tasks of my mission(s) that have a due date, soonest (or most overdue) first",
                        q -> q.dueAfter(ANY_DUE_DATE).orderByDueDate().asc().orderByTaskCreateTime().asc()),
                new Definition(ASSIGNED_TO_ME, 0,
                        "Tasks assigned to me, oldest due date first (undated last), then oldest created",
                        q -> q.taskAssigneeExpression("${currentUser()}").orderByDueDate().asc().orderByTaskCreateTime().asc()),
                // By process definition: the engine finds an instance's tasks by its definition through an index
                // (ACT_IDX_TASK_PROCDEF); a task-key pattern ('%Escalation%') reads every open task.
                new Definition(ESCALATED, 5,
                        "Escalations of stalled work in my mission(s) (\"Handle escalation\"), oldest first",
                        q -> q.processDefinitionKey(EscalationProcesses.WATCH).orderByTaskCreateTime().asc()));
    }

    @Override
    public void afterPropertiesSet() {
        definitions().forEach(this::ensure);
    }

    /** Creates the filter, or brings the one of that name (owned by no one) back to its definition. */
    void ensure(Definition definition) {
        Filter wanted = filterService.newTaskFilter(definition.name())
                .setQuery(definition.query().apply(taskService.createTaskQuery()))
                .setProperties(properties(definition));
        List<Filter> existing = filterService.createTaskFilterQuery().filterName(definition.name()).list().stream()
                .filter(filter -> filter.getOwner() == null).toList();
        if (existing.isEmpty()) {
            filterService.saveFilter(wanted);
            log.info("Tasklist filter '{}' created", definition.name());
            return;
        }
        // The demo profile's filters of earlier versions are updated like any other. A copy would show twice in
        // everyone's Tasklist: one stays, one that is as defined if there is one.
        Filter kept = existing.stream().filter(filter -> asDefined(filter, wanted)).findFirst().orElse(existing.get(0));
        existing.stream().filter(filter -> filter != kept).forEach(copy -> filterService.deleteFilter(copy.getId()));
        if (!asDefined(kept, wanted)) {
            kept.setQuery(wanted.getQuery());
            kept.setProperties(wanted.getProperties());
            filterService.saveFilter(kept);
            log.info("Tasklist filter '{}' brought back to its definition", definition.name());
        }
    }

    private static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("refresh", true);
        properties.put("variables", CARD_VARIABLES);
        properties.put("showUndefinedVariable", false);
        return properties;
    }

    private static Map<String, Object> variable(String name, String label) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("label", label);
        return variable;
    }

    /** Compared as the engine stores both: the query through its JSON converter, the properties as JSON. */
    private static boolean asDefined(Filter stored, Filter wanted) {
        FilterEntity storedEntity = (FilterEntity) stored;
        FilterEntity wantedEntity = (FilterEntity) wanted;
        return storedEntity.getQueryInternal().equals(wantedEntity.getQueryInternal())
                && JsonUtil.asMap(JsonUtil.asObject(storedEntity.getPropertiesInternal()))
                        .equals(JsonUtil.asMap(JsonUtil.asObject(wantedEntity.getPropertiesInternal())));
    }
}
