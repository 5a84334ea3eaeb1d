package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.engine.ModelDeployment;
import cn.ecopark.flow.indexsystem.IndexCatalogue;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.park.ParkStatusChange;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Measure 16 end to end on the engine: the daily timer starts each park's re-inspection when it falls due, the
 * batch's spot-check sample is drawn reproducibly, and every path runs with its timers driven here.
 * Each test names its parks in a month of its own (see {@link SupervisionDriver#BASE_YEAR}), so it knows its batch.
 */
@EcoparkSpringTest
class BiennialReviewProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver tasks;
    @Autowired
    SpotCheckDrawRepository draws;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    SanctionProcedures procedures;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    IndexCatalogues catalogues;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- Pass ----

    @Test
    void theReviewsOfABatchStartOnTheirDueDayAndTheDrawnParkIsSpotChecked() {
        LocalDate namedOn = SupervisionDriver.named(1, 15);
        Park first = driver.namedPark(namedOn);
        Park second = driver.namedPark(namedOn);
        LocalDate dueOn = namedOn.plusYears(2);

        SupervisionDriver.clockAt(dueOn.minusDays(1));
        driver.runDailyCheck();
        assertThat(driver.reviewsOf(first)).isEmpty();
        assertThat(driver.reviewsOf(second)).isEmpty();

        SupervisionDriver.clockAt(dueOn);
        driver.runDailyCheck();
        Review firstReview = driver.latestReview(first);
        Review secondReview = driver.latestReview(second);
        assertThat(List.of(firstReview, secondReview)).allSatisfy(review -> {
            assertThat(review.getCycleNo()).isEqualTo(1);
            assertThat(review.getDueOn()).isEqualTo(dueOn);
            assertThat(review.getOpenedAt().atZone(AppClock.ZONE).toLocalDate()).isEqualTo(dueOn);
            assertThat(review.getReviewNo()).matches("FCJC-" + dueOn.getYear() + "-\\d{4}");
            assertThat(review.getReviewBatch()).isEqualTo(YearMonth.from(dueOn).toString());
        });

        // Ecology's share (30 %) of a batch of two: one park, drawn reproducibly from the recorded seed.
        SpotCheckDraw draw = draws.findById(YearMonth.from(dueOn).toString()).orElseThrow();
        assertThat(draw.getCandidateParkIds()).containsExactly(first.getId(), second.getId());
        assertThat(draw.getSpotCheckShare()).isEqualByComparingTo("0.3");
        assertThat(draw.getSeed()).isEqualTo(SpotCheckDraw.seedOf(YearMonth.from(dueOn)));
        assertThat(draw.getDrawnParkIds()).hasSize(1)
                .isEqualTo(SpotCheckDraw.sample(draw.getCandidateParkIds(), draw.getSpotCheckShare(), draw.getSeed()));
        Review drawn = draw.drew(first.getId()) ? firstReview : secondReview;
        Review notDrawn = drawn == firstReview ? secondReview : firstReview;
        assertThat(drawn.isSpotChecked()).isTrue();
        assertThat(notDrawn.isSpotChecked()).isFalse();

        // The park's own account files the self-check, within 20 working days; the list shows the case.
        ProcessInstance drawnCase = driver.instanceOf(drawn);
        assertThat(drawnCase).isWaitingAt("submitSelfCheck");
        assertThat(drawnCase.getBusinessKey()).isEqualTo(drawn.getReviewNo());
        Task selfCheck = tasks.task(drawnCase, "submitSelfCheck");
        assertThat(selfCheck.getAssignee()).isEqualTo("park-applicant");
        assertThat(selfCheck.getDueDate()).isAfter(Date.from(SupervisionDriver.at(dueOn.plusDays(26), 0)));
        assertThat(formService.getTaskFormVariables(selfCheck.getId()))
                .containsEntry("caseNo", drawn.getReviewNo())
                .containsEntry("cityName", "威海市")
                .containsEntry("cycleName", "第1次复查（命名满2年）")
                .containsEntry("roundName", "首次复查（本批次抽中现场抽查）");

        driver.selfCheck(drawnCase, SupervisionDriver.goodFigures());
        assertThat(drawnCase).isWaitingAt("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");
        assertThat(candidateGroups(tasks.task(drawnCase, "scienceSpotCheck"))).containsExactly("science");
        assertThat(formService.getTaskFormVariables(tasks.task(drawnCase, "ecologySpotCheck").getId()))
                .containsEntry("indexCatalogueVersion", "v1")
                .containsEntry("indicatorsMetName", "指标体系（v1）：基本条件和必选指标均达标")
                .containsEntry("planningEiaStatusName", "已完成并通过审查");
        driver.spotCheck(drawnCase, "AGREE", "AGREE", "AGREE");
        assertThat(drawnCase).isEnded().hasPassed("closeReviewPassed", "reviewPassed").hasNotPassed("orderRectification");

        ProcessInstance notDrawnCase = driver.instanceOf(notDrawn);
        driver.selfCheck(notDrawnCase, SupervisionDriver.goodFigures());
        assertThat(notDrawnCase).isEnded().hasPassed("reviewPassed").hasNotPassed("ecologySpotCheck");

        Review passed = driver.reload(drawn);
        assertThat(passed.getStatus()).isEqualTo(ReviewStatus.PASSED);
        assertThat(passed.getVerdict()).isEqualTo("PASS");
        // Judged by the catalogue the acceptance uses, and the review says which version judged it.
        assertThat(passed.getIndexCatalogueVersion()).isEqualTo(catalogues.current().version()).isEqualTo("v1");
        assertThat(passed.getIndicatorsMet()).isTrue();
        assertThat(passed.blockingLines()).isEmpty();
        assertThat(IndexData.parse(passed.getIndexValues())).containsEntry("cleanerProductionAudit", 100)
                .containsEntry("lawCompliance", true).containsEntry("planningEia", true);
        assertThat(driver.reload(notDrawn).getStatus()).isEqualTo(ReviewStatus.PASSED);
        assertThat(driver.reload(first).getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(drawn.getReviewNo()))
                .extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::actor, ApprovalRecord::outcome)
                .containsExactly(
                        tuple("submitSelfCheck", "applicants", "park-applicant", Outcome.SUBMITTED),
                        tuple("ecologySpotCheck", "ecology", "ecology-clerk", Outcome.AGREE),
                        tuple("scienceSpotCheck", "science", "science-clerk", Outcome.AGREE),
                        tuple("commerceSpotCheck", "commerce", "commerce-clerk", Outcome.AGREE));
        // The process keeps ids and decisions; the park's report lives in the review.
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("selfCheckReport").list()).isEmpty();
    }

    // ---- The catalogue version that judged ----

    @Test
    void aReviewIsJudgedByTheNewestCatalogueAndRecordsItsVersion() throws Exception {
        // An administrator's v2 relaxes item 5 (清洁生产审核实施率) to 50 %: 60 % fails v1 but meets v2.
        IndexCatalogue v1 = catalogues.version("v1").orElseThrow();
        IndexCatalogue v2 = new IndexCatalogue("v2", v1.title(), v1.note(), v1.groups(), v1.items().stream()
                .map(i -> !i.code().equals("cleanerProductionAudit") ? i : new IndexCatalogue.Item(i.code(), i.kind(),
                        i.category(), i.name(), i.unit(), i.direction(), new BigDecimal("50"), i.rule(), i.group(),
                        i.confirmed(), i.source(), i.clause()))
                .toList());
        jdbc.sql("INSERT INTO index_catalogue_edit (version, content, edited_by, edited_at, reason) VALUES (?, ?, ?, ?, ?)")
                .params("v2", new ObjectMapper().writeValueAsString(v2), "admin", Timestamp.from(Instant.now()), "测试：放宽第5项")
                .update();
        try {
            // A year after the other tests' parks: its batch (due in an odd year) holds this park alone.
            LocalDate namedOn = SupervisionDriver.named(4, 14).plusYears(1);
            Park park = driver.namedPark(namedOn);
            SupervisionDriver.clockAt(namedOn.plusYears(2));
            driver.runDailyCheck();
            Review review = driver.latestReview(park);
            ProcessInstance instance = driver.instanceOf(review);
            driver.selfCheck(instance, SupervisionDriver.failingMandatory());
            if (driver.reload(review).isSpotChecked()) {
                driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
            }
            assertThat(instance).isEnded().hasPassed("reviewPassed").hasNotPassed("orderRectification");
            Review judged = driver.reload(review);
            assertThat(judged.getIndexCatalogueVersion()).isEqualTo("v2");
            assertThat(judged.getIndicatorsMet()).isTrue();
            assertThat(judged.getVerdict()).isEqualTo("PASS");
        } finally {
            jdbc.sql("DELETE FROM index_catalogue_edit").update();
        }
        assertThat(catalogues.current().version()).isEqualTo("v1");
    }

    // ---- Rectify, then pass ----

    @Test
    void aParkThatFailsRectifiesWithinSixMonthsAndPassesTheRecheck() {
        LocalDate namedOn = SupervisionDriver.named(2, 10);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        assertThat(review.isSpotChecked()).as("a batch of one is always drawn").isTrue();
        ProcessInstance instance = driver.instanceOf(review);

        // Bad input is refused naming the field; nothing is stored.
        Map<String, Object> fractional = SupervisionDriver.figures(12, true, 2, "NOT_DONE");
        fractional.put("greenIslandFacilities", 2.5);
        assertThatThrownBy(() -> driver.selfCheck(instance, fractional))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("greenIslandFacilities");
        Map<String, Object> noReport = new HashMap<>(SupervisionDriver.goodFigures());
        noReport.put("decision", "SUBMITTED");
        assertThatThrownBy(() -> tasks.complete("park-applicant", instance, "submitSelfCheck", noReport))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("selfCheckReport");
        assertThat(instance).isWaitingAt("submitSelfCheck");
        assertThat(driver.reload(review).getSelfCheckedAt()).isNull();

        // A 必选 indicator fails (清洁生产审核实施率 60 %, item 5 asks 100 %): the re-inspection fails and the park must
        // rectify (measure 16) although the agencies found nothing else.
        driver.selfCheck(instance, SupervisionDriver.failingMandatory());
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
        assertThat(instance).hasPassed("orderRectification").isWaitingAt("submitRectificationReport");
        Review ordered = driver.reload(review);
        assertThat(ordered.getStatus()).isEqualTo(ReviewStatus.RECTIFICATION);
        assertThat(ordered.getVerdict()).isEqualTo("RECTIFY");
        assertThat(ordered.getIndicatorsMet()).isFalse();
        assertThat(ordered.getIndexCatalogueVersion()).isEqualTo("v1");
        assertThat(ordered.blockingLines()).singleElement().asString()
                .contains("必选指标“工业园区重点企业清洁生产审核实施率”未达标").contains("指标表第5项");
        Instant orderedAt = ClockUtil.getCurrentTime().toInstant();
        assertThat(ordered.getRectificationDeadline())
                .isEqualTo(orderedAt.atZone(AppClock.ZONE).plusMonths(6).toInstant());

        Task report = tasks.task(instance, "submitRectificationReport");
        assertThat(report.getAssignee()).isEqualTo("park-applicant");
        assertThat(report.getDueDate()).isEqualTo(Date.from(ordered.getRectificationDeadline()));
        assertThat(formService.getTaskFormVariables(report.getId()))
                .containsEntry("cleanerProductionAudit", 60)
                .containsEntry("lawCompliance", true)
                .containsEntry("greenIslandFacilities", 3)
                .containsEntry("verdictReason", ordered.getVerdictReason());
        assertThat((String) formService.getTaskFormVariables(report.getId()).get("evaluationSummary"))
                .contains("工业园区重点企业清洁生产审核实施率：60（要求：≥ 100 %）未达标");

        // Three months later the park reports; the three agencies re-check on site.
        SupervisionDriver.clockAt(namedOn.plusYears(2).plusMonths(3));
        driver.rectificationReport(instance, SupervisionDriver.goodFigures());
        assertThat(instance).isWaitingAt("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");
        assertThat(formService.getTaskFormVariables(tasks.task(instance, "commerceSpotCheck").getId()))
                .containsEntry("roundName", "整改后复查（三部门现场核查）")
                .containsKey("rectificationReport");
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");

        assertThat(instance).isEnded().hasPassed("reviewPassed").hasNotPassed("rectificationDeadlinePassed", "confirmRevocation");
        Review passed = driver.reload(review);
        assertThat(passed.getStatus()).isEqualTo(ReviewStatus.PASSED);
        assertThat(passed.getVerdictReason()).startsWith("整改后复查合格");
        assertThat(passed.isRecheck()).isTrue();
        assertThat(passed.getIndicatorsMet()).isTrue();
        assertThat(IndexData.parse(passed.getIndexValues())).containsEntry("cleanerProductionAudit", 100);
        assertThat(passed.getRectificationReport()).contains("规划环评");
        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.NAMED);
    }

    // ---- Rectify, then fail ----

    @Test
    void aParkThatLetsTheDeadlinePassAndFailsTheRecheckLosesItsTitle() {
        LocalDate namedOn = SupervisionDriver.named(3, 20);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        ProcessInstance instance = driver.instanceOf(review);

        // The figures meet the index system, but science finds the self-check untrue: rectify.
        driver.selfCheck(instance, SupervisionDriver.goodFigures());
        assertThatThrownBy(() -> tasks.opinion("science-clerk", instance, "scienceSpotCheck", "DISAGREE", null, null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment");
        driver.spotCheck(instance, "AGREE", "DISAGREE", "AGREE");
        assertThat(instance).isWaitingAt("submitRectificationReport");
        assertThat(driver.reload(review).getSpotCheckDisagreements()).isEqualTo(1);

        // The six months pass without a report: the timer re-checks the park on what it reported before.
        Instant deadline = driver.reload(review).getRectificationDeadline();
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(deadline));
        SupervisionDriver.clockAt(deadline.plus(Duration.ofHours(1)));
        managementService.executeJob(timer.getId());
        assertThat(instance).hasPassed("rectificationDeadlinePassed", "recordOverdueRectification")
                .isWaitingAt("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");
        assertThat(driver.reload(review).isRectificationOverdue()).isTrue();
        assertThat(formService.getTaskFormVariables(tasks.task(instance, "ecologySpotCheck").getId()).get("rectificationStatusText"))
                .isEqualTo("整改期满，园区逾期未提交整改报告");

        driver.spotCheck(instance, "AGREE", "AGREE", "DISAGREE");
        // Before any revocation: the written notice, the park's statement, and the hearing it asks for.
        assertThat(instance).isWaitingAt("issuePriorNotice");
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "issuePriorNotice").getId()).get("proposedMeasure"))
                .isEqualTo("撤销省级生态工业园区称号");
        driver.notice(instance);
        driver.statement("park-applicant", instance, "HEARING_REQUESTED", "对现场核查结论有异议，申请听证");
        driver.hearing(instance, "听证会：园区陈述整改进展，省商务厅说明核查发现的问题。");
        assertThat(instance).isWaitingAt("confirmRevocation");
        assertThat(driver.reload(review).getStatus()).isEqualTo(ReviewStatus.REVOCATION);
        Task confirm = tasks.task(instance, "confirmRevocation");
        assertThat(candidateGroups(confirm)).containsExactly("ecology");
        assertThat((String) formService.getTaskFormVariables(confirm.getId()).get("opinionsSummary"))
                .contains("省商务厅（commerce-clerk）：不同意").contains("省科技厅（science-clerk）：同意");

        assertThat((String) formService.getTaskFormVariables(confirm.getId()).get("procedureSummary"))
                .contains("拟撤销省级生态工业园区称号").contains("听证笔录");
        Map<String, Object> decision = new HashMap<>();
        decision.put("decision", "APPROVE");
        decision.put("basis", "鲁环函〔" + (namedOn.getYear() + 2) + "〕31号");
        // Ecology and science found nothing on site: revoking against them needs the reason on record.
        assertThatThrownBy(() -> tasks.complete("ecology-clerk", instance, "confirmRevocation", decision))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment：省生态环境厅、省科技厅的意见与本决定不同");
        decision.put("comment", "整改期满未报告，省商务厅核查的产业结构问题未解决，复查不合格");
        tasks.complete("ecology-clerk", instance, "confirmRevocation", decision);
        SanctionProcedure procedure = procedures.latest(instance.getId()).orElseThrow();
        assertThat(procedure.getPurpose()).isEqualTo(SanctionProcedure.Purpose.REVOCATION);
        assertThat(procedure.getDissent()).contains("省生态环境厅（ecology-clerk）：同意").contains("省科技厅（science-clerk）：同意");

        assertThat(instance).isEnded().hasPassed("revokeReviewedPark", "titleRevoked");
        Park revoked = driver.reload(park);
        assertThat(revoked.getStatus()).isEqualTo(ParkStatus.REVOKED);
        assertThat(revoked.getRevokedOn()).isEqualTo(AppClock.today());
        ParkStatusChange change = revoked.getHistory().get(revoked.getHistory().size() - 1);
        assertThat(change.fromStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(change.changedBy()).isEqualTo("ecology-clerk");
        assertThat(change.caseNo()).isEqualTo(review.getReviewNo());
        assertThat(change.reason()).contains("整改后复查仍不合格").contains("逾期未提交整改报告").contains("第十六条");
        assertThat(driver.reload(review).getStatus()).isEqualTo(ReviewStatus.REVOKED);
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(review.getReviewNo()))
                .extracting(r -> r.stepKey() + ":" + r.actor() + ":" + r.outcome())
                .containsExactly("submitSelfCheck:park-applicant:SUBMITTED",
                        "ecologySpotCheck:ecology-clerk:AGREE", "scienceSpotCheck:science-clerk:DISAGREE",
                        "commerceSpotCheck:commerce-clerk:AGREE",
                        "ecologySpotCheck:ecology-clerk:AGREE", "scienceSpotCheck:science-clerk:AGREE",
                        "commerceSpotCheck:commerce-clerk:DISAGREE",
                        "issuePriorNotice:ecology-clerk:NOTIFIED", "submitStatement:park-applicant:HEARING_REQUESTED",
                        "recordHearing:ecology-clerk:RECORDED",
                        "confirmRevocation:ecology-clerk:APPROVE");

        // A park without its title is not re-inspected again.
        SupervisionDriver.clockAt(namedOn.plusYears(4));
        driver.runDailyCheck();
        assertThat(driver.reviewsOf(park)).hasSize(1);
    }

    // ---- The revocation step can refuse ----

    @Test
    void afterHearingTheParkEcologyMayRefuseToRevoke() {
        LocalDate namedOn = SupervisionDriver.named(6, 10);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        ProcessInstance instance = driver.instanceOf(review);
        driver.selfCheck(instance, SupervisionDriver.failingMandatory());
        // A failed 必选 indicator: rectify, whether or not the month's draw (which parks of other tests may share)
        // picked this park for an on-site check.
        if (driver.reload(review).isSpotChecked()) {
            driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
        }
        assertThat(instance).isWaitingAt("submitRectificationReport");
        Job deadline = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        SupervisionDriver.clockAt(driver.reload(review).getRectificationDeadline().plus(Duration.ofMinutes(5)));
        managementService.executeJob(deadline.getId());
        driver.spotCheck(instance, "DISAGREE", "DISAGREE", "DISAGREE");

        driver.dueProcess(instance);
        assertThat(instance).isWaitingAt("confirmRevocation");
        assertThatThrownBy(() -> tasks.decide("ecology-clerk", instance, "confirmRevocation", "REJECT", null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment");
        tasks.decide("ecology-clerk", instance, "confirmRevocation", "REJECT", "园区陈述申辩中提交的整改证据可信，给予继续整改机会");

        assertThat(instance).isEnded().hasPassed("closeWithoutRevocation", "revocationRefused").hasNotPassed("revokeReviewedPark");
        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.NAMED);
        Review closed = driver.reload(review);
        assertThat(closed.getStatus()).isEqualTo(ReviewStatus.NOT_REVOKED);
        assertThat(closed.getClosingNote()).contains("给予继续整改机会");
        SanctionProcedure procedure = procedures.latest(instance.getId()).orElseThrow();
        assertThat(procedure.getDecision()).isEqualTo("REJECT");
        assertThat(procedure.getStatementStatus()).isEqualTo(SanctionProcedure.StatementStatus.SUBMITTED);
        assertThat(procedure.getDissent()).as("the three agencies found problems: refusing goes against them")
                .contains("省生态环境厅").contains("省科技厅").contains("省商务厅");
    }

    // ---- A missed self-check deadline triggers the notice, not silence ----

    @Test
    void aParkThatMissesItsSelfCheckDeadlineGetsTheNotice() {
        LocalDate namedOn = SupervisionDriver.named(12, 7);   // a month no other test uses
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        ProcessInstance instance = driver.instanceOf(review);
        Task selfCheck = tasks.task(instance, "submitSelfCheck");
        assertThat((String) formService.getTaskFormVariables(selfCheck.getId()).get("selfCheckPeriodText"))
                .startsWith("20 个工作日（来源：待确认");
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId("selfCheckDeadlinePassed")
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(selfCheck.getDueDate());
        assertThat(WorkingDayCalendar.toLocalDate(timer.getDuedate()))
                .isEqualTo(calendar.addWorkingDays(namedOn.plusYears(2), 20).value());

        SupervisionDriver.clockAt(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1)));
        managementService.executeJob(timer.getId());
        assertThat(instance).hasPassed("recordMissedSelfCheck").isWaitingAt("issuePriorNotice");
        Task notice = tasks.task(instance, "issuePriorNotice");
        assertThat(candidateGroups(notice)).containsExactly("ecology");
        assertThat((String) formService.getTaskFormVariables(notice.getId()).get("suggestedGrounds")).contains("未在期限内提交第1次复查自查报告");
        driver.notice(instance);

        // The park gets the notice with the grounds and its statement period.
        Task statement = tasks.task(instance, "submitStatement");
        assertThat(statement.getAssignee()).isEqualTo("park-applicant");
        assertThat((String) formService.getTaskFormVariables(statement.getId()).get("noticeText"))
                .startsWith("事先告知（逾期未提交复查自查报告）：拟认定本次复查不合格并责令限期整改。").contains("待确认");
        SanctionProcedure procedure = procedures.latest(instance.getId()).orElseThrow();
        assertThat(procedure.getPurpose()).isEqualTo(SanctionProcedure.Purpose.SELF_CHECK_OVERDUE);
        assertThat(statement.getDueDate()).isEqualTo(Date.from(WorkingDayCalendar.endOfDay(procedure.getStatementDeadline())));

        // The park lets the period pass: recorded, then the park must rectify.
        driver.lapseStatement(instance);
        assertThat(instance).hasPassed("recordStatementLapsed").isWaitingAt("submitRectificationReport");
        Review ordered = driver.reload(review);
        assertThat(ordered.getStatus()).isEqualTo(ReviewStatus.RECTIFICATION);
        assertThat(ordered.getVerdictReason()).isEqualTo("逾期未提交复查自查报告");
        assertThat(procedures.latest(instance.getId()).orElseThrow().getStatementStatus())
                .isEqualTo(SanctionProcedure.StatementStatus.LAPSED);
        driver.rectificationReport(instance, SupervisionDriver.goodFigures());
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
        assertThat(instance).isEnded().hasPassed("reviewPassed");
    }

    // ---- Restart and redeploy ----

    @Test
    void aCycleDueAfterARestartAndARedeployStartsOnItsDueDayAndOnlyOnce() {
        LocalDate namedOn = SupervisionDriver.named(4, 10);
        Park park = driver.namedPark(namedOn);
        LocalDate dueOn = namedOn.plusYears(2);
        SupervisionDriver.clockAt(dueOn.minusDays(1));
        try {
            // A restart deploys unchanged models: no new version, the same timer.
            ProcessDefinition before = latestReviewDefinition();
            String timerBefore = driver.dailyCheckJob().getId();
            deployment.deploy(engine, UnaryOperator.identity());
            assertThat(latestReviewDefinition().getId()).isEqualTo(before.getId());
            assertThat(driver.dailyCheckJob().getId()).isEqualTo(timerBefore);

            // A redeploy with a changed model replaces the daily timer with the new version's.
            deployment.deploy(engine, models -> {
                models.computeIfPresent("processes/biennial-review.bpmn",
                        (name, xml) -> xml.replace("name=\"登记复查\"", "name=\"登记复查（修订）\""));
                return models;
            });
            ProcessDefinition redeployed = latestReviewDefinition();
            assertThat(redeployed.getVersion()).isEqualTo(before.getVersion() + 1);
            Job timer = driver.dailyCheckJob();
            assertThat(timer.getProcessDefinitionId()).isEqualTo(redeployed.getId());
            assertThat(timer.getDuedate()).isAfter(ClockUtil.getCurrentTime())
                    .isBeforeOrEqualTo(Date.from(SupervisionDriver.at(dueOn, 12)));

            // Nothing is due before the day; on the day the job executor finds the timer due and the cycle starts.
            assertThat(managementService.createJobQuery().jobId(timer.getId()).executable().count()).isZero();
            SupervisionDriver.clockAt(SupervisionDriver.at(dueOn, 12));
            assertThat(managementService.createJobQuery().jobId(timer.getId()).executable().count()).isOne();
            managementService.executeJob(timer.getId());
            driver.startQueuedReviews();
            Review review = driver.latestReview(park);
            assertThat(review.getDueOn()).isEqualTo(dueOn);
            assertThat(review.getOpenedAt().atZone(AppClock.ZONE).toLocalDate()).isEqualTo(dueOn);
            ProcessInstance instance = driver.instanceOf(review);
            assertThat(instance.getProcessDefinitionId()).isEqualTo(redeployed.getId());

            // The next run (a day later, or a second node) starts nothing twice.
            SupervisionDriver.clockAt(dueOn.plusDays(1));
            driver.runDailyCheck();
            assertThat(driver.reviewsOf(park)).hasSize(1);

            driver.selfCheck(instance, SupervisionDriver.goodFigures());
            driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
            assertThat(instance).isEnded().hasPassed("reviewPassed");

            // The system was down on the next cycle's due day: the first run afterwards starts it.
            SupervisionDriver.clockAt(namedOn.plusYears(4).plusDays(3));
            driver.runDailyCheck();
            assertThat(driver.reviewsOf(park)).extracting(Review::getCycleNo, Review::getDueOn)
                    .containsExactly(tuple(1, dueOn), tuple(2, namedOn.plusYears(4)));
            assertThat(driver.latestReview(park).getReviewBatch()).isEqualTo(YearMonth.from(namedOn.plusYears(4)).toString());
        } finally {
            // Put the real model back on top, as the next start-up would.
            deployment.deploy(engine, UnaryOperator.identity());
        }
    }

    // ---- A park whose applicant is unknown ----

    @Test
    void withoutAKnownApplicantTheCityBureauFilesTheSelfCheck() {
        LocalDate namedOn = SupervisionDriver.named(5, 8);
        Park park = driver.namedPark(namedOn, null);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        assertThat(review.getContact()).isNull();
        ProcessInstance instance = driver.instanceOf(review);
        Task selfCheck = tasks.task(instance, "submitSelfCheck");
        assertThat(selfCheck.getAssignee()).isNull();
        assertThat(candidateGroups(selfCheck)).containsExactly("city-weihai");

        driver.selfCheck("weihai-clerk", instance, SupervisionDriver.goodFigures());
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
        assertThat(instance).isEnded().hasPassed("reviewPassed");
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(review.getReviewNo()).get(0))
                .extracting(ApprovalRecord::agency, ApprovalRecord::actor).containsExactly("city-weihai", "weihai-clerk");
    }

    private ProcessDefinition latestReviewDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(Supervision.REVIEW_PROCESS)
                .latestVersion().singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }
}
