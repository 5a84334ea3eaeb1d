package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supervision over HTTP and who may do what: ecology reports violations, ecology and managers read a park's history,
 * each agency works only its own spot checks, and nobody starts a re-inspection by hand.
 */
@EcoparkSpringTest
class SupervisionApiTests {

    @LocalServerPort
    int port;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Actors actors;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void ecologyReportsAViolationAndManagersReadTheRevocationInTheParksHistory() {
        Park park = driver.namedPark(AppClock.today().minusYears(1));
        String report = Http.json(SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕41号", AppClock.today()));
        String url = "/api/parks/" + park.getId() + "/violations";

        assertThat(http.post(url, "science-clerk", report).status()).isEqualTo(403);
        assertThat(http.post(url, "park-applicant", report).status()).isEqualTo(403);
        assertThat(http.post(url, null, report).status()).isEqualTo(401);
        assertThat(http.post("/api/parks/999999/violations", "ecology-clerk", report).status()).isEqualTo(404);
        Http.Response bad = http.post(url, "ecology-clerk", Http.json(Map.of("kind", "SERIOUS_VIOLATION")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("caseReference");

        Http.Response created = http.post(url, "ecology-clerk", report);
        assertThat(created.status()).isEqualTo(201);
        JsonNode answer = created.json();
        String caseNo = answer.get("caseNo").asText();
        assertThat(caseNo).startsWith("WFCL-");
        assertThat(answer.get("sanctionName").asText()).isEqualTo("撤销称号");
        assertThat(answer.get("statusName").asText()).isEqualTo("会商");
        Http.Response twice = http.post(url, "ecology-clerk", report);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains(caseNo);

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
        driver.dueProcess(instance);
        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意", null);
        tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔2026〕120号", null);

        String history = "/api/parks/" + park.getId() + "/history";
        assertThat(http.get(history, "science-clerk").status()).isEqualTo(404);
        assertThat(http.get(history, "park-applicant").status()).isEqualTo(404);
        assertThat(http.get("/api/parks/999999/history", "manager").status()).isEqualTo(404);
        assertThat(http.get(history, "ecology-clerk").status()).isEqualTo(200);
        JsonNode view = http.get(history, "manager").json();
        assertThat(view.get("statusName").asText()).isEqualTo("已撤销称号");
        assertThat(view.get("revokedOn").asText()).isEqualTo(AppClock.today().toString());
        JsonNode revocation = view.get("changes").get(view.get("changes").size() - 1);
        assertThat(revocation.get("fromStatusName").asText()).isEqualTo("已命名");
        assertThat(revocation.get("toStatusName").asText()).isEqualTo("已撤销称号");
        assertThat(revocation.get("changedBy").asText()).isEqualTo("ecology-clerk");
        assertThat(revocation.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(revocation.get("reason").asText()).contains("鲁环罚〔2026〕41号").contains("第十七条");
        assertThat(revocation.get("decisions")).extracting(d -> d.get("agencyName").asText() + "/" + d.get("actor").asText()
                        + "/" + d.get("outcomeName").asText())
                .containsExactly("省生态环境厅/ecology-clerk/已书面告知", "申报园区/park-applicant/已提交",
                        "省科技厅/science-clerk/同意", "省商务厅/commerce-clerk/同意", "省生态环境厅/ecology-clerk/同意");
        assertThat(view.get("violations").get(0).get("statusName").asText()).isEqualTo("已处理");
    }

    @Test
    void eachAgencyWorksOnlyItsOwnSpotCheckAndTheParkSeesOnlyItsOwnTasks() {
        // A month no other test names parks in: the park is then its batch's only candidate, so it is drawn.
        java.time.LocalDate namedOn = SupervisionDriver.named(10, 5);
        Park park = driver.namedPark(namedOn);
        try {
            SupervisionDriver.clockAt(namedOn.plusYears(2));
            driver.runDailyCheck();
            ProcessInstance instance = driver.instanceOf(driver.latestReview(park));
            assertThat(http.get("/engine-rest/task?processInstanceId=" + instance.getId(), "weihai-clerk").json()).isEmpty();
            driver.selfCheck(instance, SupervisionDriver.goodFigures());

            Task ecology = tasks.task(instance, "ecologySpotCheck");
            assertThat(actors.as("science-clerk", () -> taskService.createTaskQuery().processInstanceId(instance.getId()).list()))
                    .extracting(Task::getTaskDefinitionKey).containsExactly("scienceSpotCheck");
            assertThat(actors.as("park-applicant", () -> taskService.createTaskQuery().processInstanceId(instance.getId()).count()))
                    .isZero();
            assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.complete(ecology.getId(),
                    Map.of("decision", "AGREE", "basis", "越权"))))
                    .isInstanceOf(AuthorizationException.class);
            assertThat(http.post("/engine-rest/task/" + ecology.getId() + "/claim", "commerce-clerk",
                    Http.json(Map.of("userId", "commerce-clerk"))).status()).isEqualTo(403);
            assertThat(http.get("/engine-rest/task?processInstanceId=" + instance.getId(), "manager").json()).hasSize(3);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void nobodyStartsAReInspectionOrAViolationCaseByHand() {
        assertThat(http.post("/engine-rest/process-definition/key/biennial-review/start", "park-applicant", "{}").status())
                .isEqualTo(403);
        assertThat(http.post("/engine-rest/message", "park-applicant",
                Http.json(Map.of("messageName", "BiennialReviewDue"))).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/message", "ecology-clerk",
                Http.json(Map.of("messageName", "SeriousViolationReported"))).status()).isEqualTo(403);
        assertThat(http.get("/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true",
                "park-applicant").json()).extracting(d -> d.get("key").asText())
                .contains("park-application").doesNotContain("biennial-review", "violation-handling");
    }
}
