package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
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

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.greenchannel.GreenChannelDriver.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 加签 and 减签 on a running green-channel joint review by the lead agency: the added agency gets its task with a time
 * limit and the case waits for its opinion, which the result includes; a removed agency's open review goes and the case
 * proceeds without it. Each refusal (another agency, an unknown agency, no reason, an agency already in or already
 * decided, the last open review, a park application's fixed joint review) leaves no trace.
 */
@EcoparkSpringTest
class GreenChannelCountersignTests {

    static final String REVIEWERS = "/api/cases/%s/joint-review/reviewers";

    @LocalServerPort
    int port;
    @Autowired
    GreenChannelDriver driver;
    @Autowired
    ParkCases parkCases;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    GreenChannelProjectRepository projects;
    @Autowired
    ApprovalRecordRepository records;
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
    void theLeadAgencyAddsCommerceTheCaseWaitsForItsOpinionAndTheResultIncludesIt() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.put("foreignInvested", false); // routed: ecology, reform, science
        ProcessInstance instance = driver.submit("ecology-clerk", form);
        driver.accept(instance);
        String caseNo = instance.getBusinessKey();
        String add = REVIEWERS.formatted(caseNo);
        assertThat(driver.review(instance, "commerce")).isNull();
        long tasksBefore = openTasks(instance);

        Http.Response notLead = http.post(add, "science-clerk", Http.json(Map.of("agency", "commerce", "reason", "请商务厅审查")));
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(notLead.json().get("message").asText()).contains("只有牵头部门（省生态环境厅）可以加签");
        Http.Response unknown = http.post(add, "ecology-clerk", Http.json(Map.of("agency", "nobody", "reason", "x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("agency");
        Http.Response bank = http.post(add, "ecology-clerk", Http.json(Map.of("agency", "pboc", "reason", "x")));
        assertThat(bank.status()).isEqualTo(400);
        Http.Response noReason = http.post(add, "ecology-clerk", Http.json(Map.of("agency", "commerce")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        Http.Response already = http.post(add, "ecology-clerk", Http.json(Map.of("agency", "reform", "reason", "再请发改委审查")));
        assertThat(already.status()).isEqualTo(409);
        assertThat(already.json().get("message").asText()).contains("省发展改革委已参加本项目的并联审查");
        // Around our API, straight to the engine: modifying the instance stays refused even to the lead agency.
        Http.Response direct = http.post("/engine-rest/process-instance/" + instance.getId() + "/modification", "ecology-clerk",
                Http.json(Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "parallelReview",
                        "variables", Map.of("agency", Map.of("value", "commerce", "local", true)))))));
        assertThat(direct.status()).isEqualTo(403);
        assertThat(openTasks(instance)).as("no effect").isEqualTo(tasksBefore);
        assertThat(projects.findByProjectNo(caseNo).orElseThrow().getReviews()).hasSize(3);
        assertThat(operations(caseNo)).isEmpty();

        Http.Response added = http.post(add, "ecology-clerk",
                Http.json(Map.of("agency", "commerce", "reason", "项目涉及外资股权变更，请商务厅一并审查")));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("operation").asText()).isEqualTo("加签");
        Task commerce = driver.review(instance, "commerce");
        assertThat(commerce).as("the added agency has the task in its queue").isNotNull();
        assertThat(commerce.getDueDate()).as("with the time limit of the time-limit table").isNotNull();
        GreenChannelReview review = projects.findByProjectNo(caseNo).orElseThrow().review("commerce");
        assertThat(review.getReviewType()).isEqualTo(ReviewPlan.ADDED_REVIEW);
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.RUNNING);
        assertThat(review.getStatutoryBasis()).startsWith("待确认");
        assertThat(review.getCommitmentSource()).startsWith("待确认");
        assertThat(driver.timers(instance, "deadlineExpired")).as("its own overdue timer").hasSize(4);
        assertThat(runtimeService.getVariable(commerce.getExecutionId(), "nrOfInstances")).isEqualTo(4);

        driver.agree("ecology", instance);
        driver.agree("reform", instance);
        driver.agree("science", instance);
        assertThat(driver.task(instance, "issueJointReply")).as("the case waits for the added agency").isNull();
        driver.opinion("commerce", instance, "AGREE_WITH_CONDITIONS", "《外商投资法》第三十五条", "POLLUTION_CONTROL",
                "外资股权变更完成后报商务厅备案");
        assertThat(driver.task(instance, "issueJointReply")).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), "projectResult")).as("the result includes its opinion")
                .isEqualTo("AGREE_WITH_CONDITIONS");

        assertThat(operations(caseNo)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REVIEWER_ADDED);
            assertThat(r.actor()).isEqualTo("ecology-clerk");
            assertThat(r.comment()).contains("加签省商务厅").contains("项目涉及外资股权变更");
        });
        String sheet = http.get("/staff/cases/" + caseNo + "/approval-sheet", "manager").body();
        assertThat(sheet).contains("加签").contains("项目涉及外资股权变更，请商务厅一并审查");
    }

    @Test
    void theLeadAgencyRemovesAnOpenReviewTheCaseProceedsWithoutItDecidedAndLastOnesStay() {
        ProcessInstance instance = driver.submit("ecology-clerk", GreenChannelDriver.project(driver.park("NAMED")));
        driver.accept(instance);
        String caseNo = instance.getBusinessKey();
        driver.agree("reform", instance);
        long tasksBefore = openTasks(instance);

        Http.Response decided = http.delete(REVIEWERS.formatted(caseNo) + "/reform", "ecology-clerk",
                Http.json(Map.of("reason", "发改委不再参加")));
        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.json().get("message").asText()).contains("省发展改革委已出具审查意见（同意）");
        Http.Response notLead = http.delete(REVIEWERS.formatted(caseNo) + "/science", "science-clerk",
                Http.json(Map.of("reason", "科技厅不参加")));
        assertThat(notLead.status()).isEqualTo(403);
        Http.Response notIn = http.delete(REVIEWERS.formatted(caseNo) + "/finance", "ecology-clerk",
                Http.json(Map.of("reason", "x")));
        assertThat(notIn.status()).isEqualTo(409);
        assertThat(notIn.json().get("message").asText()).contains("省财政厅未参加本项目的并联审查");
        assertThat(openTasks(instance)).as("no effect").isEqualTo(tasksBefore);
        assertThat(operations(caseNo)).isEmpty();

        Http.Response removed = http.delete(REVIEWERS.formatted(caseNo) + "/science", "ecology-clerk",
                Http.json(Map.of("reason", "经核实本项目不涉及科技审查事项")));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(driver.review(instance, "science")).as("the open review is gone").isNull();
        assertThat(driver.timers(instance, "deadlineExpired")).as("with its timers").hasSize(2);
        GreenChannelProject project = projects.findByProjectNo(caseNo).orElseThrow();
        assertThat(project.review("science").getStatus()).isEqualTo(ReviewStatus.REMOVED);
        assertThat(project.pendingAgencies()).containsExactlyInAnyOrder("ecology", "commerce");

        driver.agree("ecology", instance);
        Http.Response last = http.delete(REVIEWERS.formatted(caseNo) + "/commerce", "ecology-clerk",
                Http.json(Map.of("reason", "商务厅不参加")));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("message").asText()).contains("最后一个尚未出具意见的部门");
        assertThat(driver.review(instance, "commerce")).isNotNull();

        driver.agree("commerce", instance);
        assertThat(driver.task(instance, "issueJointReply")).as("the case proceeds without science").isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), "projectResult")).isEqualTo("AGREE");
        assertThat(projects.findByProjectNo(caseNo).orElseThrow().getStatus()).isEqualTo(ProjectStatus.JOINT_REPLY);

        assertThat(operations(caseNo)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REVIEWER_REMOVED);
            assertThat(r.comment()).contains("减签省科技厅").contains("经核实本项目不涉及科技审查事项");
        });
        assertThat(http.post(REVIEWERS.formatted(caseNo), "ecology-clerk", Http.json(Map.of("agency", "science", "reason", "x")))
                .status()).as("no joint review running any more").isEqualTo(409);
    }

    @Test
    void aParkApplicationsJointReviewHasFixedMembers() {
        ParkCases.Submitted submitted = parkCases.submit(http);
        String caseNo = submitted.caseNo();
        Http.Response add = http.post(REVIEWERS.formatted(caseNo), "ecology-clerk",
                Http.json(Map.of("agency", "reform", "reason", "请发改委参加联审")));
        assertThat(add.status()).isEqualTo(409);
        assertThat(add.json().get("message").asText()).contains("成员由《若干措施》（鲁环发〔2021〕7号）");
        Http.Response remove = http.delete(REVIEWERS.formatted(caseNo) + "/science", "ecology-clerk",
                Http.json(Map.of("reason", "科技厅不参加")));
        assertThat(remove.status()).isEqualTo(409);
        assertThat(operations(caseNo)).isEmpty();
    }

    private long openTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).count();
    }

    private List<ApprovalRecord> operations(String caseNo) {
        return records.findAll().stream().filter(r -> caseNo.equals(r.caseNo()) && r.outcome().caseOperation())
                .sorted(Comparator.comparing(ApprovalRecord::decidedAt).thenComparing(ApprovalRecord::id)).toList();
    }
}
