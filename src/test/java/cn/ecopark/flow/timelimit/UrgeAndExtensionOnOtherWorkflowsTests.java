package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryDriver;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.timelimit.TimeLimitTests.at;
import static cn.ecopark.flow.timelimit.TimeLimitTests.endOf;
import static org.assertj.core.api.Assertions.assertThat;

/** 催办 and 延期 work the same on the green channel and the pollution-prevention library. */
@EcoparkSpringTest
class UrgeAndExtensionOnOtherWorkflowsTests {

    @LocalServerPort
    int port;
    @Autowired
    GreenChannelDriver green;
    @Autowired
    LibraryDriver library;
    @Autowired
    TaskService taskService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    TaskDeadlines deadlines;
    Http http;

    @BeforeEach
    void start() {
        http = new Http(port);
        at("2026-03-02T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void greenChannelAcceptanceIsUrgedOnceADayAndExtendedByAnotherPersonOfTheLeadAgency() {
        ProcessInstance instance = green.submit("ecology-clerk", GreenChannelDriver.project(green.park("NAMED")));
        Task acceptance = green.task(instance, "acceptProject");
        assertThat(acceptance.getDueDate().toInstant()).isEqualTo(endOf("2026-03-04")); // the model's P2WD

        assertThat(http.post("/api/tasks/" + acceptance.getId() + "/urge", "reform-clerk", "").status()).isEqualTo(403);
        assertThat(http.post("/api/tasks/" + acceptance.getId() + "/urge", "manager", Http.json(Map.of("comment", "重点项目，请优先受理"))).status())
                .isEqualTo(201);
        Http.Response twice = http.post("/api/tasks/" + acceptance.getId() + "/urge", "ecology-clerk", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(operations(instance, Outcome.URGED_BY_HAND)).singleElement()
                .satisfies(r -> assertThat(r.agency()).isEqualTo("managers"));

        String path = "/api/tasks/" + acceptance.getId() + "/extensions";
        long id = http.post(path, "ecology-clerk", Http.json(Map.of("workingDays", 2, "reason", "等待省发改委确认重点项目名单"))).json().get("id").asLong();
        Http.Response own = http.post(path + "/" + id + "/decision", "ecology-clerk", Http.json(Map.of("grant", true)));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("message").asText()).contains("不能审批本人提出的延期申请");
        Http.Response granted = http.post(path + "/" + id + "/decision", "admin:admin", Http.json(Map.of("grant", true)));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(taskService.createTaskQuery().taskId(acceptance.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(endOf("2026-03-06"));

        green.accept(instance);
        Task review = green.review(instance, "commerce");
        Http.Response statutory = http.post("/api/tasks/" + review.getId() + "/extensions", "commerce-clerk",
                Http.json(Map.of("workingDays", 5, "reason", "需征求商务部意见")));
        assertThat(statutory.status()).isEqualTo(409);
        assertThat(statutory.json().get("message").asText()).contains("法定时限和流程计时器");
        assertThat(operations(instance, Outcome.EXTENSION_REQUESTED)).as("only the acceptance's request").hasSize(1);
        assertThat(http.post("/api/tasks/" + review.getId() + "/urge", "ecology-clerk", "").status())
                .as("a statutory review can still be urged").isEqualTo(201);
    }

    @Test
    void pollutionLibraryEntryReviewIsUrgedAndExtended() {
        ProcessInstance instance = library.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(library.park(ParkStatus.NAMED)));
        Task review = library.task(instance, "ecologyEntryReview");
        assertThat(review.getDueDate().toInstant()).isEqualTo(endOf("2026-03-23")); // P15WD
        assertThat(deadlines.of(review.getId()).orElseThrow().workingDays()).isEqualTo(15);

        assertThat(http.post("/api/tasks/" + review.getId() + "/urge", "finance-clerk", "").status()).isEqualTo(403);
        assertThat(http.post("/api/tasks/" + review.getId() + "/urge", "ecology-clerk", "").status()).isEqualTo(201);
        assertThat(http.post("/api/tasks/" + review.getId() + "/urge", "manager", "").status()).isEqualTo(409);

        String path = "/api/tasks/" + review.getId() + "/extensions";
        assertThat(http.post(path, "finance-clerk", Http.json(Map.of("workingDays", 3, "reason", "x"))).status()).isEqualTo(403);
        assertThat(http.post(path, "ecology-clerk", Http.json(Map.of("workingDays", 21, "reason", "专家评审"))).status())
                .as("over the most one extension may add").isEqualTo(400);
        long id = http.post(path, "ecology-clerk", Http.json(Map.of("workingDays", 3, "reason", "组织专家评审"))).json().get("id").asLong();
        assertThat(http.post(path + "/" + id + "/decision", "finance-clerk", Http.json(Map.of("grant", true))).status()).isEqualTo(403);
        assertThat(http.post(path + "/" + id + "/decision", "admin:admin", Http.json(Map.of("grant", true))).status()).isEqualTo(200);
        // 24, 25, 26 March.
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate().toInstant()).isEqualTo(endOf("2026-03-26"));
        assertThat(operations(instance, Outcome.EXTENSION_GRANTED)).hasSize(1);
        assertThat(operations(instance, Outcome.URGED_BY_HAND)).hasSize(1);
    }

    private List<ApprovalRecord> operations(ProcessInstance instance, Outcome outcome) {
        return records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()).stream()
                .filter(r -> r.outcome() == outcome).toList();
    }
}
