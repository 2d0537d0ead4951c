package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.hrdcasework.Http;

/** A logged-in session of the Camunda webapps, as the browser holds it (session and CSRF cookies). */
public record WebappSession(Http http, String cookies, String csrfToken) {

    public static WebappSession login(Http http, String user, String app) {
        Attempt attempt = attemptLogin(http, user, Http.DEMO_PASSWORD, app);
        assertThat(attempt.response().statusCode()).as("login of " + user).isEqualTo(200);
        String sessionCookies = cookies(attempt.response().headers().allValues("Set-Cookie"));
        return new WebappSession(http, sessionCookies.isEmpty() ? attempt.cookies() : sessionCookies + "; " + attempt.cookies(),
                attempt.csrfToken());
    }

    /** The login page's POST, with the CSRF cookie and token a browser would send. */
    static Attempt attemptLogin(Http http, String user, String password, String app) {
        // The first GET hands out the CSRF cookie and token the login POST must carry.
        HttpResponse<String> welcome = http.get("/camunda/app/" + app + "/default/", null);
        String csrf = welcome.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String cookies = cookies(welcome.headers().allValues("Set-Cookie"));
        HttpResponse<String> login = http.send(http.request("/camunda/api/admin/auth/user/default/login/" + app, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build());
        return new Attempt(login, cookies, csrf);
    }

    record Attempt(HttpResponse<String> response, String cookies, String csrfToken) {
    }

    HttpResponse<String> get(String path) {
        return http.send(http.request(path, null).header("Cookie", cookies).header("X-XSRF-TOKEN", csrfToken).GET().build());
    }

    /**
     * The session with the CSRF token of its logged-in session: logging in starts a new session,
     * which the webapps give a new token on its first read, as the browser's next page load does.
     */
    public WebappSession forWrites() {
        HttpResponse<String> read = get("/camunda/api/admin/auth/user/default");
        return read.headers().firstValue("X-XSRF-TOKEN").map(token -> new WebappSession(http, cookies, token)).orElse(this);
    }

    /** A JSON request of the webapps' own API, with the session cookie and the CSRF token as the webapps send them. */
    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, null);
    }

    /** As {@link #send(String, String, String)}, with an Accept header when given (Tasklist asks for HAL lists). */
    public HttpResponse<String> send(String method, String path, String json, String accept) {
        HttpRequest.Builder builder = http.request(path, null).header("Cookie", cookies).header("X-XSRF-TOKEN", csrfToken);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(builder.build());
    }

    private static String cookies(List<String> setCookies) {
        return setCookies.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
    }
}
