package cn.ecopark.flow.security;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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
 * Task queries of clerks and applicants are scoped to their own work without the engine's authorization join
 * ({@link OwnWorkTaskQueries}, issue 16). Proved here over HTTP: every user lists exactly the tasks the engine's
 * authorization rows grant them; an agency finds none of another agency's tasks by id, by process, by candidate
 * group, through or-queries, through its own filter extended, nor counts them; and the other reads of a foreign
 * task (variables, form, identity links, comments, history, claim) stay refused with nothing read or changed.
 */
@EcoparkSpringTest
class TaskIsolationTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FilterService filterService;

    @Test
    void everyUserListsExactlyTheTasksTheEngineGrantsThem() {
        Http http = new Http(port);
        String atCity = cases.submit(http).caseNo();
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        String claimed = cases.submit(http).caseNo();
        cases.cityPasses(claimed);
        assertThat(http.post("/engine-rest/task/" + cases.task(claimed, "ecologyJointReview").getId() + "/claim",
                "ecology-clerk", Http.json(Map.of("userId", "ecology-clerk"))).status()).isEqualTo(204);
        String returned = cases.submit(http).caseNo();
        cases.cityReturns(returned, "缺少规划环评审查意见");

        List<Task> open = new ArrayList<>();
        for (String caseNo : List.of(atCity, atJoint, claimed, returned)) {
            open.addAll(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list());
        }
        assertThat(open).hasSize(1 + 3 + 3 + 1);
        String instances = open.stream().map(Task::getProcessInstanceId).distinct().collect(Collectors.joining(","));

        List<String> mismatches = new ArrayList<>();
        for (User user : identityService.createUserQuery().list()) {
            String id = user.getId();
            if (id.equals("admin")) {
                continue;
            }
            List<String> groups = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
            Set<String> granted = open.stream().filter(task -> engineGrantsRead(id, groups, task)).map(Task::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
            Http.Response listed = http.get("/engine-rest/task?processInstanceIdIn=" + instances, id);
            if (listed.status() == 401) {
                continue; // a test's own user with a password of its own
            }
            Set<String> seen = ids(listed.json());
            long counted = http.get("/engine-rest/task/count?processInstanceIdIn=" + instances, id).json().get("count").asLong();
            if (!seen.equals(granted) || counted != granted.size()) {
                mismatches.add(id + ": granted " + granted + ", listed " + seen + ", counted " + counted);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(ids(http.get("/engine-rest/task?processInstanceIdIn=" + instances, "ecology-clerk").json()))
                .as("ecology lists its joint reviews, the claimed one included").hasSize(2);
        assertThat(ids(http.get("/engine-rest/task?processInstanceIdIn=" + instances, "manager").json()))
                .as("the managers' read of every task is untouched").hasSize(open.size());
    }

    @Test
    void anAgencyFindsNoneOfAnotherAgencysTasksByAnyQuery() {
        Http http = new Http(port);
        String atCity = cases.submit(http).caseNo();
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        Task weihai = cases.task(atCity, "cityPreReview");
        Task science = cases.task(atJoint, "scienceJointReview");
        Task ecology = cases.task(atJoint, "ecologyJointReview");
        String both = weihai.getProcessInstanceId() + "," + science.getProcessInstanceId();
        String me = "ecology-clerk";

        assertThat(http.get("/engine-rest/task/" + weihai.getId(), me).status()).isEqualTo(404);
        assertThat(http.get("/engine-rest/task/" + science.getId(), me).status()).isEqualTo(404);
        assertThat(ids(http.get("/engine-rest/task?processInstanceIdIn=" + both, me).json())).containsExactly(ecology.getId());
        assertThat(ids(http.get("/engine-rest/task?processDefinitionKey=park-application&maxResults=1000", me).json()))
                .doesNotContain(weihai.getId(), science.getId());
        assertThat(ids(http.get("/engine-rest/task?candidateGroup=city-weihai", me).json())).isEmpty();
        assertThat(ids(http.get("/engine-rest/task?candidateGroup=science&includeAssignedTasks=true", me).json())).isEmpty();
        assertThat(http.get("/engine-rest/task/count?processInstanceId=" + weihai.getProcessInstanceId(), me).json()
                .get("count").asLong()).isZero();
        for (String group : List.of("city-weihai", "science")) {
            String orQuery = Http.json(Map.of("orQueries", List.of(Map.of("candidateGroup", group))));
            assertThat(ids(http.post("/engine-rest/task", me, orQuery).json())).as("or-query on " + group).isEmpty();
            assertThat(http.post("/engine-rest/task/count", me, orQuery).json().get("count").asLong()).isZero();
        }
        assertThat(ids(http.post("/engine-rest/task", me, Http.json(Map.of("processInstanceIdIn", List.of(
                weihai.getProcessInstanceId(), science.getProcessInstanceId()), "orQueries", List.of(Map.of(
                "candidateGroup", "science", "processInstanceId", weihai.getProcessInstanceId()))))).json()))
                .as("science's candidates or weihai's case: neither is ecology's work").isEmpty();
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
            Http.Response mixed = http.post(path, me, Http.json(Map.of("orQueries", List.of(Map.of(
                    "candidateGroup", "science", "candidateUser", me)))));
            assertThat(mixed.status()).as("an or-query naming a group and a user, " + path).isEqualTo(400);
            assertThat(mixed.body()).as(path).contains("candidateUser");
            assertThat(mixed.body()).as(path).doesNotContain(atCity, atJoint, weihai.getId(), science.getId());
        }

        String queue = queueFilter("ecology");
        String extended = Http.json(Map.of("candidateGroup", "city-weihai", "processInstanceIdIn", List.of(
                weihai.getProcessInstanceId(), science.getProcessInstanceId())));
        assertThat(ids(http.post("/engine-rest/filter/" + queue + "/list", me, extended).json())).isEmpty();
        assertThat(http.post("/engine-rest/filter/" + queue + "/count", me, extended).json().get("count").asLong()).isZero();
        JsonNode hal = http.postHal("/engine-rest/filter/" + queue + "/list?firstResult=0&maxResults=1000", me, "{}").json();
        assertThat(ids(hal.path("_embedded").path("task"))).contains(ecology.getId()).doesNotContain(weihai.getId(), science.getId());
        String ownFilter = "/engine-rest/filter/" + queueFilter("city-weihai");
        assertThat(http.post(ownFilter + "/list", me, "{}").status()).as("another agency's filter").isIn(403, 404);

        for (Task foreign : List.of(weihai, science)) {
            String task = "/engine-rest/task/" + foreign.getId();
            for (String read : List.of("/variables", "/form-variables", "/identity-links", "/comment", "/form")) {
                Http.Response answer = http.get(task + read, me);
                assertThat(answer.status()).as(read).isIn(403, 404);
                assertThat(answer.body()).as(read).doesNotContain(atCity, atJoint);
            }
            assertThat(ids(http.get("/engine-rest/history/task?taskId=" + foreign.getId(), me).json())).isEmpty();
            assertThat(http.post(task + "/claim", me, Http.json(Map.of("userId", me))).status()).isIn(403, 404);
            assertThat(taskService.createTaskQuery().taskId(foreign.getId()).singleResult().getAssignee()).isNull();
        }
        // Variables are read per case: ecology reads the joint-review case it works on (science's task in it too, as the
        // case file shows every agency of the case), never a case it has no task in.
        assertThat(ids(http.get("/engine-rest/variable-instance?taskIdIn=" + weihai.getId(), me).json())).isEmpty();
        assertThat(ids(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + weihai.getProcessInstanceId(), me).json())).isEmpty();
        assertThat(http.get("/engine-rest/task/" + weihai.getId(), "weihai-clerk").status()).as("its own agency reads it").isEqualTo(200);
        assertThat(http.get("/engine-rest/task/" + ecology.getId(), "weihai-clerk").status()).isEqualTo(404);
        assertThat(http.get("/engine-rest/task/" + weihai.getId(), "park-applicant").status()).isEqualTo(404);
    }

    private boolean engineGrantsRead(String user, List<String> groups, Task task) {
        String key = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return authorizationService.isUserAuthorized(user, groups, Permissions.READ, Resources.TASK, task.getId())
                || authorizationService.isUserAuthorized(user, groups, Permissions.READ_TASK, Resources.PROCESS_DEFINITION, key);
    }

    private String queueFilter(String group) {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            if ((group + ".queue").equals(filter.getProperties().get("ecoparkKey"))) {
                return filter.getId();
            }
        }
        throw new AssertionError("No queue filter for " + group);
    }

    private static Set<String> ids(JsonNode tasks) {
        assertThat(tasks.isArray()).as("a list of tasks: " + tasks).isTrue();
        return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
