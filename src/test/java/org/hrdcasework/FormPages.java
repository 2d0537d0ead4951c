package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Our form pages as a browser uses them: open the page, post its fields with the page's CSRF token. */
public final class FormPages {

    private FormPages() {
    }

    /** Opens the page (200 expected) and posts the fields with its hidden CSRF token; {@code fields} are name, value pairs. */
    public static HttpResponse<String> submit(SessionClient session, String path, String... fields) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        List<String> withToken = new ArrayList<>(List.of(fields));
        withToken.add("_csrf");
        withToken.add(SessionClient.hiddenCsrf(page.body()));
        return session.postForm(path, encode(withToken.toArray(String[]::new)));
    }

    /** {@code a=1&b=2}, each name and value URL-encoded. */
    public static String encode(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** A redirect (POST-redirect-GET) to the path; answers the path. */
    public static String redirectedTo(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** The form again, 400, with the summary and the message by the field (its id), naming it in words. */
    public static void assertFieldError(HttpResponse<String> response, String fieldId, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("govuk-error-summary").contains("href=\"#" + fieldId + "\"")
                .contains("id=\"" + fieldId + "-error\"").contains(words);
    }

    /** The error page with its status (403 or 404), never a JSON problem. */
    public static void assertErrorPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains(status == 404 ? "Page not found" : "You cannot open this page");
    }
}
