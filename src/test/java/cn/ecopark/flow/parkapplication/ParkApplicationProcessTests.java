package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.subsidy.SubsidyRepository;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

@EcoparkSpringTest
class ParkApplicationProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ParkApplicationRepository applications;
    @Autowired
    ParkRepository parks;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    SubsidyRepository subsidies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    PublicNoticeObjections objections;
    @Autowired
    Actors actors;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ParkApplication applicationOf(ProcessInstance instance) {
        return applications.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    Park parkOf(ProcessInstance instance) {
        return parks.findById(applicationOf(instance).getParkId()).orElseThrow();
    }

    /** Runs a case up to the public notice, with science attaching a condition. */
    ProcessInstance toPublicNotice() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.opinion("ecology-clerk", instance, "ecologyJointReview", "AGREE", "符合管理办法", null);
        driver.opinion("science-clerk", instance, "scienceJointReview", "AGREE_WITH_CONDITIONS", "科技支撑指标基本达标",
                "一年内建成园区绿色技术服务平台");
        driver.opinion("commerce-clerk", instance, "commerceJointReview", "AGREE", "产业结构合理", null);
        driver.decide("ecology-clerk", instance, "confirmNaming", "APPROVE", "指标评价达标，同意命名并公示");
        return instance;
    }

    // ---- Approval ----

    @Test
    void aGoodApplicationIsNamedAfterTheNoticeAndItsSubsidyPaid() {
        ProcessInstance instance = toPublicNotice();
        ParkApplication application = applicationOf(instance);
        assertThat(instance).isWaitingAt("noticeGateway");
        assertThat(application.getApplicationNo()).matches("STGY-\\d{4}-\\d{4}");
        assertThat(instance.getBusinessKey()).isEqualTo(application.getApplicationNo());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.getApplicationNo())
                .singleResult().getId()).isEqualTo(instance.getId());
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        assertThat(application.getConditions()).extracting(ReviewCondition::agency, ReviewCondition::text)
                .containsExactly(tuple("science", "一年内建成园区绿色技术服务平台"));
        // Judged by the index-system catalogue, whose version the application records.
        assertThat(application.getIndexCatalogueVersion()).isEqualTo("v1");
        assertThat(application.getIndexBlocking()).isEmpty();
        assertThat(ParkApplicationCaseFiles.caseFile(application).result()).contains("指标体系（v1）：基本条件和必选指标均达标");
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.APPLYING);

        // The notice runs its seven days; no objection arrives.
        Instant noticeEnds = application.getNoticeEndsAt();
        assertThat(Duration.between(application.getSubmittedAt(), noticeEnds)).isBetween(Duration.ofDays(7), Duration.ofDays(7).plusMinutes(1));
        execute(job(instance));

        assertThat(instance).hasPassed("nameThePark").isWaitingAt("ecologySubsidyOpinion");
        driver.ecologyAgreesToSubsidy(instance);
        assertThat(formService.getTaskFormVariables(driver.task(instance, "decideSubsidy").getId()).get("ecologySubsidyOpinion"))
                .asString().startsWith("同意（ecology-clerk，").contains("同意按第十条给予奖补");
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(parkOf(instance).getNamedOn()).isNotNull();
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.NAMED);
        assertThat(parkOf(instance).getHistory()).extracting(h -> h.toStatus())
                .containsExactly(ParkStatus.APPROVED_TO_BUILD, ParkStatus.APPLYING, ParkStatus.NAMED);

        Map<String, Object> award = new HashMap<>();
        award.put("decision", "AWARD");
        award.put("subsidyAmount", 3_000_000);
        award.put("comment", "按政策上限核定");
        driver.complete("finance-clerk", instance, "decideSubsidy", award);
        assertThat(instance).isWaitingAt("recordDisbursement");
        assertThat(formService.getTaskFormVariables(driver.task(instance, "recordDisbursement").getId()).get("subsidyAwardedAmount"))
                .isEqualTo(3_000_000.0);

        Map<String, Object> paid = new HashMap<>();
        paid.put("decision", "RECORDED");
        paid.put("disbursedAmount", 3_000_000);
        paid.put("disbursedOn", "2026-12-15");
        paid.put("voucherNo", "鲁财资环〔2026〕88号");
        driver.complete("finance-clerk", instance, "recordDisbursement", paid);

        assertThat(instance).isEnded().hasPassed("parkNamedWithSubsidy");
        var subsidy = subsidies.findByApplicationNo(application.getApplicationNo()).orElseThrow();
        assertThat(subsidy.getAwardedAmount()).isEqualByComparingTo("3000000");
        assertThat(subsidy.getDecidedBy()).isEqualTo("finance-clerk");
        assertThat(subsidy.getDisbursements()).singleElement()
                .satisfies(d -> assertThat(d.voucherNo()).isEqualTo("鲁财资环〔2026〕88号"));

        // Every decision is on record: who, which agency, what, when.
        List<ApprovalRecord> decisions = records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId());
        assertThat(decisions).extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::actor, ApprovalRecord::outcome)
                .containsExactly(
                        tuple("cityPreReview", "city-weihai", "weihai-clerk", Outcome.PASS),
                        tuple("ecologyJointReview", "ecology", "ecology-clerk", Outcome.AGREE),
                        tuple("scienceJointReview", "science", "science-clerk", Outcome.AGREE_WITH_CONDITIONS),
                        tuple("commerceJointReview", "commerce", "commerce-clerk", Outcome.AGREE),
                        tuple("confirmNaming", "ecology", "ecology-clerk", Outcome.APPROVE),
                        tuple("ecologySubsidyOpinion", "ecology", "ecology-clerk", Outcome.AGREE),
                        tuple("decideSubsidy", "finance", "finance-clerk", Outcome.AWARD),
                        tuple("recordDisbursement", "finance", "finance-clerk", Outcome.RECORDED));
        assertThat(decisions).allSatisfy(r -> {
            assertThat(r.decidedAt()).isNotNull();
            assertThat(r.caseNo()).isEqualTo(application.getApplicationNo());
        });
        assertThat(decisions.get(0).comment()).isEqualTo("材料齐全，同意上报");
        // The process keeps ids and decisions, never the application's documents.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("planningEiaConclusion").list()).allMatch(v -> v.getTaskId() != null || v.getState().equals("DELETED"));
    }

    @Test
    void financeMayDecideNoSubsidy() {
        ProcessInstance instance = toPublicNotice();
        execute(job(instance));
        driver.ecologyAgreesToSubsidy(instance);
        driver.decide("finance-clerk", instance, "decideSubsidy", "NO_AWARD", "本年度专项资金已用完，下年度安排");
        assertThat(instance).isEnded().hasPassed("parkNamedWithoutSubsidy");
        assertThat(subsidies.findByApplicationNo(applicationOf(instance).getApplicationNo()).orElseThrow().getAwardedAmount())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aSubsidyAboveTheCapIsRefusedWithAClearMessageAndNothingIsStored() {
        ProcessInstance instance = toPublicNotice();
        execute(job(instance));
        driver.ecologyAgreesToSubsidy(instance);
        Map<String, Object> award = new HashMap<>();
        award.put("decision", "AWARD");
        award.put("subsidyAmount", 3_000_000.01);
        assertThatThrownBy(() -> driver.complete("finance-clerk", instance, "decideSubsidy", award))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("subsidyAmount")
                .hasMessageContaining("300万元");
        assertThat(instance).isWaitingAt("decideSubsidy");
        assertThat(subsidies.findByApplicationNo(applicationOf(instance).getApplicationNo())).isEmpty();
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .noneMatch(r -> r.stepKey().equals("decideSubsidy"));

        award.put("subsidyAmount", 2_500_000);
        driver.complete("finance-clerk", instance, "decideSubsidy", award);
        assertThat(instance).isWaitingAt("recordDisbursement");

        Map<String, Object> tooMuch = new HashMap<>(Map.of("decision", "RECORDED", "disbursedAmount", 2_600_000,
                "disbursedOn", "2026-12-15", "voucherNo", "V-1"));
        assertThatThrownBy(() -> driver.complete("finance-clerk", instance, "recordDisbursement", tooMuch))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("disbursedAmount");
        assertThat(instance).isWaitingAt("recordDisbursement");

        // Paid in two tranches: the task comes back while a balance is left.
        driver.complete("finance-clerk", instance, "recordDisbursement", Map.of("decision", "RECORDED",
                "disbursedAmount", 1_000_000, "disbursedOn", "2026-12-15", "voucherNo", "鲁财资环〔2026〕90号"));
        assertThat(instance).isWaitingAt("recordDisbursement");
        driver.complete("finance-clerk", instance, "recordDisbursement", Map.of("decision", "RECORDED",
                "disbursedAmount", 1_500_000, "disbursedOn", "2027-03-15", "voucherNo", "鲁财资环〔2027〕12号"));
        assertThat(instance).isEnded().hasPassed("disbursementGateway", "parkNamedWithSubsidy");
        assertThat(subsidies.findByApplicationNo(applicationOf(instance).getApplicationNo()).orElseThrow().getDisbursements())
                .hasSize(2);
    }

    @Test
    void aParkRevokedAndNamedAgainSharesTheCapOfItsWholeLife() {
        ProcessInstance first = toPublicNotice();
        execute(job(first));
        driver.ecologyAgreesToSubsidy(first);
        driver.complete("finance-clerk", first, "decideSubsidy", Map.of("decision", "AWARD", "subsidyAmount", 2_500_000,
                "comment", "首次命名奖补"));
        Park park = parkOf(first);
        ParkFixture.revoke(park, java.time.LocalDate.of(2026, 12, 20), Instant.parse("2026-12-20T02:00:00Z"), "ecology-clerk",
                "WFCL-2026-0099", "发生较大突发环境事件");
        ParkFixture.approveToBuild(park, java.time.LocalDate.of(2027, 3, 1), "鲁环函〔2027〕3号", Instant.parse("2027-03-01T02:00:00Z"),
                "ecology-clerk", "CJSQ-2027-0099");
        parks.save(park);

        // The same park (credit code) applies again, is named again, and asks for the subsidy again.
        Map<String, Object> again = ParkApplicationDriver.freshApplication();
        again.put("creditCode", park.getCreditCode());
        again.put("parkName", park.getName());
        ProcessInstance second = driver.submit(again);
        driver.passCityReview(second);
        driver.agreeJointReview(second);
        driver.decide("ecology-clerk", second, "confirmNaming", "APPROVE", "同意再次命名并公示");
        execute(job(second));
        driver.ecologyAgreesToSubsidy(second);
        assertThat(parkOf(second).getId()).isEqualTo(park.getId());
        assertThat(parkOf(second).getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThatThrownBy(() -> driver.complete("finance-clerk", second, "decideSubsidy", Map.of("decision", "AWARD",
                "subsidyAmount", 3_000_000, "comment", "再次命名")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("此前已核定补助 2500000 元").hasMessageContaining("本次最多可核定 500000 元");
        assertThat(subsidies.findByApplicationNo(applicationOf(second).getApplicationNo())).isEmpty();
        driver.complete("finance-clerk", second, "decideSubsidy", Map.of("decision", "AWARD", "subsidyAmount", 500_000,
                "comment", "按园区累计余额核定"));
        assertThat(subsidies.findByParkId(park.getId())).extracting(s -> s.getAwardedAmount().intValue())
                .containsExactlyInAnyOrder(2_500_000, 500_000);
    }

    // ---- Corrections ----

    @Test
    void theCityReturnsForCorrectionAndTheApplicantResubmits() {
        ProcessInstance instance = driver.submitGood();
        driver.decide("weihai-clerk", instance, "cityPreReview", "RETURN_FOR_CORRECTION", "缺少园区总体规划批复文件");
        assertThat(instance).isWaitingAt("correctApplication");
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        String taskId = driver.task(instance, "correctApplication").getId();
        assertThat(formService.getTaskFormVariables(taskId))
                .containsEntry("correctionReasons", "缺少园区总体规划批复文件")
                .containsEntry("greenIslandFacilities", 3)
                .containsEntry("parkType", "COMPREHENSIVE");
        assertThat(driver.task(instance, "correctApplication").getAssignee()).isEqualTo("park-applicant");

        // The applicant sends the application's fields, not the index data: that keeps what the form showed.
        Map<String, Object> indexBefore = IndexData.parse(applicationOf(instance).getIndexValues());
        driver.resubmit(instance, Map.of("attachmentNames", "创建申请书.pdf\n园区总体规划批复.pdf", "greenIslandFacilities", 4));
        assertThat(instance).isWaitingAt("cityPreReview");
        assertThat(IndexData.parse(applicationOf(instance).getIndexValues()))
                .containsEntry("lawCompliance", true).containsEntry("cleanerProductionAudit", indexBefore.get("cleanerProductionAudit"))
                .containsEntry("ecoChainProjects", indexBefore.get("ecoChainProjects"));
        // The whole prefilled form was submitted to the process; once read, none of it stays there.
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(ApplicationForm.FIELDS.toArray(String[]::new));
        assertThat(formService.getTaskFormVariables(driver.task(instance, "cityPreReview").getId()))
                .containsEntry("greenIslandFacilities", 4);
        assertThat(applicationOf(instance).getGreenIslandFacilities()).isEqualTo(4);
        assertThat(applicationOf(instance).getAttachmentNames()).contains("园区总体规划批复.pdf");
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.CITY_REVIEW);
    }

    @Test
    void aCorrectionWithBadDataIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = driver.submitGood();
        driver.decide("weihai-clerk", instance, "cityPreReview", "RETURN_FOR_CORRECTION", "面积有误");
        assertThatThrownBy(() -> driver.resubmit(instance, Map.of("areaKm2", -3)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("areaKm2");
        assertThat(instance).isWaitingAt("correctApplication");
        assertThat(applicationOf(instance).getAreaKm2()).isEqualByComparingTo("38.5");
    }

    @Test
    void anAgencyDisagreesAndEcologyReturnsTheCaseForCorrection() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.opinion("ecology-clerk", instance, "ecologyJointReview", "AGREE", "符合要求", null);
        driver.opinion("science-clerk", instance, "scienceJointReview", "AGREE", "符合要求", null);
        driver.opinion("commerce-clerk", instance, "commerceJointReview", "DISAGREE", "外资企业入园比例数据与统计不符", null);
        assertThat(instance).hasPassed("summarizeJointReview").isWaitingAt("resolveJointDisagreement");
        String opinions = (String) formService.getTaskFormVariables(driver.task(instance, "resolveJointDisagreement").getId()).get("opinionsSummary");
        assertThat(opinions).contains("省商务厅").contains("不同意").contains("外资企业入园比例数据与统计不符");

        driver.decide("ecology-clerk", instance, "resolveJointDisagreement", "RETURN_FOR_CORRECTION", "请核实外资企业入园数据");
        assertThat(instance).isWaitingAt("correctApplication");
        driver.resubmit(instance, Map.of());
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        assertThat(instance).isWaitingAt("confirmNaming");
    }

    @Test
    void ecologyReturnsAtNamingConfirmation() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        driver.decide("ecology-clerk", instance, "confirmNaming", "RETURN_FOR_CORRECTION", "规划环评审查意见需补充");
        assertThat(instance).isWaitingAt("correctApplication");
    }

    // ---- PublicNotice ----

    @Test
    void anObjectionThatIsDismissedReturnsTheCaseToTheSameNotice() {
        ProcessInstance instance = toPublicNotice();
        Instant noticeEnds = applicationOf(instance).getNoticeEndsAt();
        actors.as("ecology-clerk", () -> objections.register(applicationOf(instance).getApplicationNo(),
                "园区内某企业存在夜间偷排问题，请核查"));
        assertThat(instance).isWaitingAt("reviewObjection");
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.OBJECTION_REVIEW);
        assertThat(formService.getTaskFormVariables(driver.task(instance, "reviewObjection").getId()).get("objectionContent"))
                .isEqualTo("园区内某企业存在夜间偷排问题，请核查");

        driver.decide("ecology-clerk", instance, "reviewObjection", "DISMISS", "经现场核查，反映问题不属实");
        assertThat(instance).isWaitingAt("noticeGateway");
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(noticeEnds));
        execute(job(instance));
        driver.ecologyAgreesToSubsidy(instance);
        assertThat(instance).isWaitingAt("decideSubsidy");
    }

    @Test
    void twoObjectionsInTheSameNoticeAreBothRecordedAndAnswered() {
        ProcessInstance instance = toPublicNotice();
        String no = applicationOf(instance).getApplicationNo();
        actors.as("ecology-clerk", () -> objections.register(no, "园区内某企业存在夜间偷排问题，请核查"));
        // A second objection while the first is under review is not refused: it joins the review.
        actors.as("ecology-clerk", () -> objections.register(no, "园区绿岛设施尚未投入运行"));
        assertThat(applicationOf(instance).getObjections()).extracting(Objection::content)
                .containsExactly("园区内某企业存在夜间偷排问题，请核查", "园区绿岛设施尚未投入运行");
        assertThat(formService.getTaskFormVariables(driver.task(instance, "reviewObjection").getId()).get("objectionContent"))
                .isEqualTo("异议1：园区内某企业存在夜间偷排问题，请核查\n异议2：园区绿岛设施尚未投入运行");
        driver.decide("ecology-clerk", instance, "reviewObjection", "DISMISS", "经现场核查，两项反映均不属实");
        assertThat(applicationOf(instance).getObjections()).allSatisfy(o -> {
            assertThat(o.answer()).isEqualTo("异议不成立：经现场核查，两项反映均不属实");
            assertThat(o.answeredBy()).isEqualTo("ecology-clerk");
            assertThat(o.answeredAt()).isNotNull();
        });

        // A third within the same period is reviewed and answered on its own.
        actors.as("ecology-clerk", () -> objections.register(no, "园区规划环评审查意见未落实"));
        assertThat(formService.getTaskFormVariables(driver.task(instance, "reviewObjection").getId()).get("objectionContent"))
                .isEqualTo("园区规划环评审查意见未落实");
        driver.decide("ecology-clerk", instance, "reviewObjection", "DISMISS", "审查意见已落实");
        assertThat(applicationOf(instance).getObjections()).hasSize(3).allSatisfy(o -> assertThat(o.answer()).isNotNull());
        assertThat(applicationOf(instance).getObjections().get(2).answer()).isEqualTo("异议不成立：审查意见已落实");
        execute(job(instance));
        assertThat(instance).hasPassed("nameThePark").isWaitingAt("ecologySubsidyOpinion");
    }

    @Test
    void anObjectionCanSendTheCaseBackForCorrection() {
        ProcessInstance instance = toPublicNotice();
        actors.as("ecology-clerk", () -> objections.register(applicationOf(instance).getApplicationNo(), "申报数据与统计年鉴不符"));
        driver.decide("ecology-clerk", instance, "reviewObjection", "RETURN_FOR_CORRECTION", "请说明数据来源");
        assertThat(instance).isWaitingAt("correctApplication");
    }

    @Test
    void anUpheldObjectionRejectsTheApplication() {
        ProcessInstance instance = toPublicNotice();
        actors.as("ecology-clerk", () -> objections.register(applicationOf(instance).getApplicationNo(), "园区发生较大突发环境事件"));
        driver.decide("ecology-clerk", instance, "reviewObjection", "REJECT", "异议属实，不予命名");
        assertThat(instance).isEnded().hasPassed("closeRejectedApplication", "applicationRejected");
        assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        // A refused acceptance leaves the park where it stood: approved to build, still under construction.
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
    }

    @Test
    void anObjectionOutsideTheNoticeIsRefused() {
        ProcessInstance instance = driver.submitGood();
        assertThatThrownBy(() -> actors.as("ecology-clerk", () -> objections.register(applicationOf(instance).getApplicationNo(), "异议")))
                .isInstanceOf(PublicNoticeObjections.NotInPublicNotice.class);
        assertThat(applicationOf(instance).getObjections()).isEmpty();
    }

    // ---- Rejections ----

    @Test
    void theCityRejects() {
        ProcessInstance instance = driver.submitGood();
        driver.decide("weihai-clerk", instance, "cityPreReview", "REJECT", "园区不在省级以上开发区名录");
        assertThat(instance).isEnded().hasPassed("applicationRejected");
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
    }

    @Test
    void aFailingMandatoryIndicatorBlocksNamingUntilEcologyOverridesWithADocumentNumber() {
        Map<String, Object> weak = ParkApplicationDriver.goodApplication();
        weak.remove("ecoChainProjects"); // 必选 item not reported: counts as not met
        ProcessInstance instance = driver.submit(weak);
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        assertThat(applicationOf(instance).getIndexBlocking()).contains("必选指标“建设规划实施后新增构建生态工业链项目数量”未填报");

        assertThatThrownBy(() -> driver.decide("ecology-clerk", instance, "confirmNaming", "APPROVE", "同意命名"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("indexOverrideNo：指标体系未达标");
        Map<String, Object> noReason = new HashMap<>(Map.of("decision", "APPROVE", "indexOverrideNo", "鲁环字〔2026〕9号"));
        assertThatThrownBy(() -> driver.complete("ecology-clerk", instance, "confirmNaming", noReason))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("indexOverrideReason：");
        assertThat(instance).isWaitingAt("confirmNaming");
        assertThat(applicationOf(instance).getIndexOverrideNo()).isNull();

        driver.complete("ecology-clerk", instance, "confirmNaming", Map.of("decision", "APPROVE", "comment", "同意命名",
                "indexOverrideNo", "鲁环字〔2026〕9号", "indexOverrideReason", "生态工业链项目已立项，专家组现场核实"));
        assertThat(instance).hasPassed("startPublicNotice");
        ParkApplication application = applicationOf(instance);
        assertThat(application.getIndexOverrideNo()).isEqualTo("鲁环字〔2026〕9号");
        assertThat(application.getIndexOverrideBy()).isEqualTo("ecology-clerk");
        assertThat(ParkApplicationCaseFiles.caseFile(application).result())
                .contains("省生态环境厅决定予以命名（鲁环字〔2026〕9号，ecology-clerk），理由：生态工业链项目已立项");
        assertThat(ParkApplicationCaseFiles.caseFile(application).details())
                .anyMatch(f -> f.toString().contains("评价所用指标体系版本") && f.toString().contains("v1"));
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("indexOverrideNo", "indexOverrideReason");
    }

    @Test
    void anAtLeastOneOfFourGroupPassesWithOneAndBlocksWithNone() {
        // goodApplication meets exactly one of items 1–4 (高新技术产业占比).
        ProcessInstance withOne = driver.submitGood();
        driver.passCityReview(withOne);
        driver.agreeJointReview(withOne);
        assertThat(applicationOf(withOne).getIndexBlocking()).isEmpty();

        Map<String, Object> none = ParkApplicationDriver.goodApplication();
        none.put("highTechShare", 44.9);
        ProcessInstance withNone = driver.submit(none);
        driver.passCityReview(withNone);
        driver.agreeJointReview(withNone);
        assertThat(applicationOf(withNone).getIndexBlocking()).contains("指标组“第1–4项（至少满足一项）”达标 0 项，至少需 1 项");
        assertThatThrownBy(() -> driver.decide("ecology-clerk", withNone, "confirmNaming", "APPROVE", "同意命名"))
                .isInstanceOf(InvalidInput.class);
        assertThat(withNone).isWaitingAt("confirmNaming");
    }

    @Test
    void ecologyRejectsAfterADisagreement() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.opinion("ecology-clerk", instance, "ecologyJointReview", "DISAGREE", "规划环评未通过审查", null);
        driver.opinion("science-clerk", instance, "scienceJointReview", "AGREE", "符合", null);
        driver.opinion("commerce-clerk", instance, "commerceJointReview", "AGREE", "符合", null);
        driver.decide("ecology-clerk", instance, "resolveJointDisagreement", "REJECT", "规划环评不符合要求");
        assertThat(instance).isEnded().hasPassed("applicationRejected");
    }

    @Test
    void ecologyDeclinesToName() {
        Map<String, Object> weak = ParkApplicationDriver.goodApplication();
        weak.put("cleanerProductionAudit", 80);
        ProcessInstance instance = driver.submit(weak);
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        assertThat((String) formService.getTaskFormVariables(driver.task(instance, "confirmNaming").getId()).get("indexSummary"))
                .contains("必选指标“工业园区重点企业清洁生产审核实施率”未达标").contains("未经省生态环境厅决定不得命名");
        driver.decide("ecology-clerk", instance, "confirmNaming", "REJECT", "清洁生产审核未全覆盖");
        assertThat(instance).isEnded().hasPassed("applicationRejected");
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        ProcessInstance instance = driver.submitGood();
        assertThatThrownBy(() -> driver.decide("weihai-clerk", instance, "cityPreReview", "REJECT", " "))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment");
        assertThatThrownBy(() -> driver.decide("weihai-clerk", instance, "cityPreReview", "AWARD", "x"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("decision");
        assertThat(instance).isWaitingAt("cityPreReview");
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId())).isEmpty();
    }

    // ---- Eligibility ----

    @Test
    void aNamedParkCannotApplyAgainAndIsToldWhy() {
        ProcessInstance first = toPublicNotice();
        execute(job(first));
        Map<String, Object> again = ParkApplicationDriver.goodApplication();
        again.put("creditCode", applicationOf(first).getCreditCode());
        again.put("parkName", applicationOf(first).getParkName());
        ProcessInstance second = driver.submit(again);
        assertThat(second).isWaitingAt("acknowledgeIneligibility");
        ParkApplication refused = applicationOf(second);
        assertThat(refused.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(refused.getIneligibleReason()).contains("已");
        assertThat(formService.getTaskFormVariables(driver.task(second, "acknowledgeIneligibility").getId()).get("ineligibleReason"))
                .isEqualTo(refused.getIneligibleReason());
        driver.decide("park-applicant", second, "acknowledgeIneligibility", "ACKNOWLEDGED", null);
        assertThat(second).isEnded().hasPassed("applicationNotAccepted");
        assertThat(parkOf(second).getStatus()).isEqualTo(ParkStatus.NAMED);
    }

    @Test
    void aParkWithAnOpenApplicationCannotApplyTwice() {
        ProcessInstance first = driver.submitGood();
        Map<String, Object> again = ParkApplicationDriver.goodApplication();
        again.put("creditCode", applicationOf(first).getCreditCode());
        again.put("parkName", applicationOf(first).getParkName());
        ProcessInstance second = driver.submit(again);
        assertThat(second).isWaitingAt("acknowledgeIneligibility");
        assertThat(applicationOf(second).getIneligibleReason()).contains("在办");
    }

    @Test
    void aParkStruckOffIsRefusedForThreeYearsAndThenSentToApplyToBuildAgain() {
        Map<String, Object> form = ParkApplicationDriver.freshApplication();
        Park park = ParkFixture.register((String) form.get("parkName"), "weihai", cn.ecopark.flow.park.ParkType.SECTORAL, new BigDecimal("12"));
        ParkFixture.strikeOff(park, java.time.LocalDate.of(2023, 5, 10), Instant.parse("2023-05-10T02:00:00Z"), "ecology-clerk", "WFCL-2023-0001",
                "建设期间发生重大突发环境事件");
        parks.save(park);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-09T02:00:00Z")));
        ProcessInstance tooEarly = driver.submit(form);
        assertThat(tooEarly).isWaitingAt("acknowledgeIneligibility");
        assertThat(applicationOf(tooEarly).getIneligibleReason()).contains("三年").contains("2026-05-10");

        // Three years on, the ban is over but the park is no longer approved to build: acceptance is refused and
        // the park is told to file a new creation application (park-creation).
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-10T02:00:00Z")));
        ProcessInstance onTime = driver.submit(form);
        assertThat(onTime).isWaitingAt("acknowledgeIneligibility");
        assertThat(applicationOf(onTime).getIneligibleReason()).contains("尚未批准建设").contains("创建申请");
    }

    @Test
    void onlyAParkApprovedToBuildMayApplyForAcceptance() {
        ProcessInstance unknownPark = driver.submit(ParkApplicationDriver.freshApplication());
        assertThat(unknownPark).isWaitingAt("acknowledgeIneligibility");
        assertThat(applicationOf(unknownPark).getIneligibleReason()).contains("尚未批准建设");
        assertThat(parkOf(unknownPark).getStatus()).isEqualTo(ParkStatus.NONE);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = applications.count();
        Map<String, Object> form = ParkApplicationDriver.goodApplication();
        form.put("carbonIntensityReductionPct", "百分之二十");
        assertThatThrownBy(() -> driver.submit(form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("carbonIntensityReductionPct");
        form.put("carbonIntensityReductionPct", 20);
        form.put("city", "beijing");
        assertThatThrownBy(() -> driver.submit(form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("city");
        form.put("city", "jinan");
        form.remove("contactPhone");
        assertThatThrownBy(() -> driver.submit(form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("contactPhone");
        assertThat(applications.count()).isEqualTo(before);
        assertThat(parks.findByCityAndName("jinan", (String) form.get("parkName"))).isEmpty();
    }
}
