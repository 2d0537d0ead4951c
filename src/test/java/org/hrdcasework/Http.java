package org.hrdcasework;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for tests: exact control over credentials, headers and bodies. */
public final class Http {

    public static final String DEMO_PASSWORD = "demo";

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    public Http(int port) {
        this("http://localhost:" + port);
    }

    /** The application at another address of the same server (e.g. {@code http://127.0.0.1:port}). */
    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** A GET as a user whose password is not the demo one. */
    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, null).header("Authorization", basic(user, password)).GET().build());
    }

    public HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A JSON POST as a user whose password is not the demo one. */
    public HttpResponse<String> postJson(String path, String user, String password, String json) {
        return send(request(path, null).header("Authorization", basic(user, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> putJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, user).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** A deployment posted exactly as Camunda Modeler posts it: deployment-name, deployment-source, the file. */
    public HttpResponse<String> deploy(String user, String fileName, String content) {
        return deploy(user, java.util.Map.of(fileName, content));
    }

    /** Several files in one deployment, as Modeler sends a model with its forms. */
    public HttpResponse<String> deploy(String user, java.util.Map<String, String> files) {
        String boundary = "----modeler" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder(part(boundary, "deployment-name", null, "probe")
                + part(boundary, "deployment-source", null, "Camunda Modeler"));
        files.forEach((name, content) -> body.append(part(boundary, name, name, content)));
        body.append("--").append(boundary).append("--\r\n");
        return post("/engine-rest/deployment/create", user, "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n" + content + "\r\n";
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", basic(user, DEMO_PASSWORD));
        }
        return builder;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
