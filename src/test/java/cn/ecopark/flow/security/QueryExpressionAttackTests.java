package cn.ecopark.flow.security;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9, must-have 1: no expression a request sends is ever evaluated. The probe is a JUEL expression that
 * creates a file through reflection (what an attacker would turn into Runtime.exec); each attack asserts the
 * refusal AND that the file does not exist afterwards.
 */
@EcoparkSpringTest
class QueryExpressionAttackTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    Actors actors;
    @Autowired
    ParkCases cases;
    Http http;
    Path probeFile;

    @BeforeEach
    void setUp() throws IOException {
        http = new Http(port);
        probeFile = Files.createTempDirectory("ecopark-probe").resolve("evaluated-" + UUID.randomUUID());
    }

    @AfterEach
    void cleanUp() throws IOException {
        Files.deleteIfExists(probeFile);
        Files.deleteIfExists(probeFile.getParent());
    }

    /** Creates {@link #probeFile} when evaluated. */
    String probe() {
        return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + probeFile.toString().replace('\\', '/') + "').createNewFile()}";
    }

    @Test
    void theProbeWouldCreateItsFileIfEvaluated() {
        // Without this, "no file" after an attack would prove nothing.
        engine.getCommandExecutorTxRequired().execute(context ->
                engine.getExpressionManager().createExpression(probe()).getValue(null));
        assertThat(probeFile).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"park-applicant", "weihai-clerk", "ecology-clerk", "pboc-clerk", "manager", "admin:admin"})
    void noQueryPathOfEngineRestEvaluatesAnExpression(String user) {
        String probe = probe();
        Map<String, Object> top = Map.of("assigneeExpression", probe);
        Map<String, Object> or = Map.of("orQueries", List.of(Map.of("assigneeExpression", probe)));
        Map<String, Object> deep = Map.of("orQueries", List.of(Map.of("processDefinitionKey", "park-application",
                "orQueries", List.of(Map.of("dueBeforeExpression", probe)))));
        Map<String, Object> orOthers = Map.of("orQueries", List.of(Map.of("taskNameLike", "%审%"),
                Map.of("candidateGroupExpression", probe)));
        String filterId = ownFilter(user);

        List<String> refusals = new ArrayList<>();
        for (Map<String, Object> query : List.of(top, or, deep, orOthers)) {
            String body = Http.json(query);
            refusals.add(expectRefused("POST /task", http.post("/engine-rest/task", user, body)));
            refusals.add(expectRefused("POST /task/count", http.post("/engine-rest/task/count", user, body)));
            refusals.add(expectRefused("POST /task?maxResults", http.post("/engine-rest/task?firstResult=0&maxResults=5", user, body)));
            refusals.add(expectRefused("POST /filter/list", http.post("/engine-rest/filter/" + filterId + "/list", user, body)));
            refusals.add(expectRefused("POST /filter/list HAL", http.postHal("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", user, body)));
            refusals.add(expectRefused("POST /filter/count", http.post("/engine-rest/filter/" + filterId + "/count", user, body)));
            // engine-rest replaces every error of singleResult by its own 400 "not a valid single result".
            expectRefused("POST /filter/singleResult", http.post("/engine-rest/filter/" + filterId + "/singleResult", user, body));
        }
        String encoded = URLEncoder.encode(probe, StandardCharsets.UTF_8);
        refusals.add(expectRefused("GET /task", http.get("/engine-rest/task?assigneeExpression=" + encoded, user)));
        refusals.add(expectRefused("GET /task/count", http.get("/engine-rest/task/count?ownerExpression=" + encoded, user)));
        // History and the other query resources have no expression criteria: engine-rest ignores the field.
        for (String history : List.of("/engine-rest/history/task", "/engine-rest/history/process-instance",
                "/engine-rest/process-instance", "/engine-rest/history/activity-instance")) {
            http.post(history, user, Http.json(Map.of("assigneeExpression", probe, "taskAssigneeExpression", probe,
                    "orQueries", List.of(Map.of("taskAssigneeExpression", probe, "assigneeExpression", probe)))));
            assertThat(probeFile).as("evaluated through " + history).doesNotExist();
        }

        assertThat(probeFile).as("evaluated for " + user).doesNotExist();
        assertThat(refusals).as("every refusal names the field in Chinese")
                .hasSize(26).allSatisfy(message -> assertThat(message).contains("Expression：查询条件不得包含表达式"));
        assertThat(http.post("/engine-rest/task", user, Http.json(or)).body()).contains("orQueries[0].assigneeExpression");
        assertThat(http.post("/engine-rest/task", user, Http.json(deep)).body()).contains("orQueries[0].orQueries[0].dueBeforeExpression");
        assertThat(probeFile).doesNotExist();
    }

    @Test
    void aQueryTheEngineCannotCombineIsTheCallersErrorNotAServerError() {
        // engine-rest applies includeAssignedTasks of an or-query before its candidate groups: the engine refuses.
        String body = Http.json(Map.of("orQueries", List.of(Map.of("candidateGroupIn", List.of("ecology"),
                "includeAssignedTasks", true))));
        var answer = http.post("/engine-rest/task?firstResult=0&maxResults=15", "ecology-clerk", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("查询条件的组合无效").doesNotContain("Exception");
    }

    @Test
    void theJavaApiRefusesExpressionsForEveryCallerToo() {
        for (String user : List.of("ecology-clerk", "admin")) {
            assertThatThrownBy(() -> actors.as(user, () -> taskService.createTaskQuery()
                    .or().taskAssigneeExpression(probe()).endOr().list()))
                    .as(user).isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries[0].assigneeExpression");
        }
        // Unauthenticated server code gets no exception either.
        assertThatThrownBy(() -> taskService.createTaskQuery().or().taskOwnerExpression(probe()).endOr().count())
                .isInstanceOf(BadUserRequestException.class);
        String queue = filterId("city-weihai.queue");
        assertThatThrownBy(() -> filterService.count(queue, taskService.createTaskQuery().or().dueDateExpression(probe()).endOr()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries[0].dueDateExpression");
        assertThat(probeFile).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"park-applicant", "ecology-clerk", "pboc-clerk", "manager"})
    void nobodyButAnAdministratorCreatesOrChangesAFilter(String user) {
        String filterId = ownFilter(user);
        String storedBefore = ((FilterEntity) filterService.getFilter(filterId)).getQueryInternal();
        String nameBefore = filterService.getFilter(filterId).getName();
        String planted = Http.json(Map.of("resourceType", "Task", "name", "后门", "owner", user,
                "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", probe())))));
        long filtersBefore = filterService.createFilterQuery().count();

        String renamed = Http.json(Map.of("resourceType", "Task", "name", "改名", "query", Map.of()));

        assertThat(http.post("/engine-rest/filter/create", user, planted).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/filter/create", user, renamed).status()).isEqualTo(403);
        // The expression is refused before the engine even checks the right to update (400, not 403).
        assertThat(http.put("/engine-rest/filter/" + filterId, user, planted).status()).isBetween(400, 403);
        assertThat(http.put("/engine-rest/filter/" + filterId, user, renamed).status()).isEqualTo(403);
        assertThat(http.delete("/engine-rest/filter/" + filterId, user).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/filter/" + filterId + "/list", user, "{}").status()).isEqualTo(200);

        assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
        assertThat(filterService.getFilter(filterId).getName()).isEqualTo(nameBefore);
        assertThat(((FilterEntity) filterService.getFilter(filterId)).getQueryInternal()).isEqualTo(storedBefore);
        assertThat(probeFile).doesNotExist();
    }

    @Test
    void evenAGrantToCreateFiltersDoesNotLetANonAdministratorStoreAnExpression() {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("ecology-clerk");
        grant.setResource(Resources.FILTER);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(grant);
        try {
            assertThatThrownBy(() -> actors.as("ecology-clerk", () -> {
                Filter filter = filterService.newTaskFilter("后门");
                filter.setQuery(taskService.createTaskQuery().or().taskAssigneeExpression(probe()).endOr());
                return filterService.saveFilter(filter);
            })).isInstanceOf(BadUserRequestException.class).hasMessageContaining("query.orQueries[0].assigneeExpression");
            assertThat(filterService.createFilterQuery().filterName("后门").count()).isZero();
        } finally {
            authorizationService.deleteAuthorization(grant.getId());
        }
        assertThat(probeFile).doesNotExist();
    }

    @Test
    void theSeededFiltersWithTheirStoredExpressionsStillListAClerksTasks() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task task = cases.task(submitted.caseNo(), "cityPreReview");
        String queue = filterId("city-weihai.queue");
        String mine = filterId("city-weihai.mine");
        // What Tasklist sends: sorting and an or-search without expressions.
        String tasklistQuery = Http.json(Map.of("processVariables", List.of(), "taskVariables", List.of(),
                "caseInstanceVariables", List.of(), "orQueries", List.of(Map.of("processVariables", List.of())),
                "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));

        assertThat(ids(http.postHal("/engine-rest/filter/" + queue + "/list?firstResult=0&maxResults=50", "weihai-clerk", tasklistQuery)))
                .contains(task.getId());
        assertThat(ids(http.post("/engine-rest/filter/" + mine + "/list", "weihai-clerk", "{}"))).doesNotContain(task.getId());

        assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-clerk"))).status()).isEqualTo(204);

        assertThat(ids(http.post("/engine-rest/filter/" + mine + "/list", "weihai-clerk", tasklistQuery))).contains(task.getId());
        assertThat(http.get("/engine-rest/filter/" + mine + "/count", "weihai-clerk").json().get("count").asLong()).isPositive();
        assertThat(http.get("/engine-rest/filter/" + filterId("city-weihai.overdue") + "/count", "weihai-clerk").status()).isEqualTo(200);
        assertThat(http.post("/engine-rest/filter/" + filterId("city-weihai.due-soon") + "/list", "weihai-clerk", "{}").status()).isEqualTo(200);
    }

    private String expectRefused(String path, Http.Response response) {
        assertThat(response.status()).as(path + ": " + response.body()).isBetween(400, 499);
        assertThat(probeFile).as("evaluated through " + path).doesNotExist();
        return response.body();
    }

    private List<String> ids(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        JsonNode tasks = body.has("_embedded") ? body.get("_embedded").get("task") : body;
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    /** A filter the user may read: the first of their own seeded filters (the administrator reads them all). */
    private String ownFilter(String user) {
        if (user.startsWith("admin")) {
            return filterId("managers.overdue");
        }
        Http.Response response = http.get("/engine-rest/filter?resourceType=Task", user);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).as(user + " reads a filter").isPositive();
        return response.json().get(0).get("id").asText();
    }

    private String filterId(String key) {
        return filterService.createTaskFilterQuery().list().stream()
                .filter(f -> f.getProperties() != null && key.equals(f.getProperties().get("ecoparkKey")))
                .findFirst().orElseThrow(() -> new AssertionError("No filter " + key)).getId();
    }

    @Test
    void theJavaApiRefusesFilterCreationToNonAdministrators() {
        for (String user : List.of("manager", "ecology-clerk", "park-applicant")) {
            assertThatThrownBy(() -> actors.as(user, () -> filterService.saveFilter(filterService.newTaskFilter("后门"))))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
        assertThat(filterService.createFilterQuery().filterName("后门").count()).isZero();
    }
}
