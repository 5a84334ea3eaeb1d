package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each agency sees and works its own tasks only, through the Java API and through REST alike. */
@EcoparkSpringTest
class ParkApplicationAuthorizationTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    Actors actors;
    Http http;
    ProcessInstance instance;
    Task ecologyTask;

    @BeforeEach
    void aCaseInJointReview() {
        http = new Http(port);
        instance = driver.submitGood();
        driver.passCityReview(instance);
        ecologyTask = driver.task(instance, "ecologyJointReview");
    }

    @Test
    void aScienceClerkCannotSeeClaimOrCompleteAnEcologyTaskThroughTheJavaApi() {
        assertThat(actors.as("science-clerk", () -> taskService.createTaskQuery().processInstanceId(instance.getId())
                .list())).extracting(Task::getTaskDefinitionKey).containsExactly("scienceJointReview");
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.claim(ecologyTask.getId(), "science-clerk")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.complete(ecologyTask.getId(),
                Map.of("decision", "AGREE", "basis", "越权"))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(driver.task(instance, "ecologyJointReview").getAssignee()).isNull();

        actors.as("ecology-clerk", () -> taskService.claim(ecologyTask.getId(), "ecology-clerk"));
        assertThat(driver.task(instance, "ecologyJointReview").getAssignee()).isEqualTo("ecology-clerk");
    }

    @Test
    void aScienceClerkCannotSeeClaimOrCompleteAnEcologyTaskThroughRest() {
        JsonNode visible = http.get("/engine-rest/task?processInstanceId=" + instance.getId(), "science-clerk").json();
        assertThat(visible).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactly("scienceJointReview");
        assertThat(http.get("/engine-rest/task/" + ecologyTask.getId(), "science-clerk").status()).isIn(403, 404);
        assertThat(http.post("/engine-rest/task/" + ecologyTask.getId() + "/claim", "science-clerk",
                Http.json(Map.of("userId", "science-clerk"))).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/task/" + ecologyTask.getId() + "/complete", "science-clerk",
                Http.json(Map.of("variables", Map.of("decision", Map.of("value", "AGREE"))))).status()).isEqualTo(403);
        assertThat(driver.task(instance, "ecologyJointReview")).isNotNull();

        assertThat(http.post("/engine-rest/task/" + ecologyTask.getId() + "/claim", "ecology-clerk",
                Http.json(Map.of("userId", "ecology-clerk"))).status()).isEqualTo(204);
    }

    @Test
    void anotherCitySeesNothingOfWeihaisApplications() {
        ProcessInstance fresh = driver.submitGood();
        assertThat(http.get("/engine-rest/task?processInstanceId=" + fresh.getId(), "jinan-clerk").json()).isEmpty();
        assertThat(http.get("/engine-rest/task?processInstanceId=" + fresh.getId(), "weihai-clerk").json()).hasSize(1);
    }

    @Test
    void anAgencyReadsTheCasesItHasTasksInAndTheirListLabelsButNoOtherCase() {
        assertThat(http.get("/engine-rest/process-instance/" + instance.getId(), "science-clerk").status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/process-instance/" + instance.getId() + "/variables/caseNo", "science-clerk")
                .json().get("value").asText()).startsWith("STGY-");
        assertThat(http.get("/engine-rest/process-instance/" + instance.getId(), "jinan-clerk").status()).isIn(403, 404);
        assertThat(http.get("/engine-rest/process-instance/" + instance.getId(), "cdb-clerk").status()).isIn(403, 404);

        // Tasklist's queue shows 编号 / 事项 / 城市 from the filter's list variables.
        String queue = http.get("/engine-rest/filter?resourceType=Task", "science-clerk").json().findParents("name").stream()
                .filter(f -> "待办任务".equals(f.path("name").asText())).findFirst().orElseThrow().get("id").asText();
        Http.Response list = http.postHal("/engine-rest/filter/" + queue + "/list", "science-clerk", "{}");
        JsonNode task = list.json().path("_embedded").path("task").get(0);
        assertThat(task.path("_embedded").path("variable").findValuesAsText("name")).contains("caseNo", "caseTitle", "cityName");
    }

    @Test
    void aManagerReadsEverythingButCompletesNothing() {
        assertThat(http.get("/engine-rest/task?processInstanceId=" + instance.getId(), "manager").json()).hasSize(3);
        assertThat(http.get("/engine-rest/process-instance/" + instance.getId(), "manager").status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/history/activity-instance?processInstanceId=" + instance.getId(), "manager")
                .json()).isNotEmpty();
        assertThat(http.post("/engine-rest/task/" + ecologyTask.getId() + "/claim", "manager",
                Http.json(Map.of("userId", "manager"))).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/task/" + ecologyTask.getId() + "/complete", "manager",
                Http.json(Map.of("variables", Map.of()))).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/process-instance/" + instance.getId() + "/variables", "manager",
                Http.json(Map.of("modifications", Map.of("x", Map.of("value", 1))))).status()).isEqualTo(403);
    }

    @Test
    void aBadDecisionThroughRestIsA400NamingTheField() {
        http.post("/engine-rest/task/" + ecologyTask.getId() + "/claim", "ecology-clerk", Http.json(Map.of("userId", "ecology-clerk")));
        Http.Response noReason = http.post("/engine-rest/task/" + ecologyTask.getId() + "/complete", "ecology-clerk",
                Http.json(Map.of("variables", Map.of("decision", Map.of("value", "DISAGREE")))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("message").asText()).contains("comment：选择“不同意”时必须填写理由");
        Http.Response unknown = http.post("/engine-rest/task/" + ecologyTask.getId() + "/complete", "ecology-clerk",
                Http.json(Map.of("variables", Map.of("decision", Map.of("value", "PASS")))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("decision：").contains("AGREE_WITH_CONDITIONS");
        assertThat(driver.task(instance, "ecologyJointReview")).isNotNull();
    }

    @Test
    void startingThroughTheEngineRestApiWithBadDataIsA400NamingTheField() {
        Map<String, Object> variables = new HashMap<>();
        ParkApplicationDriver.goodApplication().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        variables.put("areaKm2", Map.of("value", "很大"));
        Http.Response refused = http.post("/engine-rest/process-definition/key/park-application/start", "park-applicant",
                Http.json(Map.of("variables", variables)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("areaKm2");
        assertThat(refused.json().get("message").asText()).startsWith("areaKm2：");
        // Other errors keep Camunda's mapping.
        assertThat(http.post("/engine-rest/process-definition/key/no-such-process/start", "admin:admin", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void theApiTakesApplicationsFromApplicantsOnly() {
        Map<String, Object> form = ParkApplicationDriver.goodApplication();
        Http.Response created = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(created.status()).isEqualTo(201);
        String applicationNo = created.json().get("applicationNo").asText();
        assertThat(applicationNo).startsWith("STGY-");

        Map<String, Object> bad = new HashMap<>(ParkApplicationDriver.goodApplication());
        bad.put("areaKm2", "很大");
        Http.Response refused = http.post("/api/park-applications", "park-applicant", Http.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("areaKm2");

        Http.Response twice = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("message").asText()).contains("在办");

        assertThat(http.post("/api/park-applications", "science-clerk", Http.json(ParkApplicationDriver.goodApplication()))
                .status()).isEqualTo(403);
    }

    @Test
    void theApplicationShowsItsDecisionsToThoseInvolvedOnly() {
        String applicationNo = (String) taskService.getVariable(ecologyTask.getId(), "caseNo");
        JsonNode view = http.get("/api/park-applications/" + applicationNo, "park-applicant").json();
        assertThat(view.get("statusName").asText()).isEqualTo("省级联合审查");
        JsonNode decision = view.get("decisions").get(0);
        assertThat(decision.get("agencyName").asText()).isEqualTo("威海市生态环境局");
        assertThat(decision.get("actor").asText()).isEqualTo("weihai-clerk");
        assertThat(decision.get("outcomeName").asText()).isEqualTo("通过");
        assertThat(decision.get("decidedAt").isNull()).isFalse();
        assertThat(http.get("/api/park-applications/" + applicationNo, "manager").status()).isEqualTo(200);
        assertThat(http.get("/api/park-applications/" + applicationNo, "jinan-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/park-applications/" + applicationNo, "cdb-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/park-applications/STGY-1999-9999", "manager").status()).isEqualTo(404);
    }

    @Test
    void onlyEcologyRegistersObjectionsAndOnlyDuringTheNotice() {
        String applicationNo = (String) taskService.getVariable(ecologyTask.getId(), "caseNo");
        String objection = Http.json(Map.of("content", "反映园区企业偷排"));
        assertThat(http.post("/api/park-applications/" + applicationNo + "/objections", "commerce-clerk", objection).status())
                .isEqualTo(403);
        Http.Response early = http.post("/api/park-applications/" + applicationNo + "/objections", "ecology-clerk", objection);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("message").asText()).contains("不在公示期内");
        assertThat(http.post("/api/park-applications/" + applicationNo + "/objections", "ecology-clerk", "{}").status())
                .isEqualTo(400);
    }
}
