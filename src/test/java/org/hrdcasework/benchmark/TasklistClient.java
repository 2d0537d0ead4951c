package org.hrdcasework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hrdcasework.Http;

/**
 * A person signed in to Tasklist: the webapps' session cookie and CSRF token, and the calls
 * Tasklist itself makes ({@code /camunda/api/engine/engine/default/...}). One per thread.
 */
final class TasklistClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String csrfToken;

    private TasklistClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static TasklistClient signIn(int port, String user) {
        TasklistClient tasklist = new TasklistClient("http://localhost:" + port);
        HttpResponse<String> page = tasklist.send(tasklist.request("/camunda/app/tasklist/default/").GET().build(), 200);
        tasklist.csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        tasklist.send(tasklist.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Http.DEMO_PASSWORD)).build(), 200);
        // A new session gets a new token on its first read, as the browser's next page load does.
        HttpResponse<String> me = tasklist.send(tasklist.request("/camunda/api/admin/auth/user/default").GET().build(), 200);
        me.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> tasklist.csrfToken = token);
        return tasklist;
    }

    JsonNode get(String enginePath) {
        return read(send(request(ENGINE + enginePath).header("Accept", "application/json").GET().build(), 200));
    }

    /** Tasklist's own Accept header for lists: HAL, with the tasks' count and their process definitions embedded. */
    JsonNode post(String enginePath, String json) {
        HttpResponse<String> response = send(request(ENGINE + enginePath).header("Accept", "application/hal+json, application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), -1);
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw new IllegalStateException("POST " + enginePath + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : read(response);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        return csrfToken == null ? builder : builder.header("X-XSRF-TOKEN", csrfToken);
    }

    private HttpResponse<String> send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + response.statusCode()
                        + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
