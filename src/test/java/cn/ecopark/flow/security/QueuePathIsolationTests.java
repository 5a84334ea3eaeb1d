package cn.ecopark.flow.security;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's fast paths (issue 16) keep each agency to its own work: a query that asks only for the caller's own
 * candidate groups runs without the own-work condition ({@link OwnWorkTaskQueries}), pages are read as ids first
 * ({@code engine.TaskIdPages}), and the list's variables are read through the caller's own per-case and per-task
 * grants. Proved over HTTP as Tasklist and REST clients ask, another agency's task and case always absent; and on
 * the engine, that the shortcuts are taken only where the query names the caller's own groups.
 */
@EcoparkSpringTest
class QueuePathIsolationTests {

    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]";

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void pagesAndCountsOfEveryShapeHoldOnlyTheCallersTasks() {
        Http http = new Http(port);
        String atCity = cases.submit(http).caseNo();
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        Task weihai = cases.task(atCity, "cityPreReview");
        Task science = cases.task(atJoint, "scienceJointReview");
        Task ecology = cases.task(atJoint, "ecologyJointReview");
        List<String> both = List.of(weihai.getProcessInstanceId(), science.getProcessInstanceId());
        String me = "ecology-clerk";

        List<Map<String, Object>> shapes = List.of(
                Map.of("candidateGroup", "ecology", "includeAssignedTasks", true),
                // each or-query is ANDed to the base query: foreign groups in them widen nothing
                Map.of("candidateGroup", "ecology", "orQueries", List.of(Map.of("candidateGroup", "city-weihai",
                        "processInstanceIdIn", both), Map.of("candidateGroup", "science", "processInstanceIdIn", both))),
                Map.of("candidateGroups", List.of("ecology", "city-weihai")),
                Map.of("candidateGroups", List.of("ecology", "science"), "includeAssignedTasks", true),
                Map.of("candidateUser", me),
                Map.of("candidateGroupLike", "%"),
                Map.of("withCandidateGroups", true),
                Map.of());
        for (Map<String, Object> shape : shapes) {
            Map<String, Object> body = new java.util.HashMap<>(shape);
            body.put("processInstanceIdIn", both);
            body.put("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
            String json = Http.json(body);
            assertThat(ids(http.post("/engine-rest/task?firstResult=0&maxResults=15", me, json).json()))
                    .as("page of " + shape).containsExactly(ecology.getId());
            assertThat(ids(http.post("/engine-rest/task", me, json).json())).as("list of " + shape).containsExactly(ecology.getId());
            assertThat(http.post("/engine-rest/task/count", me, json).json().get("count").asLong()).as("count of " + shape).isEqualTo(1);
        }
        for (String user : List.of("weihai-clerk", "science-clerk")) {
            String json = Http.json(Map.of("candidateUser", user, "processInstanceIdIn", both));
            assertThat(ids(http.post("/engine-rest/task?firstResult=0&maxResults=15", me, json).json())).as(user).isEmpty();
            assertThat(http.post("/engine-rest/task/count", me, json).json().get("count").asLong()).as(user).isZero();
        }
        assertThat(ids(http.get("/engine-rest/task?candidateGroup=city-weihai&firstResult=0&maxResults=15", me).json())).isEmpty();
        assertThat(ids(http.get("/engine-rest/task?candidateGroup=ecology&firstResult=0&maxResults=15&processInstanceIdIn="
                + String.join(",", both), me).json())).containsExactly(ecology.getId());
        assertThat(ids(http.get("/engine-rest/task?candidateGroup=city-weihai&firstResult=0&maxResults=15&processInstanceIdIn="
                + String.join(",", both), "weihai-clerk").json())).as("weihai's own page").containsExactly(weihai.getId());

        // Tasklist: a page of ecology's 待办任务 filter, extended with both cases, with the list's variables embedded.
        String queue = "/engine-rest/filter/" + queueFilter("ecology");
        String extended = TASKLIST_BODY + ",\"processInstanceIdIn\":" + Http.json(both) + "}";
        JsonNode hal = http.postHal(queue + "/list?firstResult=0&maxResults=15", me, extended).json();
        assertThat(ids(hal.path("_embedded").path("task"))).containsExactly(ecology.getId());
        assertThat(hal.path("count").asLong()).isEqualTo(1);
        assertThat(hal.toString()).contains(atJoint).doesNotContain(atCity);
        // The whole queue (other test classes share this database, so ecology's task need not be on the first page).
        JsonNode whole = http.postHal(queue + "/list?firstResult=0&maxResults=1000", me, TASKLIST_BODY + "}").json();
        assertThat(ids(whole.path("_embedded").path("task"))).contains(ecology.getId()).doesNotContain(weihai.getId(), science.getId());
        assertThat(whole.toString()).doesNotContain(atCity);
    }

    /**
     * Pages of ecology's queue sorted by due date, or by id, are walked in that order over every open task
     * ({@code engine.QueueWalk}), so the group condition alone keeps the others' tasks out: here they sort first by
     * due date (none, newest) and must still be absent; a query for a foreign group is not walked at all.
     */
    @Test
    void aQueuePageWalkedInDueDateOrderHoldsOnlyTheCallersTasks() {
        Http http = new Http(port);
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        String atCity = cases.submit(http).caseNo();
        Task ecology = cases.task(atJoint, "ecologyJointReview");
        Task science = cases.task(atJoint, "scienceJointReview");
        Task weihai = cases.task(atCity, "cityPreReview");
        taskService.setDueDate(science.getId(), null);
        taskService.setDueDate(weihai.getId(), null);
        String me = "ecology-clerk";
        String queue = "/engine-rest/filter/" + queueFilter("ecology");
        String dueDescending = Http.json(Map.of("candidateGroup", "ecology", "includeAssignedTasks", true,
                "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "desc"))));

        List<Set<String>> pages = List.of(
                ids(http.post(queue + "/list?firstResult=0&maxResults=15", me, "{}").json()),
                ids(http.postHal(queue + "/list?firstResult=0&maxResults=15", me, TASKLIST_BODY + "}").json().path("_embedded").path("task")),
                ids(http.post("/engine-rest/task?firstResult=0&maxResults=15", me, dueDescending).json()),
                // no sorting: Camunda's order by id, walked on the primary key; assigned tasks left out
                ids(http.get("/engine-rest/task?candidateGroup=ecology&firstResult=0&maxResults=15", me).json()));
        for (Set<String> page : pages) {
            assertThat(page).isNotEmpty().doesNotContain(weihai.getId(), science.getId());
            assertThat(taskService.createTaskQuery().taskIdIn(page.toArray(String[]::new)).taskCandidateGroup("ecology")
                    .includeAssignedTasks().count()).as("every task on the page is ecology's").isEqualTo(page.size());
        }
        assertThat(ecology.getId()).isNotNull();

        for (List<String> groups : List.of(List.of("city-weihai"), List.of("science"), List.of("ecology", "city-weihai"))) {
            String foreign = Http.json(Map.of("candidateGroups", groups, "includeAssignedTasks", true,
                    "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
            assertThat(ids(http.post("/engine-rest/task?firstResult=0&maxResults=15", me, foreign).json())).as("asking for " + groups)
                    .doesNotContain(weihai.getId(), science.getId());
        }
        String weihaisQueue = "/engine-rest/filter/" + queueFilter("city-weihai");
        assertThat(http.post(weihaisQueue + "/list?firstResult=0&maxResults=15", me, "{}").status())
                .as("another agency's filter").isIn(403, 404);
    }

    @Test
    void theOwnWorkConditionIsLeftOutOnlyWhereTheQueryNamesTheCallersOwnGroups() {
        Authentication clerk = new Authentication("ecology-clerk", List.of("ecology"));
        assertThat(ownOnly(clerk, query().taskCandidateGroup("ecology"))).isTrue();
        assertThat(ownOnly(clerk, (TaskQueryImpl) query().taskCandidateGroupIn(List.of("ecology")))).isTrue();
        assertThat(ownOnly(clerk, (TaskQueryImpl) query().taskCandidateGroupIn(List.of("ecology", "city-weihai")))).isFalse();
        assertThat(ownOnly(clerk, query().taskCandidateGroup("science"))).isFalse();
        assertThat(ownOnly(clerk, query().taskCandidateUser("weihai-clerk"))).isFalse();
        assertThat(ownOnly(clerk, (TaskQueryImpl) query().taskCandidateGroupLike("eco%"))).isFalse();
        assertThat(ownOnly(clerk, (TaskQueryImpl) query().withCandidateGroups())).isFalse();
        assertThat(ownOnly(clerk, query())).isFalse();
        assertThat(ownOnly(clerk, (TaskQueryImpl) query().taskCandidateGroup("ecology").or().taskCandidateGroup("science").endOr()))
                .as("or-queries are ANDed to the base query's candidate group").isTrue();
        assertThat(ownOnly(new Authentication("ecology-clerk", List.of()), query().taskCandidateGroup("ecology"))).isFalse();
    }

    @Test
    void listVariablesAreReadThroughTheCallersOwnGrants() {
        Http http = new Http(port);
        String atCity = cases.submit(http).caseNo();
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        Task weihai = cases.task(atCity, "cityPreReview");
        Task ecology = cases.task(atJoint, "ecologyJointReview");
        String me = "ecology-clerk";

        assertThat(checkOf(me)).as("a clerk reads variables through the own-case look-up").isInstanceOf(OwnWorkTaskQueries.OwnCaseVariables.class);
        assertThat(checkOf("manager")).as("a manager reads every case: Camunda's own check").isNotInstanceOf(OwnWorkTaskQueries.OwnCaseVariables.class);

        String foreign = String.join(",", weihai.getId(), weihai.getExecutionId(), weihai.getProcessInstanceId());
        String own = String.join(",", ecology.getId(), ecology.getExecutionId(), ecology.getProcessInstanceId());
        String names = String.join(",", CaseVariables.CASE_NO, CaseVariables.CASE_TITLE, CaseVariables.CITY_NAME);
        Http.Response theirs = http.get("/engine-rest/variable-instance?variableScopeIdIn=" + foreign, me);
        assertThat(theirs.json().size()).isZero();
        assertThat(http.get("/engine-rest/variable-instance/count?variableScopeIdIn=" + foreign, me).json().get("count").asLong()).isZero();
        assertThat(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + weihai.getProcessInstanceId()
                + "&firstResult=0&maxResults=15", me).json().size()).isZero();
        assertThat(http.get("/engine-rest/variable-instance?taskIdIn=" + weihai.getId(), me).json().size()).isZero();

        JsonNode mine = http.get("/engine-rest/variable-instance?variableScopeIdIn=" + own + "&variableNameIn=" + names, me).json();
        assertThat(values(mine, CaseVariables.CASE_NO)).containsExactly(atJoint);
        assertThat(http.get("/engine-rest/variable-instance/count?variableScopeIdIn=" + own + "&variableNameIn=" + names, me)
                .json().get("count").asLong()).isEqualTo(mine.size());
        assertThat(http.get("/engine-rest/variable-instance?variableScopeIdIn=" + foreign + "&variableNameIn=" + names, "weihai-clerk")
                .json().toString()).as("weihai reads its own case").contains(atCity);
        assertThat(http.get("/engine-rest/variable-instance?variableScopeIdIn=" + foreign + "&variableNameIn=" + names, "manager")
                .json().toString()).as("the managers' read of every case is untouched").contains(atCity);
    }

    private TaskQueryImpl query() {
        return (TaskQueryImpl) taskService.createTaskQuery();
    }

    private boolean ownOnly(Authentication caller, TaskQueryImpl query) {
        return configuration.getCommandExecutorTxRequired().execute(context ->
                OwnWorkTaskQueries.OwnWorkAuthorizationManager.asksForOwnWorkOnly(query, caller));
    }

    /** The check the engine puts on a variable query of the user's. */
    private AuthorizationCheck checkOf(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                VariableInstanceQueryImpl query = new VariableInstanceQueryImpl();
                ((OwnWorkTaskQueries.OwnWorkAuthorizationManager) context.getAuthorizationManager()).configureVariableInstanceQuery(query);
                return query.getAuthCheck();
            });
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String queueFilter(String group) {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            if ((group + ".queue").equals(filter.getProperties().get("ecoparkKey"))) {
                return filter.getId();
            }
        }
        throw new AssertionError("No queue filter for " + group);
    }

    private static List<String> values(JsonNode variables, String name) {
        List<String> values = new ArrayList<>();
        variables.forEach(variable -> {
            if (name.equals(variable.path("name").asText())) {
                values.add(variable.path("value").asText());
            }
        });
        return values;
    }

    private static Set<String> ids(JsonNode tasks) {
        assertThat(tasks.isArray()).as("a list of tasks: " + tasks).isTrue();
        return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
