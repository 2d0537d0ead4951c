package org.hrdcasework.system.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hrdcasework.Http;
import org.hrdcasework.system.security.WebappSession;

/** A person signed in to Tasklist, listing through its filters with the calls and bodies Tasklist itself sends. */
record TasklistSession(WebappSession session) {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ENGINE = "/camunda/api/engine/engine/default";
    /** Tasklist's list body when nothing is picked: its own default sorting, newest first. */
    static final String TASKLIST_LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

    static TasklistSession signIn(Http http, String user) {
        return new TasklistSession(WebappSession.login(http, user, "tasklist").forWrites());
    }

    /** Tasklist's sidebar: the filters this person reads, with their stored query and properties. */
    JsonNode filters() {
        return read(session.send("GET", ENGINE + "/filter?resourceType=Task&itemCount=true", null));
    }

    String filterId(String name) {
        List<String> ids = new ArrayList<>();
        filters().forEach(filter -> {
            if (name.equals(filter.path("name").asText())) {
                ids.add(filter.path("id").asText());
            }
        });
        assertThat(ids).as("filters named %s", name).hasSize(1);
        return ids.get(0);
    }

    /** One page of a filter's list as Tasklist asks for it (HAL: tasks, their variables, the count). */
    JsonNode list(String filterId, int maxResults) {
        return read(rawList(filterId, maxResults));
    }

    HttpResponse<String> rawList(String filterId, int maxResults) {
        return session.send("POST", ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + maxResults,
                TASKLIST_LIST_BODY, "application/hal+json, application/json");
    }

    long count(String filterId) {
        return read(session.send("GET", ENGINE + "/filter/" + filterId + "/count", null)).path("count").asLong();
    }

    static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
