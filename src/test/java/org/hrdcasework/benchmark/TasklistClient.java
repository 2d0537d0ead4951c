package org.hrdcasework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.hrdcasework.Http;
import org.hrdcasework.system.security.WebappSession;

/**
 * A person signed in to Tasklist, making the calls Tasklist itself makes
 * ({@code /camunda/api/engine/engine/default/...}) in the webapps' session. One per thread.
 */
final class TasklistClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    private final WebappSession session;

    private TasklistClient(WebappSession session) {
        this.session = session;
    }

    static TasklistClient signIn(int port, String user) {
        return new TasklistClient(WebappSession.login(new Http(port), user, "tasklist").forWrites());
    }

    JsonNode get(String enginePath) {
        return read("GET " + enginePath, session.send("GET", ENGINE + enginePath, null));
    }

    /** Tasklist's own Accept header for lists: HAL, with the tasks' count and their process definitions embedded. */
    JsonNode post(String enginePath, String json) {
        return read("POST " + enginePath, session.send("POST", ENGINE + enginePath, json, "application/hal+json, application/json"));
    }

    private static JsonNode read(String call, HttpResponse<String> response) {
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw new IllegalStateException(call + ": " + response.statusCode() + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
