package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Completes tasks through the door Tasklist uses: {@code POST /engine-rest/task/{id}/submit-form}
 * over HTTP, signed in as the demo user, the answers encoded as Tasklist's Camunda Forms client
 * encodes them ({@code {"value": v}} for scalars, Json strings for lists and maps). The engine's
 * authorization and tenant checks, the task input guard and every listener run as they do for a
 * person; a refused answer comes back as the {@link InvalidInputException} the 400 names, any
 * other refusal as a {@link ProcessEngineException} carrying the status and body.
 */
@Component
public class TaskDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final Environment environment;
    private final String taskPath;
    private Http http;

    TaskDriver(ProcessEngine processEngine, Environment environment) {
        this.taskService = processEngine.getTaskService();
        this.environment = environment;
        // An application of its own (a uniquely named engine) is reached by the engine's name, as REST clients do.
        this.taskPath = ProcessEngines.NAME_DEFAULT.equals(processEngine.getName()) ? "/engine-rest/task/"
                : "/engine-rest/engine/" + processEngine.getName() + "/task/";
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

    /** Submits the task's form as {@code user} (demo password); throws what the answer says went wrong. */
    public void complete(Task task, String user, Map<String, Object> variables) {
        complete(task, user, Http.DEMO_PASSWORD, variables);
    }

    /** Submits the task's form as {@code user} signed in with {@code password}. */
    public void complete(Task task, String user, String password, Map<String, Object> variables) {
        HttpResponse<String> response = submitForm(task.getId(), user, password, variables);
        if (response.statusCode() == 204) {
            return;
        }
        JsonNode body = read(response.body());
        if (response.statusCode() == 400 && body.hasNonNull("field")) {
            String message = body.path("message").asText();
            String field = body.get("field").asText();
            String rule = message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
            // The rule as the listener raised it, inside the refusal (the engine wraps it the same way in process).
            InvalidInputException refused = new InvalidInputException(field, rule);
            refused.initCause(new InvalidInputException(field, rule));
            throw refused;
        }
        throw new ProcessEngineException("%s as %s answered %d: %s".formatted(task.getTaskDefinitionKey(), user,
                response.statusCode(), response.body()));
    }

    /** The raw answer to a form submission exactly as Tasklist posts it. */
    public HttpResponse<String> submitForm(String taskId, String user, Map<String, Object> variables) {
        return submitForm(taskId, user, Http.DEMO_PASSWORD, variables);
    }

    private HttpResponse<String> submitForm(String taskId, String user, String password, Map<String, Object> variables) {
        ObjectNode fields = JSON.createObjectNode();
        variables.forEach((name, value) -> {
            ObjectNode variable = fields.putObject(name);
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                variable.put("type", "Json");
                variable.put("value", write(value));
            } else {
                variable.putPOJO("value", value);
            }
        });
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", fields);
        return http().postJson(taskPath + taskId + "/submit-form", user, password, write(body));
    }

    private Http http() {
        if (http == null) {
            http = new Http(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
        }
        return http;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
