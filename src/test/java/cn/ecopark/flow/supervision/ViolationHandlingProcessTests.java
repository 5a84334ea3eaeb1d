package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkEligibility;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.park.ParkStatusChange;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Measure 17 on the engine: ecology's report starts the case; science and commerce are consulted; ecology decides. */
@EcoparkSpringTest
class ViolationHandlingProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver tasks;
    @Autowired
    ViolationRepository violations;
    @Autowired
    ParkRepository parks;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    ParkEligibility eligibility;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Actors actors;
    @Autowired
    SanctionProcedures procedures;
    @Autowired
    SanctionProcedureRepository procedureRecords;
    @Autowired
    cn.ecopark.flow.calendar.WorkingDayCalendar calendar;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNamedParkLosesItsTitleWithReasonDateAndDecisionMakersOnRecord() {
        Park park = driver.namedPark(AppClock.today().minusYears(1));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕15号", AppClock.today().minusDays(20)));
        assertThat(violation.getCaseNo()).matches("WFCL-\\d{4}-\\d{4}");
        assertThat(violation.getReportedBy()).isEqualTo("ecology-clerk");
        assertThat(violation.getParkStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(violation.getSanction()).isEqualTo(Sanction.REVOKE_TITLE);
        ProcessInstance instance = driver.instanceOf(violation);
        assertThat(instance.getBusinessKey()).isEqualTo(violation.getCaseNo());
        // Due process first: the written notice, then the park's statement period.
        assertThat(instance).isWaitingAt("issuePriorNotice");
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "issuePriorNotice").getId()).get("statementPeriodText"))
                .contains("5 个工作日").contains("待确认");
        driver.notice(instance);
        assertThat(tasks.task(instance, "submitStatement").getAssignee()).isEqualTo("park-applicant");
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "submitStatement").getId()).get("noticeText"))
                .startsWith("事先告知（违法违规处理（撤销称号或除名））：拟撤销称号。理由和依据：经查");
        driver.statement("park-applicant", instance, "SUBMITTED", "园区已督促企业整改，请求从轻处理。");
        assertThat(instance).isWaitingAt("scienceViolationOpinion", "commerceViolationOpinion");
        assertThat(formService.getTaskFormVariables(tasks.task(instance, "scienceViolationOpinion").getId()))
                .containsEntry("caseNo", violation.getCaseNo())
                .containsEntry("kindName", "严重环境违法行为")
                .containsEntry("caseReference", "鲁环罚〔2026〕15号")
                .containsEntry("sanctionName", "撤销称号")
                .containsEntry("parkStatusName", "已命名");
        // Only the report's ids and the decisions travel with the case.
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("description", "caseReference");

        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "违法事实清楚，同意撤销称号", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意", null);
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "decideViolation").getId()).get("opinionsSummary"))
                .contains("省科技厅（science-clerk）：同意。违法事实清楚").contains("省商务厅（commerce-clerk）：同意");
        tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔2026〕101号", null);

        assertThat(instance).isEnded().hasPassed("revokeParkTitle", "parkTitleRevoked").hasNotPassed("strikeOffPark");
        Park revoked = parks.findById(park.getId()).orElseThrow();
        assertThat(revoked.getStatus()).isEqualTo(ParkStatus.REVOKED);
        assertThat(revoked.getRevokedOn()).isEqualTo(AppClock.today());
        ParkStatusChange change = revoked.getHistory().get(revoked.getHistory().size() - 1);
        assertThat(change).extracting(ParkStatusChange::fromStatus, ParkStatusChange::toStatus, ParkStatusChange::changedBy,
                ParkStatusChange::caseNo).containsExactly(ParkStatus.NAMED, ParkStatus.REVOKED, "ecology-clerk", violation.getCaseNo());
        assertThat(change.reason()).startsWith("严重环境违法行为（鲁环罚〔2026〕15号）").contains("第十七条").contains("撤销");
        Violation closed = violations.findById(violation.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(ViolationStatus.SANCTIONED);
        assertThat(closed.getDecidedBy()).isEqualTo("ecology-clerk");
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(violation.getCaseNo()))
                .extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::actor, ApprovalRecord::outcome)
                .containsExactly(
                        tuple("issuePriorNotice", "ecology", "ecology-clerk", Outcome.NOTIFIED),
                        tuple("submitStatement", "applicants", "park-applicant", Outcome.SUBMITTED),
                        tuple("scienceViolationOpinion", "science", "science-clerk", Outcome.AGREE),
                        tuple("commerceViolationOpinion", "commerce", "commerce-clerk", Outcome.AGREE),
                        tuple("decideViolation", "ecology", "ecology-clerk", Outcome.APPROVE));
    }

    @Test
    void aParkUnderConstructionIsStruckOffAndBannedForThreeYears() {
        Park park = driver.approvedPark(SupervisionDriver.newParkName(), AppClock.today().minusMonths(8));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("MAJOR_INCIDENT", "鲁环调查〔2026〕3号", AppClock.today().minusDays(2)));
        assertThat(violation.getSanction()).isEqualTo(Sanction.STRIKE_OFF);
        ProcessInstance instance = driver.instanceOf(violation);
        // No account answers for a park under construction yet: its city's bureau files the statement for it.
        driver.dueProcess("weihai-clerk", instance);
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "commerceViolationOpinion").getId()).get("reapplyFromText"))
                .contains(AppClock.today().plusYears(3).toString());

        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意除名", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "DISAGREE", "事故系外部原因引发，建议从轻", null);
        // Commerce dissents: deciding against it needs the reason on the record.
        assertThatThrownBy(() -> tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "事故调查报告认定园区负有管理责任", null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment：省商务厅的意见与本决定不同");
        Map<String, Object> decision = new java.util.HashMap<>(Map.of("decision", "APPROVE", "basis", "事故调查报告认定园区负有管理责任",
                "comment", "事故调查报告认定外部原因不能免除园区管理责任，不采纳从轻意见"));
        tasks.complete("ecology-clerk", instance, "decideViolation", decision);

        assertThat(instance).isEnded().hasPassed("strikeOffPark", "parkStruckOff");
        SanctionProcedure procedure = procedures.latest(instance.getId()).orElseThrow();
        assertThat(procedure.getDecision()).isEqualTo("APPROVE");
        assertThat(procedure.getDecisionOpinions()).contains("省科技厅（science-clerk）：同意").contains("省商务厅（commerce-clerk）：不同意");
        assertThat(procedure.getDissent()).startsWith("省商务厅（commerce-clerk）：不同意。事故系外部原因引发");
        assertThat(procedure.getDecisionComment()).startsWith("事故调查报告认定外部原因");
        Park struckOff = parks.findById(park.getId()).orElseThrow();
        assertThat(struckOff.getStatus()).isEqualTo(ParkStatus.STRUCK_OFF);
        assertThat(struckOff.getStruckOffOn()).isEqualTo(AppClock.today());
        assertThat(struckOff.getHistory()).last().satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
            assertThat(change.reason()).startsWith("重大突发环境事件（鲁环调查〔2026〕3号）").contains("三年内不得再次申请");
        });
        // The eligibility table reads the strike-off date: no new application to build until the third anniversary.
        LocalDate anniversary = AppClock.today().plusYears(3);
        ParkEligibility.Verdict early = eligibility.check(struckOff, ParkEligibility.Stage.CREATION, anniversary.minusDays(1));
        assertThat(early.eligible()).isFalse();
        assertThat(early.reason()).contains("自" + anniversary + "起方可重新申报");
        assertThat(eligibility.check(struckOff, ParkEligibility.Stage.CREATION, anniversary).eligible()).isTrue();
    }

    @Test
    void ecologyMayDecideNotToSanctionButMustSayWhy() {
        Park park = driver.namedPark(AppClock.today().minusYears(3));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕22号", AppClock.today()));
        ProcessInstance instance = driver.instanceOf(violation);
        driver.dueProcess(instance);
        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "DISAGREE", "违法主体为园区外企业", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "DISAGREE", "同上", null);
        assertThatThrownBy(() -> tasks.decide("ecology-clerk", instance, "decideViolation", "REJECT", null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment");
        tasks.decide("ecology-clerk", instance, "decideViolation", "REJECT", "经复核，违法企业不在园区规划范围内");

        assertThat(instance).isEnded().hasPassed("closeWithoutSanction", "noSanction");
        assertThat(parks.findById(park.getId()).orElseThrow().getStatus()).isEqualTo(ParkStatus.NAMED);
        Violation closed = violations.findById(violation.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(ViolationStatus.NOT_SANCTIONED);
        assertThat(closed.getDecidedBy()).isEqualTo("ecology-clerk");
    }

    // ---- Due process before a sanction ----

    @Test
    void aRevocationWithoutACompletedStatementPeriodIsImpossible() {
        Park park = driver.namedPark(AppClock.today().minusYears(1));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("STANDARD_NOT_MET", "鲁环函〔2026〕7号", AppClock.today().minusDays(5)));
        assertThat(violation.getKind()).isEqualTo(ViolationKind.STANDARD_NOT_MET);
        assertThat(violation.getSanction()).isEqualTo(Sanction.REVOKE_TITLE);
        ProcessInstance instance = driver.instanceOf(violation);
        // Before the notice nothing can be sanctioned.
        assertThatThrownBy(() -> procedures.requireCompletedBeforeSanction(instance.getId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("未经事先告知");
        Map<String, Object> noGrounds = Map.of("decision", "NOTIFIED", "grounds", " ");
        long noticesBefore = procedureRecords.count();
        assertThatThrownBy(() -> tasks.complete("ecology-clerk", instance, "issuePriorNotice", noGrounds))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("grounds：");
        assertThat(procedureRecords.count()).isEqualTo(noticesBefore);
        driver.notice(instance);

        // During the statement period: no decision task, and the sanction guard refuses.
        SanctionProcedure open = procedures.latest(instance.getId()).orElseThrow();
        assertThat(open.getStatementStatus()).isEqualTo(SanctionProcedure.StatementStatus.OPEN);
        assertThat(open.getStatementDeadline()).isEqualTo(calendarPlusFiveWorkingDays());
        assertThat(open.getStatementPeriodSource()).startsWith("待确认");
        assertThat(instance).isWaitingAt("submitStatement");
        assertThat(tasks.task(instance, "decideViolation")).isNull();
        assertThatThrownBy(() -> procedures.requireCompletedBeforeSanction(instance.getId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("陈述申辩程序未完成");
        assertThatThrownBy(() -> open.decided("APPROVE", "", null, null, "ecology-clerk", AppClock.now()))
                .isInstanceOf(IllegalStateException.class);

        // The park asks for a hearing: still not complete until the hearing is on record.
        driver.statement("park-applicant", instance, "HEARING_REQUESTED", "对认定事实有异议，申请听证");
        assertThat(procedures.latest(instance.getId()).orElseThrow().isStatementPeriodComplete()).isFalse();
        assertThat(instance).isWaitingAt("recordHearing");
        assertThatThrownBy(() -> procedures.requireCompletedBeforeSanction(instance.getId())).isInstanceOf(IllegalStateException.class);
        driver.hearing(instance, "2026年听证会：园区陈述已完成整改，提交监测报告；执法人员出示现场检查笔录。");

        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意撤销", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意", null);
        assertThat((String) formService.getTaskFormVariables(tasks.task(instance, "decideViolation").getId()).get("procedureSummary"))
                .contains("陈述申辩：已申请听证：对认定事实有异议").contains("听证笔录（ecology-clerk");
        tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "听证后事实清楚", null);
        assertThat(instance).isEnded().hasPassed("recordHearing", "parkTitleRevoked");
        assertThat(parks.findById(park.getId()).orElseThrow().getStatus()).isEqualTo(ParkStatus.REVOKED);
    }

    @Test
    void whenTheParkLetsTheStatementPeriodPassTheCaseGoesOn() {
        Park park = driver.namedPark(AppClock.today().minusYears(2));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("MAJOR_INCIDENT", "鲁环调查〔2026〕11号", AppClock.today()));
        ProcessInstance instance = driver.instanceOf(violation);
        driver.notice(instance);
        driver.lapseStatement(instance);
        assertThat(procedures.latest(instance.getId()).orElseThrow().getStatementStatus())
                .isEqualTo(SanctionProcedure.StatementStatus.LAPSED);
        assertThat(instance).hasPassed("recordStatementLapsed").isWaitingAt("scienceViolationOpinion", "commerceViolationOpinion");
    }

    private LocalDate calendarPlusFiveWorkingDays() {
        return calendar.addWorkingDays(AppClock.today(), 5).value();
    }

    @Test
    void aParkNeitherNamedNorApprovedHasTheViolationRecordedOnly() {
        Park park = parks.save(ParkFixture.register(SupervisionDriver.newParkName(), "jinan", ParkType.VENOUS, new BigDecimal("8")));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("MAJOR_INCIDENT", "济环调查〔2026〕9号", AppClock.today()));
        assertThat(violation.getSanction()).isEqualTo(Sanction.RECORD_ONLY);
        assertThat(violation.getStatus()).isEqualTo(ViolationStatus.RECORDED);
        assertThat(driver.instanceOf(violation)).isNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(violation.getProcessInstanceId())
                .activityId("violationRecorded").finished().count()).isOne();
        assertThat(parks.findById(park.getId()).orElseThrow().getStatus()).isEqualTo(ParkStatus.NONE);
    }

    @Test
    void onlyEcologyReportsValidReportsOneOpenCaseAtATime() {
        Park park = driver.namedPark(AppClock.today().minusYears(2));
        long before = violations.count();
        Map<String, Object> report = SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕30号", AppClock.today());
        assertThatThrownBy(() -> actors.as("science-clerk", () -> driver.reportAsCurrentUser(park, report)))
                .isInstanceOf(AuthorizationException.class);

        Map<String, Object> badKind = SupervisionDriver.report("LITTERING", "x", AppClock.today());
        assertThatThrownBy(() -> driver.reportViolation(park, badKind)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("kind");
        Map<String, Object> future = SupervisionDriver.report("SERIOUS_VIOLATION", "x", AppClock.today().plusDays(1));
        assertThatThrownBy(() -> driver.reportViolation(park, future)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("occurredOn");
        Map<String, Object> noReference = SupervisionDriver.report("SERIOUS_VIOLATION", " ", AppClock.today());
        assertThatThrownBy(() -> driver.reportViolation(park, noReference)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("caseReference");
        assertThat(violations.count()).isEqualTo(before);

        Violation open = driver.reportViolation(park, report);
        assertThatThrownBy(() -> driver.reportViolation(park, report))
                .isInstanceOf(ApiExceptionHandler.Conflict.class).hasMessageContaining(open.getCaseNo());
        assertThat(violations.count()).isEqualTo(before + 1);
    }
}
