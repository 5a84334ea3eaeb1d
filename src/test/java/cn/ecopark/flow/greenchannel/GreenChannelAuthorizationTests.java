package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One agency cannot act on another's review, through the Java API or REST; the project view shows itself to those involved only. */
@EcoparkSpringTest
class GreenChannelAuthorizationTests {

    @LocalServerPort
    int port;
    @Autowired
    GreenChannelDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Actors actors;
    Http http;
    ProcessInstance instance;
    Task commerceTask;
    String projectNo;

    @BeforeEach
    void aCaseInParallelReview() {
        GreenChannelDriver.at("2026-03-02T09:00");
        http = new Http(port);
        instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("NAMED")));
        driver.accept(instance);
        commerceTask = driver.review(instance, "commerce");
        projectNo = instance.getBusinessKey();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aScienceClerkCannotSeeClaimOrCompleteCommercesReviewThroughTheJavaApi() {
        assertThat(actors.as("science-clerk", () -> taskService.createTaskQuery().processInstanceId(instance.getId()).list()))
                .singleElement().satisfies(t -> assertThat(taskService.getVariable(t.getId(), "agency")).isEqualTo("science"));
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.claim(commerceTask.getId(), "science-clerk")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.complete(commerceTask.getId(),
                Map.of("decision", "AGREE", "basis", "越权"))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(driver.review(instance, "commerce").getAssignee()).isNull();
        driver.agree("commerce", instance);
        assertThat(driver.review(instance, "commerce")).isNull();
    }

    @Test
    void aReformClerkCannotClaimOrCompleteCommercesReviewThroughRest() {
        JsonNode visible = http.get("/engine-rest/task?processInstanceId=" + instance.getId(), "reform-clerk").json();
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("id").asText()).isNotEqualTo(commerceTask.getId());
        assertThat(http.post("/engine-rest/task/" + commerceTask.getId() + "/claim", "reform-clerk",
                Http.json(Map.of("userId", "reform-clerk"))).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/task/" + commerceTask.getId() + "/complete", "reform-clerk",
                Http.json(Map.of("variables", Map.of("decision", Map.of("value", "DISAGREE"), "basis", Map.of("value", "越权")))))
                .status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/task/" + commerceTask.getId() + "/claim", "commerce-clerk",
                Http.json(Map.of("userId", "commerce-clerk"))).status()).isEqualTo(204);
    }

    @Test
    void onlyApplicantsAndTheEcologyWindowStartProjects() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        assertThatThrownBy(() -> driver.submit("finance-clerk", form)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> driver.submit("manager", form)).isInstanceOf(AuthorizationException.class);
        assertThat(driver.submit("ecology-clerk", form).getBusinessKey()).startsWith("LSTD-");
    }

    @Test
    void theProjectViewShowsOpinionsPausesAndOverdueFlagsToThoseInvolvedOnly() {
        driver.opinion("ecology", instance, "AGREE_WITH_CONDITIONS", "《环境影响评价法》", "POLLUTION_CONTROL", "废气达标排放");
        driver.opinion("reform", instance, "DISAGREE", "限制类项目", null, null);
        GreenChannelDriver.at("2026-03-05T10:00");
        driver.act("science", instance, "EXPERT_REVIEW", "组织专家论证");
        GreenChannelDriver.at("2026-03-10T00:00:30");
        driver.fire(driver.timer(instance, "deadlineExpired", "commerce"));

        Http.Response response = http.get("/api/green-channel/projects/" + projectNo, "park-applicant");
        assertThat(response.status()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.get("statusName").asText()).isEqualTo("并联审查中");
        assertThat(view.get("reviews")).hasSize(4);
        JsonNode reform = findBy(view.get("reviews"), "agency", "reform");
        assertThat(reform.get("outcomeName").asText()).isEqualTo("不同意");
        assertThat(reform.get("limitDays").asInt()).isEqualTo(2);
        assertThat(findBy(view.get("reviews"), "agency", "ecology").get("conditionSubject").asText()).isEqualTo("污染防治措施");
        assertThat(view.get("conflicts")).singleElement().satisfies(c -> assertThat(c.get("kindName").asText()).isEqualTo("意见相左"));
        assertThat(view.get("pauses")).singleElement().satisfies(p -> {
            assertThat(p.get("reason").asText()).isEqualTo("EXPERT_REVIEW");
            assertThat(p.get("remainingDays").asInt()).isEqualTo(2);
            assertThat(p.get("resumedOn").isNull()).isTrue();
        });
        assertThat(view.get("overdue")).singleElement().satisfies(o -> {
            assertThat(o.get("agencyName").asText()).isEqualTo("省商务厅");
            assertThat(o.get("taskId").asText()).isEqualTo(commerceTask.getId());
            assertThat(o.get("dueAt").asText()).isEqualTo("2026-03-09T15:59:59Z");
        });
        assertThat(view.get("decisions")).hasSize(4);

        assertThat(http.get("/api/green-channel/projects/" + projectNo, "commerce-clerk").status()).isEqualTo(200);
        assertThat(http.get("/api/green-channel/projects/" + projectNo, "ecology-clerk").status()).isEqualTo(200);
        assertThat(http.get("/api/green-channel/projects/" + projectNo, "manager").status()).isEqualTo(200);
        assertThat(http.get("/api/green-channel/projects/" + projectNo, "finance-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/green-channel/projects/" + projectNo, "weihai-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/green-channel/projects/" + projectNo, null).status()).isEqualTo(401);
        assertThat(http.get("/api/green-channel/projects/LSTD-1999-9999", "manager").status()).isEqualTo(404);
    }

    private static JsonNode findBy(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No element with " + field + "=" + value);
    }
}
