package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time limits on every user task (park-application): due and follow-up dates, the one sweep job's reminder and
 * overdue flag, the 补正 lapse notice; 催办 once per working day; 延期 asked, refused and granted. Each refusal is
 * checked for its absence of effect.
 */
@EcoparkSpringTest
class TimeLimitTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    TaskDeadlines deadlines;
    @Autowired
    TimeLimitSweep sweep;
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
        return java.time.LocalDate.parse(date).atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
    }

    static Instant startOf(String date) {
        return java.time.LocalDate.parse(date).atStartOfDay(SHANGHAI).toInstant();
    }

    @Test
    void everyTaskHasItsLimitAReminderBeforeItAndAnOverdueFlagFromTheOneSweepJob() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task review = cases.task(submitted.caseNo(), "cityPreReview");

        // The model's P10WD, counted on the working-day calendar; the reminder the working day before.
        assertThat(review.getDueDate().toInstant()).isEqualTo(endOf("2026-03-16"));
        assertThat(review.getFollowUpDate().toInstant()).isEqualTo(startOf("2026-03-13"));
        TaskDeadline deadline = deadlines.of(review.getId()).orElseThrow();
        assertThat(deadline.workingDays()).isEqualTo(10);
        assertThat(deadline.modelTimed()).isFalse();

        at("2026-03-12T10:00");
        runSweepJob();
        assertThat(note(review)).as("not yet").isNull();

        at("2026-03-13T08:30");
        runSweepJob();
        assertThat(note(review)).startsWith("时限提醒：「市级初审」办理期限至 2026-03-16，剩余 1 个工作日");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getPriority()).isEqualTo(70);

        at("2026-03-17T08:00");
        runSweepJob();
        assertThat(note(review)).startsWith("已超期：「市级初审」办理期限为 2026-03-16");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).dueBefore(ClockUtil.getCurrentTime()).count())
                .as("the overdue filters (dueBefore now) list it").isEqualTo(1);
        List<ApprovalRecord> lapsed = operations(submitted.caseNo(), Outcome.TIME_LIMIT_LAPSED);
        assertThat(lapsed).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("system");
            assertThat(r.agency()).isEqualTo("city-weihai");
            assertThat(r.stepKey()).isEqualTo("cityPreReview");
        });
        runSweepJob();
        assertThat(operations(submitted.caseNo(), Outcome.TIME_LIMIT_LAPSED)).as("flagged once").hasSize(1);
        assertThat(records.findByTaskId(review.getId())).as("an operation is not the task's decision").isEmpty();
    }

    @Test
    void anApplicantsCorrectionPastItsLimitEndsWithANoticeAndTheCaseWaits() {
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityReturns(submitted.caseNo(), "缺少园区规划环评审查意见");
        Task correction = cases.task(submitted.caseNo(), "correctApplication");
        assertThat(correction.getDueDate().toInstant()).isEqualTo(endOf("2026-03-30")); // P20WD

        at("2026-03-31T09:00");
        runSweepJob();

        assertThat(operations(submitted.caseNo(), Outcome.TIME_LIMIT_LAPSED)).singleElement().satisfies(r -> {
            assertThat(r.agency()).isEqualTo("applicants");
            assertThat(r.comment()).contains("补正期限届满的处理：通知申报单位和牵头部门，案件等待补正").contains("待确认");
        });
        assertThat(cases.task(submitted.caseNo(), "correctApplication")).as("the default consequence lets the case wait").isNotNull();
        Http.Response progress = http.post("/public/api/progress", null,
                Http.json(Map.of("caseNo", submitted.caseNo(), "code", submitted.code())));
        assertThat(progress.json().get("notices").toString()).contains("「补正申报材料」期限届满");
    }

    @Test
    void theLeadAgencyUrgesATaskOncePerWorkingDay() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task review = cases.task(submitted.caseNo(), "cityPreReview");
        String path = "/api/tasks/" + review.getId() + "/urge";

        Http.Response refused = http.post(path, "science-clerk", Http.json(Map.of("comment", "请尽快")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("牵头部门");
        assertThat(operations(submitted.caseNo(), Outcome.URGED_BY_HAND)).as("no effect").isEmpty();

        Http.Response urged = http.post(path, "ecology-clerk", Http.json(Map.of("comment", "请于本周内办结")));
        assertThat(urged.status()).isEqualTo(201);
        assertThat(taskService.getVariableLocal(review.getId(), TaskTimeOperations.URGE_NOTE).toString())
                .contains("省生态环境厅").contains("ecology-clerk").contains("请于本周内办结");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getPriority()).isEqualTo(80);

        at("2026-03-02T16:00");
        Http.Response again = http.post(path, "manager", Http.json(Map.of("comment", "再催")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("今天已由 ecology-clerk 于 09:00 催办过").contains("每个工作日最多催办一次");
        assertThat(operations(submitted.caseNo(), Outcome.URGED_BY_HAND)).as("the second urge left nothing").singleElement()
                .satisfies(r -> {
                    assertThat(r.actor()).isEqualTo("ecology-clerk");
                    assertThat(r.agency()).isEqualTo("ecology");
                    assertThat(r.comment()).isEqualTo("请于本周内办结");
                    assertThat(r.taskId()).isEqualTo(review.getId());
                });

        at("2026-03-03T09:00");
        assertThat(http.post(path, "manager", "").status()).as("the next working day").isEqualTo(201);
        assertThat(operations(submitted.caseNo(), Outcome.URGED_BY_HAND)).hasSize(2);
        assertThat(http.post("/api/tasks/no-such-task/urge", "ecology-clerk", "").status()).isEqualTo(404);
    }

    @Test
    void aClerkAsksForMoreTimeAndTheLeadAgencyRefusesOrGrantsOnTheWorkingDayCalendar() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task review = cases.task(submitted.caseNo(), "cityPreReview");
        String path = "/api/tasks/" + review.getId() + "/extensions";

        assertThat(http.post(path, "jinan-clerk", Http.json(Map.of("workingDays", 5, "reason", "x"))).status())
                .as("another city's clerk").isEqualTo(403);
        Http.Response noDays = http.post(path, "weihai-clerk", Http.json(Map.of("workingDays", 0, "reason", "需现场核实")));
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(noDays.json().get("field").asText()).isEqualTo("workingDays");
        Http.Response noReason = http.post(path, "weihai-clerk", Http.json(Map.of("workingDays", 5)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        assertThat(operations(submitted.caseNo(), Outcome.EXTENSION_REQUESTED)).as("no effect").isEmpty();

        Http.Response asked = http.post(path, "weihai-clerk", Http.json(Map.of("workingDays", 5, "reason", "需赴园区现场核实")));
        assertThat(asked.status()).isEqualTo(201);
        long first = asked.json().get("id").asLong();
        assertThat(asked.json().get("status").asText()).isEqualTo("PENDING");
        Http.Response twice = http.post(path, "weihai-clerk", Http.json(Map.of("workingDays", 3, "reason", "再延")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("已有待审批的延期申请");

        String decide = path + "/" + first + "/decision";
        assertThat(http.post(decide, "science-clerk", Http.json(Map.of("grant", true))).status()).as("not the lead").isEqualTo(403);
        assertThat(http.post(decide, "weihai-clerk", Http.json(Map.of("grant", true))).status()).as("not the asker").isEqualTo(403);
        Http.Response refuseWithoutReason = http.post(decide, "ecology-clerk", Http.json(Map.of("grant", false)));
        assertThat(refuseWithoutReason.status()).isEqualTo(400);
        assertThat(refuseWithoutReason.json().get("field").asText()).isEqualTo("comment");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate().toInstant())
                .as("nothing moved").isEqualTo(endOf("2026-03-16"));

        Http.Response refused = http.post(decide, "ecology-clerk", Http.json(Map.of("grant", false, "comment", "可书面核实，无需延期")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate().toInstant()).isEqualTo(endOf("2026-03-16"));
        assertThat(http.post(decide, "ecology-clerk", Http.json(Map.of("grant", true))).status()).as("decided already").isEqualTo(409);

        long second = http.post(path, "weihai-clerk", Http.json(Map.of("workingDays", 5, "reason", "园区补充说明需时间"))).json().get("id").asLong();
        Http.Response granted = http.post(path + "/" + second + "/decision", "ecology-clerk", Http.json(Map.of("grant", true, "comment", "同意")));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("status").asText()).isEqualTo("GRANTED");
        Task moved = taskService.createTaskQuery().taskId(review.getId()).singleResult();
        // Five working days after Mon 16 March: 17, 18, 19, 20, 23.
        assertThat(moved.getDueDate().toInstant()).isEqualTo(endOf("2026-03-23"));
        assertThat(moved.getFollowUpDate().toInstant()).isEqualTo(startOf("2026-03-20"));
        assertThat(deadlines.of(review.getId()).orElseThrow().dueAt()).isEqualTo(endOf("2026-03-23"));
        assertThat(operations(submitted.caseNo(), Outcome.EXTENSION_GRANTED)).singleElement()
                .satisfies(r -> assertThat(r.comment()).startsWith("延长 5 个工作日，期限由 2026-03-16 延至 2026-03-23"));
        assertThat(operations(submitted.caseNo(), Outcome.EXTENSION_REFUSED)).hasSize(1);
        assertThat(operations(submitted.caseNo(), Outcome.EXTENSION_REQUESTED)).hasSize(2);
        assertThat(http.get(path, "weihai-clerk").json()).hasSize(2);

        Http.Response progress = http.post("/public/api/progress", null,
                Http.json(Map.of("caseNo", submitted.caseNo(), "code", submitted.code())));
        assertThat(progress.json().get("notices").toString()).contains("「市级初审」办理期限延长").contains("2026-03-23")
                .doesNotContain("同意");
    }

    @Test
    void tasksWithTimersInTheirModelKeepTheModelsClock() {
        // The green channel's agency reviews have their own statutory reminder and expiry timers.
        assertThat(TimeLimitPlugin.MODEL_TIMED).isNotBlank();
    }

    private String note(Task task) {
        Object note = taskService.getVariableLocal(task.getId(), TaskDeadlineListener.NOTE);
        return note == null ? null : note.toString();
    }

    private List<ApprovalRecord> operations(String caseNo, Outcome outcome) {
        return records.findAll().stream().filter(r -> caseNo.equals(r.caseNo()) && r.outcome() == outcome).toList();
    }

    /** The one sweep job, executed as the job executor would, and scheduled again after it. */
    private void runSweepJob() {
        Job job = sweep.pendingJob();
        assertThat(job).as("the sweep job waits").isNotNull();
        managementService.executeJob(job.getId());
        Job next = sweep.pendingJob();
        assertThat(next).isNotNull();
        assertThat(next.getId()).isNotEqualTo(job.getId());
    }
}
