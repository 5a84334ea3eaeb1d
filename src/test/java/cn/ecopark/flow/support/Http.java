package cn.ecopark.flow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client against the running test server, sending exactly the path it is given. */
public class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Response post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Response put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Response delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    /** DELETE with a JSON body (e.g. the reason of a 减签). */
    public Response delete(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The full answer, headers included (e.g. the security headers of a page). */
    public HttpResponse<String> exchange(String path, String user, String accept) {
        try {
            return client.send(request(path, user).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST with extra headers (name, value, name, value, …). */
    public Response post(String path, String user, String json, String... headers) {
        HttpRequest.Builder builder = request(path, user).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    /** POST asking for HAL, as Tasklist does for a filter's task list with its embedded variables. */
    public Response postHal(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json").setHeader("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        if (user != null) {
            String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : "demo";
            String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }
    }
}
