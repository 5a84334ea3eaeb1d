package cn.ecopark.flow.apidoc;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every /api and /public/api endpoint Spring serves, in Chinese, with the error
 * shape; it is valid OpenAPI; and only logged-in users read it.
 */
@EcoparkSpringTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theDocumentListsEveryEndpointWithAChineseSummaryAndTheErrorShape() {
        Http.Response response = http.get("/api/openapi", "ecology-clerk");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.springdoc")) {
                return; // the document itself and the Swagger UI
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/") || path.startsWith("/public/api/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        served.add(verb.name().toLowerCase() + " " + path);
                    }
                }
            }
        });
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(verb -> documented.add(verb + " " + path.getKey())));
        assertThat(served).as("Spring serves these under /api and /public/api").hasSizeGreaterThan(20)
                .contains("post /api/park-applications", "post /public/api/progress", "get /api/exports/cases",
                        "get /api/admin/outbound-deliveries");
        assertThat(documented).isEqualTo(served);

        List<String> undescribed = new ArrayList<>();
        for (String endpoint : served) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode operation = document.get("paths").get(path).get(verb);
            String summary = operation.path("summary").asText();
            if (!summary.matches(".*\\p{IsHan}.*") || !operation.path("description").asText().matches(".*\\p{IsHan}.*")) {
                undescribed.add(endpoint);
                continue;
            }
            JsonNode errors = operation.get("responses");
            boolean anonymous = path.startsWith("/public/");
            if (!anonymous) {
                assertThat(errors.has("401")).as(endpoint + " answers 401 without login").isTrue();
            }
            errors.fields().forEachRemaining(answer -> {
                if (answer.getKey().startsWith("4")) {
                    assertThat(answer.getValue().at("/content/application~1json/schema/$ref").asText())
                            .as(endpoint + " " + answer.getKey()).isEqualTo("#/components/schemas/Error");
                }
            });
        }
        assertThat(undescribed).as("endpoints without a Chinese summary and description in ApiDescriptions").isEmpty();

        JsonNode error = document.at("/components/schemas/Error/properties");
        assertThat(error.has("status")).isTrue();
        assertThat(error.has("field")).isTrue();
        assertThat(error.has("message")).isTrue();
        JsonNode submit = document.at("/paths/~1api~1park-applications/post");
        assertThat(submit.at("/requestBody/content/application~1json/example/platformApplicationId").asText()).isNotBlank();
        assertThat(submit.at("/responses/201/content").isMissingNode()).isFalse();
        assertThat(submit.at("/responses/409/description").asText()).contains("platformApplicationId");
        assertThat(document.at("/paths/~1public~1api~1progress/post/security").isArray()).as("no login for the public lookup").isTrue();
    }

    @Test
    void theDocumentIsValidOpenApi() {
        String json = http.get("/api/openapi", "manager").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getInfo().getTitle()).contains("生态工业园区");
    }

    @Test
    void onlyLoggedInUsersReadTheDocumentAndTheSwaggerUi() throws Exception {
        assertThat(http.get("/api/openapi", null).status()).isEqualTo(401);
        assertThat(http.get("/api/docs/swagger-ui/index.html", null).status()).isEqualTo(401);
        assertThat(http.get("/api/docs/swagger-ui.html", null).status()).isEqualTo(401);
        // an unknown user: a wrong password for a real clerk would start the engine's login delay for later tests
        assertThat(http.get("/api/openapi", "no-such-user:wrong").status()).isEqualTo(401);
        assertThat(http.get("/v3/api-docs", null).status()).as("no copy at the default path").isIn(401, 404);
        assertThat(http.get("/swagger-ui/index.html", null).status()).as("no copy at the default path").isIn(401, 404);

        assertThat(http.get("/api/openapi.yaml", null).status()).isEqualTo(401);
        HttpResponse<String> yaml = yaml("manager:demo");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi: 3.");
        Http.Response ui = http.get("/api/docs/swagger-ui/index.html", "manager");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    /** The YAML form, asked for as a YAML client would (the Http helper asks for JSON). */
    private HttpResponse<String> yaml(String credentials) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/openapi.yaml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
