package cn.ecopark.flow.races;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races over real HTTP, threads released together by a barrier, each repeated {@value #ROUNDS} times on a
 * fresh case: two clerks claiming one task, one task completed twice (a double click, or two colleagues),
 * the three agencies of the joint review completing their parallel tasks at once. Never a 5xx, exactly one
 * effect (one approval record per task), and the loser is told in Chinese who did it.
 */
@EcoparkSpringTest
class RaceTests {

    static final int ROUNDS = 50;
    static final int LANES = 4;
    static final String SECOND_CLERK = "weihai-clerk-b";

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    IdentityService identityService;
    Http http;
    static ExecutorService threads;

    @BeforeAll
    static void pool() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @BeforeEach
    void secondWeihaiClerk() {
        http = new Http(port);
        if (identityService.createUserQuery().userId(SECOND_CLERK).singleResult() == null) {
            User user = identityService.newUser(SECOND_CLERK);
            user.setFirstName("二");
            user.setLastName("威海");
            user.setPassword("demo");
            ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);   // a demo account, like the seeded ones
            identityService.createMembership(SECOND_CLERK, "city-weihai");
        }
    }

    @Test
    void claimTwiceCompleteTwiceAndTheJointReviewAtOnce() throws Exception {
        // Rounds run in a few lanes at once (each on its own case): more contention, less waiting.
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                done.add(lanes.submit(() -> {
                    round(statuses);
                    return null;
                }));
            }
            for (Future<?> round : done) {
                round.get();
            }
        } finally {
            lanes.shutdownNow();
        }
        assertThat(statuses).hasSize(ROUNDS * 7).allMatch(s -> s < 500);
    }

    private void round(List<Integer> statuses) throws Exception {
        {
            String caseNo = (String) runtimeService.getVariable(driver.submitGood().getId(), "caseNo");
            Task city = cases.task(caseNo, "cityPreReview");

            // Two clerks of the city claim the same task.
            List<Http.Response> claims = together(
                    () -> http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk", "{\"userId\":\"weihai-clerk\"}"),
                    () -> http.post("/engine-rest/task/" + city.getId() + "/claim", SECOND_CLERK, "{\"userId\":\"" + SECOND_CLERK + "\"}"));
            claims.forEach(r -> statuses.add(r.status()));
            assertThat(claims).as("claims %s", claims).extracting(Http.Response::status).containsExactlyInAnyOrder(204, 409);
            Http.Response lostClaim = claims.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            String winner = taskService.createTaskQuery().taskId(city.getId()).singleResult().getAssignee();
            assertThat(lostClaim.json().get("message").asText()).contains("已由").contains(winner).contains("认领");
            assertNeutral(lostClaim.json());

            // The winner's form is sent twice at once.
            String form = Http.json(Map.of("variables", Map.of("decision", Map.of("value", "PASS"),
                    "comment", Map.of("value", "材料齐全，同意上报"))));
            List<Http.Response> completions = together(
                    () -> http.post("/engine-rest/task/" + city.getId() + "/submit-form", winner, form),
                    () -> http.post("/engine-rest/task/" + city.getId() + "/submit-form", winner, form));
            completions.forEach(r -> statuses.add(r.status()));
            assertThat(completions).as("completions %s", completions).extracting(Http.Response::status).containsExactlyInAnyOrder(204, 409);
            JsonNode late = completions.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json();
            assertThat(late.get("message").asText()).contains("市级初审").contains(winner).contains("办理完毕");
            assertNeutral(late);
            assertThat(recordsOf(city.getId())).hasSize(1);

            // Ecology, science and commerce complete their parallel joint-review tasks in the same instant.
            Map<String, String> clerks = Map.of("ecologyJointReview", "ecology-clerk", "scienceJointReview", "science-clerk",
                    "commerceJointReview", "commerce-clerk");
            List<Supplier<Http.Response>> opinions = new ArrayList<>();
            List<String> jointTasks = new ArrayList<>();
            for (Map.Entry<String, String> clerk : clerks.entrySet()) {
                Task task = cases.task(caseNo, clerk.getKey());
                jointTasks.add(task.getId());
                assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", clerk.getValue(),
                        "{\"userId\":\"" + clerk.getValue() + "\"}").status()).isEqualTo(204);
                String opinion = Http.json(Map.of("variables", Map.of("decision", Map.of("value", "AGREE"),
                        "basis", Map.of("value", "符合创建条件"))));
                opinions.add(() -> http.post("/engine-rest/task/" + task.getId() + "/submit-form", clerk.getValue(), opinion));
            }
            List<Http.Response> joint = together(opinions.toArray(Supplier[]::new));
            joint.forEach(r -> statuses.add(r.status()));
            assertThat(joint).as("joint review of %s: %s", caseNo, joint).extracting(Http.Response::status).containsOnly(204);
            for (String taskId : jointTasks) {
                assertThat(recordsOf(taskId)).hasSize(1);
            }
            // The join fired exactly once: the case moved on to one naming confirmation.
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list())
                    .extracting(Task::getTaskDefinitionKey).containsExactly("confirmNaming");
        }
    }

    @Test
    void anUnknownTaskIs404AndNamesNoClass() {
        Http.Response response = http.post("/engine-rest/task/no-such-task/submit-form", "weihai-clerk", "{\"variables\":{}}");
        assertThat(response.status()).isEqualTo(404);
        assertNeutral(response.json());
        Http.Response claim = http.post("/engine-rest/task/no-such-task/claim", "weihai-clerk", "{\"userId\":\"weihai-clerk\"}");
        assertThat(claim.status()).isEqualTo(404);
        assertNeutral(claim.json());
    }

    @Test
    void aCompletedTaskIsNotExplainedToSomeoneWhoCouldNeverWorkIt() {
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        cases.cityPasses(caseNo);
        Http.Response stranger = http.post("/engine-rest/task/" + city.getId() + "/submit-form", "jinan-clerk", "{\"variables\":{}}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("weihai-clerk");
        Http.Response colleague = http.post("/engine-rest/task/" + city.getId() + "/submit-form", SECOND_CLERK, "{\"variables\":{}}");
        assertThat(colleague.status()).isEqualTo(409);
        assertThat(colleague.json().get("message").asText()).contains("weihai-clerk").contains("办理完毕");
    }

    private List<ApprovalRecord> recordsOf(String taskId) {
        return records.findByTaskId(taskId);
    }

    static void assertNeutral(JsonNode body) {
        assertThat(body.get("type").asText()).isIn("BadRequest", "Forbidden", "NotFound", "Conflict", "ServiceUnavailable", "ServerError");
        assertThat(body.toString()).doesNotContainPattern("Exception|org\\.camunda|java\\.|\\bat [a-z]+\\.");
        assertThat(body.get("message").asText()).containsPattern("[\\u4e00-\\u9fff]");
    }

    @SafeVarargs
    private static List<Http.Response> together(Supplier<Http.Response>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<Http.Response>> futures = new ArrayList<>();
        for (Supplier<Http.Response> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
