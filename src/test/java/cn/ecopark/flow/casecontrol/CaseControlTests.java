package cn.ecopark.flow.casecontrol;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.greenchannel.GreenChannelProjectRepository;
import cn.ecopark.flow.greenchannel.ProjectStatus;
import cn.ecopark.flow.parkapplication.ApplicationStatus;
import cn.ecopark.flow.parkapplication.ParkApplicationRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import cn.ecopark.flow.timelimit.TaskDeadlines;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 中止, 恢复 and 终止 by the lead agency on park-application and green-channel: the refusals (another agency, no
 * reason, twice, a closed case) leave no trace; suspension stops the clock and the tasks; resumption moves the due
 * dates and timers by the working days the case stood still; termination ends the process and keeps everything.
 */
@EcoparkSpringTest
class CaseControlTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    GreenChannelDriver green;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    CaseControlRecords control;
    @Autowired
    CaseControl caseControl;
    @Autowired
    TaskDeadlines deadlines;
    @Autowired
    ParkApplicationRepository applications;
    @Autowired
    GreenChannelProjectRepository projects;
    Http http;

    @BeforeEach
    void start() {
        http = new Http(port);
        at("2026-03-02T09:00"); // a Monday
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant()));
    }

    static Instant endOf(String date) {
        return LocalDate.parse(date).atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theLeadAgencySuspendsAParkApplicationTheClockStopsAndResumingMovesTheDueDates() {
        ParkCases.Submitted submitted = cases.submit(http);
        String caseNo = submitted.caseNo();
        Task review = cases.task(caseNo, "cityPreReview");
        assertThat(review.getDueDate().toInstant()).isEqualTo(endOf("2026-03-16"));
        String suspension = "/api/cases/" + caseNo + "/suspension";

        at("2026-03-04T10:00");
        Http.Response notLead = http.post(suspension, "science-clerk", Http.json(Map.of("reason", "科技厅认为应暂停")));
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(notLead.json().get("message").asText()).contains("只有牵头部门（省生态环境厅）可以中止");
        Http.Response city = http.post(suspension, "weihai-clerk", Http.json(Map.of("reason", "市里要求暂停")));
        assertThat(city.status()).isEqualTo(403);
        Http.Response noReason = http.post(suspension, "ecology-clerk", Http.json(Map.of("reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        // Around our API, straight to the engine: refused even to the lead agency (only the system suspends, after our check).
        Http.Response direct = http.put("/engine-rest/process-instance/" + instance(caseNo).getId() + "/suspended", "ecology-clerk",
                Http.json(Map.of("suspended", true)));
        assertThat(direct.status()).isEqualTo(403);
        assertThat(instance(caseNo).isSuspended()).as("no effect").isFalse();
        assertThat(operations(caseNo)).isEmpty();
        assertThat(control.ofCase(caseNo)).isEmpty();

        Http.Response suspended = http.post(suspension, "ecology-clerk", Http.json(Map.of("reason", "园区涉嫌环境违法，待调查结论")));
        assertThat(suspended.status()).isEqualTo(201);
        assertThat(instance(caseNo).isSuspended()).isTrue();
        Http.Response twice = http.post(suspension, "ecology-clerk", Http.json(Map.of("reason", "再次中止")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("已处于中止状态");

        // Nobody works a suspended case's task, and nobody urges it.
        Http.Response claim = http.post("/engine-rest/task/" + review.getId() + "/claim", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-clerk")));
        assertThat(claim.status()).isEqualTo(409);
        assertThat(claim.json().get("message").asText()).contains("案件已中止办理");
        assertThat(http.post("/api/tasks/" + review.getId() + "/urge", "ecology-clerk", "").status()).isEqualTo(409);

        JsonNode progress = progress(submitted);
        assertThat(progress.get("stageName").asText()).isEqualTo("市级初审（已中止办理）");
        assertThat(progress.get("notices").toString()).contains("案件中止办理").contains("园区涉嫌环境违法，待调查结论");

        at("2026-03-09T09:00");
        Http.Response resumed = http.post("/api/cases/" + caseNo + "/resumption", "ecology-clerk", Http.json(Map.of("reason", "调查结论：不影响申报")));
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.json().get("workingDaysPaused").asInt()).isEqualTo(3); // 5, 6, 9 March
        assertThat(instance(caseNo).isSuspended()).isFalse();
        Task moved = taskService.createTaskQuery().taskId(review.getId()).singleResult();
        // 8 working days were left on 4 March (5 … 16); counted again from 9 March: 10 … 19.
        assertThat(moved.getDueDate().toInstant()).isEqualTo(endOf("2026-03-19"));
        assertThat(deadlines.of(review.getId()).orElseThrow().dueAt()).isEqualTo(endOf("2026-03-19"));
        Http.Response notSuspended = http.post("/api/cases/" + caseNo + "/resumption", "ecology-clerk", "");
        assertThat(notSuspended.status()).isEqualTo(409);
        assertThat(notSuspended.json().get("message").asText()).contains("未处于中止状态");

        assertThat(operations(caseNo)).extracting(ApprovalRecord::outcome).containsExactly(Outcome.SUSPENDED, Outcome.RESUMED);
        assertThat(operations(caseNo).get(1).comment()).startsWith("中止 3 个工作日，期限顺延");
        String sheet = http.get("/staff/cases/" + caseNo + "/approval-sheet", "manager").body();
        assertThat(sheet).contains("中止办理").contains("恢复办理").contains("园区涉嫌环境违法，待调查结论");
        assertThat(sheet.indexOf("中止办理")).isLessThan(sheet.indexOf("恢复办理"));
        assertThat(progress(submitted).get("notices").toString()).contains("案件恢复办理");

        cases.cityPasses(caseNo);
        assertThat(cases.task(caseNo, "ecologyJointReview")).as("the case goes on").isNotNull();
    }

    @Test
    void theLeadAgencyTerminatesAParkApplicationAndNothingIsDeleted() {
        ParkCases.Submitted submitted = cases.submit(http);
        String caseNo = submitted.caseNo();
        String pid = instance(caseNo).getId();
        cases.cityPasses(caseNo);
        String termination = "/api/cases/" + caseNo + "/termination";

        Http.Response notLead = http.post(termination, "commerce-clerk", Http.json(Map.of("reason", "商务厅要求终止")));
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(http.post(termination, "park-applicant", Http.json(Map.of("reason", "撤回"))).status()).isEqualTo(403);
        assertThat(http.post(termination, "ecology-clerk", "{}").status()).isEqualTo(400);
        assertThat(http.delete("/engine-rest/process-instance/" + pid, "ecology-clerk").status())
                .as("deleting through engine-rest stays refused").isEqualTo(403);
        assertThat(instance(caseNo)).as("no effect").isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(pid).count()).isEqualTo(3);

        Http.Response terminated = http.post(termination, "ecology-clerk", Http.json(Map.of("reason", "申报单位书面申请撤回申报")));
        assertThat(terminated.status()).isEqualTo(201);
        assertThat(terminated.json().get("kind").asText()).isEqualTo("TERMINATION");
        assertThat(instance(caseNo)).isNull();
        var history = historyService.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(history.getEndTime()).isNotNull();
        assertThat(history.getDeleteReason()).contains("申报单位书面申请撤回申报");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pid).count()).isEqualTo(4);
        assertThat(applications.findByApplicationNo(caseNo).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(deadlines.openOfInstance(pid)).isEmpty();
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(pid)).as("the city's decision stays").hasSize(1);

        Http.Response again = http.post(termination, "ecology-clerk", Http.json(Map.of("reason", "再次终止")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("已终止办理");
        assertThat(http.post("/api/cases/" + caseNo + "/suspension", "ecology-clerk", Http.json(Map.of("reason", "x"))).status()).isEqualTo(409);
        assertThat(operations(caseNo)).extracting(ApprovalRecord::outcome).containsExactly(Outcome.TERMINATED);

        JsonNode progress = progress(submitted);
        assertThat(progress.get("stageName").asText()).isEqualTo("已终止");
        assertThat(progress.get("closed").asBoolean()).isTrue();
        assertThat(progress.get("notices").toString()).contains("案件终止办理").contains("申报单位书面申请撤回申报");
        assertThat(http.get("/api/cases/" + caseNo + "/control", "park-applicant").json()).hasSize(1);
        assertThat(http.get("/api/cases/" + caseNo + "/control", "jinan-clerk").status()).isEqualTo(404);
    }

    @Test
    void aGreenChannelProjectIsSuspendedWithItsStatutoryTimersAndTerminatedByEcologyOnly() {
        ProcessInstance instance = green.submit("ecology-clerk", GreenChannelDriver.project(green.park("NAMED")));
        green.accept(instance);
        String caseNo = instance.getBusinessKey();
        Task ecologyReview = green.review(instance, "ecology");
        assertThat(deadlines.of(ecologyReview.getId()).orElseThrow().modelTimed()).as("the statutory clock is the model's").isTrue();
        List<Job> timersBefore = timers(instance);
        assertThat(timersBefore).isNotEmpty();

        assertThat(http.post("/api/cases/" + caseNo + "/suspension", "reform-clerk", Http.json(Map.of("reason", "发改委要求中止"))).status())
                .isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().isSuspended()).isFalse();

        at("2026-03-03T10:00");
        assertThat(http.post("/api/cases/" + caseNo + "/suspension", "ecology-clerk", Http.json(Map.of("reason", "项目选址调整，待重新论证"))).status())
                .isEqualTo(201);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).active().count())
                .as("no timer fires while suspended").isZero();

        at("2026-03-06T10:00");
        Http.Response resumed = http.post("/api/cases/" + caseNo + "/resumption", "ecology-clerk", "");
        assertThat(resumed.status()).isEqualTo(200);
        int paused = resumed.json().get("workingDaysPaused").asInt();
        assertThat(paused).isEqualTo(3); // 4, 5, 6 March
        for (Job before : timersBefore) {
            Job after = managementService.createJobQuery().jobId(before.getId()).singleResult();
            LocalDate was = before.getDuedate().toInstant().atZone(SHANGHAI).toLocalDate();
            LocalDate now = after.getDuedate().toInstant().atZone(SHANGHAI).toLocalDate();
            assertThat(now).as("timer %s moved by the paused working days", before.getId()).isAfter(was);
        }

        at("2026-03-09T10:00");
        assertThat(http.post("/api/cases/" + caseNo + "/termination", "science-clerk", Http.json(Map.of("reason", "x"))).status())
                .isEqualTo(403);
        assertThat(http.post("/api/cases/" + caseNo + "/termination", "ecology-clerk", Http.json(Map.of("reason", "投资方放弃建设"))).status())
                .isEqualTo(201);
        assertThat(projects.findByProjectNo(caseNo).orElseThrow().getStatus()).isEqualTo(ProjectStatus.TERMINATED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(operations(caseNo)).extracting(ApprovalRecord::outcome)
                .containsExactly(Outcome.SUSPENDED, Outcome.RESUMED, Outcome.TERMINATED);
    }

    @Test
    void theLapseRuleSetToTerminateEndsTheCaseAsTheSystem() {
        ParkCases.Submitted submitted = cases.submit(http);
        String caseNo = submitted.caseNo();
        cases.cityReturns(caseNo, "缺少规划环评审查意见");

        caseControl.terminateAsSystem(caseNo, "补正期限届满，终止办理（依据：待确认）");

        assertThat(instance(caseNo)).isNull();
        assertThat(operations(caseNo)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.TERMINATED);
            assertThat(r.actor()).isEqualTo("system");
            assertThat(r.agency()).isEqualTo("ecology");
        });
        caseControl.terminateAsSystem(caseNo, "再次");
        assertThat(operations(caseNo)).as("once").hasSize(1);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(http.post("/api/cases/STGY-1999-0001/suspension", "ecology-clerk", Http.json(Map.of("reason", "x"))).status())
                .isEqualTo(404);
    }

    private List<Job> timers(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private ProcessInstance instance(String caseNo) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    private JsonNode progress(ParkCases.Submitted submitted) {
        return http.post("/public/api/progress", null, Http.json(Map.of("caseNo", submitted.caseNo(), "code", submitted.code()))).json();
    }

    private List<ApprovalRecord> operations(String caseNo) {
        return records.findAll().stream().filter(r -> caseNo.equals(r.caseNo()) && r.outcome().caseOperation())
                .sorted(java.util.Comparator.comparing(ApprovalRecord::decidedAt).thenComparing(ApprovalRecord::id)).toList();
    }
}
