package cn.ecopark.flow.security;

import cn.ecopark.flow.support.EcoparkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our pages ride on the Cockpit/Tasklist login: the webapp session opens /api and /staff, and a session
 * caller who changes something must send the webapp's CSRF token like Tasklist does.
 */
@EcoparkSpringTest
class StaffSessionTests {

    @LocalServerPort
    int port;

    @Test
    void theWebappLoginOpensOurApiAndWritesNeedTheCsrfToken() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        browser.login("manager", "cockpit");

        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"manager\"", "\"dashboard\":true");
        assertThat(browser.get("/staff/dashboard").statusCode()).isEqualTo(200);

        String write = "{\"caseNo\":\"STGY-2026-9999\"}";
        assertThat(browser.post("/api/lookup-codes", write, null).statusCode()).isEqualTo(403);
        // With the token the request gets through to the endpoint, which finds no such case.
        assertThat(browser.post("/api/lookup-codes", write, browser.csrfToken()).statusCode())
                .as("cookies %s", browser.cookies.getCookieStore().getCookies()).isEqualTo(404);
    }

    @Test
    void aBrowserWithoutLoginGetsALoginHintNotAPasswordPopUp() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/staff/dashboard"))
                .header("Accept", "text/html").header("Sec-Fetch-Mode", "navigate").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(page.body()).contains("请先登录", "/camunda/app/cockpit/");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    @Test
    void aWrongBasicPasswordIsRefusedEvenWithASession() throws Exception {
        // Its own user: the engine delays further logins of a user after a wrong password.
        Browser browser = new Browser();
        browser.login("heze-clerk", "tasklist");
        HttpResponse<String> response = browser.client.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", "Basic aGV6ZS1jbGVyazp3cm9uZw==").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A cookie-keeping client that logs in the way the webapps' login page does. */
    class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        void login(String user, String app) throws IOException, InterruptedException {
            get("/camunda/app/" + app + "/default/");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            // The login renews the session; the webapp's next request hands out the session's new CSRF token.
            get("/camunda/api/admin/auth/user/default");
        }

        String csrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String json, String csrf) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
