package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.greenchannel.GreenChannelDriver.at;
import static cn.ecopark.flow.greenchannel.GreenChannelDriver.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@EcoparkSpringTest
class GreenChannelProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    GreenChannelDriver driver;
    @Autowired
    GreenChannelProjectRepository projects;
    @Autowired
    GreenChannelOverdueRepository overdue;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        at("2026-03-02T09:00");   // a Monday without holidays around it
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    GreenChannelProject projectOf(ProcessInstance instance) {
        return projects.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    GreenChannelReview reviewOf(ProcessInstance instance, String agency) {
        return projectOf(instance).review(agency);
    }

    /** The joint reply reports; it has one outcome and no say over the result. */
    static Map<String, Object> reply(String basis, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "ISSUED");
        form.put("basis", basis);
        form.put("comment", comment);
        return form;
    }

    // ---- Full approval ----

    @Test
    void allAgenciesAgreeInParallelAndEcologyApproves() {
        ProcessInstance instance = driver.submitAtWindow();
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getProjectNo()).matches("LSTD-2026-\\d{4}");
        assertThat(instance.getBusinessKey()).isEqualTo(project.getProjectNo());
        assertThat(project.isSubmittedAtWindow()).isTrue();
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.AWAITING_ACCEPTANCE);
        assertThat(instance).isWaitingAt("acceptProject");

        driver.accept(instance);
        // The process carries ids, labels and decisions; the intake and acceptance fields are gone from it.
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet()).containsExactlyInAnyOrder(
                "applicant", "projectId", "caseNo", "caseTitle", "cityName", "eligible", "acceptProjectDecision");
        project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_REVIEW);
        // The routing table chose four agencies. Each review has the statutory limit from its law (or none) and,
        // beside it, the green channel's commitment on which the clock runs.
        assertThat(project.getReviews()).extracting(GreenChannelReview::getAgency, GreenChannelReview::getReviewType,
                        GreenChannelReview::getStatutoryDays, GreenChannelReview::getLimitDays, GreenChannelReview::getDeadline)
                .containsExactlyInAnyOrder(
                        tuple("ecology", "EIA_FORM", 30, 10, LocalDate.of(2026, 3, 16)),
                        tuple("reform", "PROJECT_FILING", null, 2, LocalDate.of(2026, 3, 4)),
                        tuple("commerce", "FOREIGN_INVESTMENT", null, 5, LocalDate.of(2026, 3, 9)),
                        tuple("science", "GREEN_TECHNOLOGY", null, 5, LocalDate.of(2026, 3, 9)));
        Task reform = driver.review(instance, "reform");
        assertThat(reform.getDueDate()).isEqualTo(Date.from(endOf("2026-03-04")));
        assertThat((String) formService.getTaskFormVariables(reform.getId()).get("timeLimitText"))
                .isEqualTo("法定时限：《企业投资项目核准和备案管理条例》（国务院令第673号）：备案是告知信息，不是审查，无审查时限");
        assertThat((String) formService.getTaskFormVariables(reform.getId()).get("commitmentLimitText"))
                .isEqualTo("绿色通道承诺时限：2 个工作日（待确认：绿色通道承诺时限为管理员设置，尚未记录来源文件）");
        assertThat(driver.tasks(instance)).extracting(Task::getTaskDefinitionKey).containsOnly("agencyReview").hasSize(4);

        for (String agency : List.of("ecology", "reform", "commerce", "science")) {
            driver.agree(agency, instance);
        }
        assertThat(projectOf(instance).getStatus()).isEqualTo(ProjectStatus.JOINT_REPLY);
        Task joint = driver.task(instance, "issueJointReply");
        assertThat((String) formService.getTaskFormVariables(joint.getId()).get("opinionsSummary"))
                .contains("省生态环境厅（环境影响报告表审批，ecology-clerk）：同意")
                .contains("省商务厅").contains("省科技厅").contains("省发展改革委");
        assertThat(formService.getTaskFormVariables(joint.getId()).get("conflictsSummary")).isEqualTo("未发现意见冲突");

        driver.jointReply(instance, reply("各部门均同意，依据鲁环发〔2021〕7号第十五条予以批复", null));
        assertThat(instance).isEnded().hasPassed("projectApproved");
        project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.getResult()).isEqualTo(Outcome.AGREE);
        assertThat(project.getObligations()).isEmpty();
        assertThat(project.getClosedAt()).isNotNull();
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::actor, ApprovalRecord::outcome)
                .containsExactly(
                        tuple("acceptProject", "ecology", "ecology-clerk", Outcome.ACCEPT),
                        tuple("agencyReview", "ecology", "ecology-clerk", Outcome.AGREE),
                        tuple("agencyReview", "reform", "reform-clerk", Outcome.AGREE),
                        tuple("agencyReview", "commerce", "commerce-clerk", Outcome.AGREE),
                        tuple("agencyReview", "science", "science-clerk", Outcome.AGREE),
                        tuple("issueJointReply", "ecology", "ecology-clerk", Outcome.ISSUED));
        // The process keeps ids and decisions, never the project's documents: the forms showed them, computed from the
        // project when read, and no variable held them beyond the intake (a start form's fields are removed once read).
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("documentNames").list()).allMatch(v -> v.getTaskId() == null && "DELETED".equals(v.getState()));
    }

    // ---- One agency refuses: its decision stands, the reply reports it ----

    @Test
    void reformRefusesApprovalTheJointReplyCannotAgreeAndTheResultFollowsTheRule() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("APPROVED_TO_BUILD"));
        form.put("reformProcedure", "APPROVAL");
        ProcessInstance instance = driver.submit("park-applicant", form);
        assertThat(projectOf(instance).isSubmittedAtWindow()).isFalse();
        driver.accept(instance);
        assertThat(reviewOf(instance, "reform").getReviewType()).isEqualTo("PROJECT_APPROVAL");
        driver.opinion("ecology", instance, "AGREE_WITH_CONDITIONS", "《环境影响评价法》第二十二条", "POLLUTION_CONTROL",
                "熔炼废气须经袋式除尘后达标排放");
        driver.opinion("reform", instance, "DISAGREE", "《产业结构调整指导目录》限制类，不予核准", null, null);
        driver.agree("commerce", instance);
        driver.agree("science", instance);

        // Reform's refusal ended its part with its reason; the rule table derived the result before the reply.
        GreenChannelReview reform = reviewOf(instance, "reform");
        assertThat(reform.getStatus()).isEqualTo(ReviewStatus.DONE);
        assertThat(reform.getOutcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(reform.getBasis()).isEqualTo("《产业结构调整指导目录》限制类，不予核准");
        assertThat(instance).hasPassed("decideProjectResult");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "projectResult")).isEqualTo("DISAGREE");

        List<OpinionConflicts.Conflict> conflicts = OpinionConflicts.among(projectOf(instance).getReviews());
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(OpinionConflicts.Kind.VERDICT);
            assertThat(c.agencies()).containsExactly("reform", "ecology", "commerce", "science");
        });
        Task joint = driver.task(instance, "issueJointReply");
        assertThat((String) formService.getTaskFormVariables(joint.getId()).get("conflictsSummary"))
                .startsWith("【意见相左】省发展改革委不同意（《产业结构调整指导目录》限制类，不予核准），与省生态环境厅附条件同意");
        assertThat((String) formService.getTaskFormVariables(joint.getId()).get("projectResultText")).startsWith("不予同意：有部门不同意");

        // The reply cannot record agreement: AGREE is no outcome of this step, nor any other verdict.
        for (String verdict : List.of("AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE")) {
            Map<String, Object> agree = reply("经协调同意", "以生态环境厅意见为准");
            agree.put("decision", verdict);
            assertThatThrownBy(() -> driver.jointReply(instance, agree))
                    .isInstanceOf(InvalidInput.class).hasMessageStartingWith("decision：");
        }
        // A conflict must be explained to the applicant.
        assertThatThrownBy(() -> driver.jointReply(instance, reply("省发展改革委不予核准", null)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment：");
        assertThat(instance).isWaitingAt("issueJointReply");
        assertThat(projectOf(instance).getResult()).isNull();

        driver.jointReply(instance, reply("告知各部门决定：省发展改革委不予核准", "省发展改革委的不予核准决定有效，项目不能据此开工建设"));
        assertThat(instance).isEnded().hasPassed("projectRefused");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.REFUSED);
        assertThat(project.getResult()).isEqualTo(Outcome.DISAGREE);
        assertThat(project.getResultComment()).isEqualTo("省发展改革委的不予核准决定有效，项目不能据此开工建设");
        assertThat(project.getObligations()).as("a refusal leaves no obligations").isEmpty();
        // Every agency's decision is on the record as given; the reply is recorded as a report, not a verdict.
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(r -> r.agency() + ":" + r.outcome()).containsExactly("ecology:ACCEPT",
                        "ecology:AGREE_WITH_CONDITIONS", "reform:DISAGREE", "commerce:AGREE", "science:AGREE", "ecology:ISSUED");
    }

    // ---- Statutory limits from the law, the green-channel commitment beside them ----

    @Test
    void aReportFormGetsTheStatutoryThirtyDaysWithTheCommitmentBeside() {
        for (boolean coveredByPlanningEia : List.of(true, false)) {
            Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
            form.put("planningEiaConsistent", coveredByPlanningEia);
            ProcessInstance instance = driver.submit("park-applicant", form);
            driver.accept(instance);
            // 简化环评 is a flag on the normal report-form review: same review, same statutory limit.
            GreenChannelReview eia = reviewOf(instance, "ecology");
            assertThat(eia.getReviewType()).isEqualTo("EIA_FORM");
            assertThat(eia.getStatutoryDays()).isEqualTo(30);
            assertThat(eia.getStatutoryBasis()).startsWith("《中华人民共和国环境影响评价法》第二十二条");
            assertThat(eia.getLimitDays()).isEqualTo(10);
            assertThat(eia.getCommitmentSource()).startsWith("待确认");
            Task task = driver.review(instance, "ecology");
            assertThat((String) formService.getTaskFormVariables(task.getId()).get("timeLimitText"))
                    .startsWith("法定时限：30 日（《中华人民共和国环境影响评价法》第二十二条");
            assertThat((String) formService.getTaskFormVariables(task.getId()).get("commitmentLimitText"))
                    .isEqualTo("绿色通道承诺时限：10 个工作日（待确认：绿色通道承诺时限为管理员设置，尚未记录来源文件）");
            assertThat((String) formService.getTaskFormVariables(task.getId()).get("planningEiaConsistentName"))
                    .startsWith(coveredByPlanningEia ? "符合园区规划环评结论：依法简化环评文件内容" : "不符合");
            // The approval sheet shows both limits side by side.
            assertThat(GreenChannelCaseFiles.caseFile(projectOf(instance)).details())
                    .anySatisfy(f -> assertThat(f.value()).startsWith("法定时限：30 日（").contains("；绿色通道承诺时限：10 个工作日（待确认"));
        }
    }

    @Test
    void aReportGetsSixtyDaysARegistrationIsAFilingAndGovernmentProjectsAreExamined() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.put("eiaCategory", "REPORT");
        form.put("reformProcedure", "EXAMINATION");
        ProcessInstance report = driver.submit("park-applicant", form);
        driver.accept(report);
        assertThat(reviewOf(report, "ecology").getStatutoryDays()).isEqualTo(60);
        assertThat(reviewOf(report, "reform")).satisfies(r -> {
            assertThat(r.getReviewType()).isEqualTo("GOVERNMENT_EXAMINATION");
            assertThat(r.getReviewTypeName()).isEqualTo("政府投资项目审批（审批制）");
            assertThat(r.getStatutoryDays()).isNull();
            assertThat(r.getStatutoryBasis()).startsWith("待确认");
        });

        form.put("eiaCategory", "REGISTRATION");
        form.put("reformProcedure", "APPROVAL");
        ProcessInstance registration = driver.submit("park-applicant", form);
        driver.accept(registration);
        assertThat(reviewOf(registration, "ecology")).satisfies(r -> {
            assertThat(r.getReviewType()).isEqualTo("EIA_REGISTRATION");
            assertThat(r.getReviewTypeName()).contains("备案，不属审批");
            assertThat(r.getStatutoryDays()).isNull();
        });
        assertThat(reviewOf(registration, "reform").getStatutoryBasis()).as("no confirmed source sets a 核准 limit").startsWith("待确认");
    }

    // ---- Key construction projects only (measure 15) ----

    @Test
    void aProjectOnNoKeyProjectListIsToldMeasure15CoversKeyProjects() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.put("keyProjectBasis", "NONE");
        form.remove("keyProjectDocNo");
        ProcessInstance instance = driver.submit("park-applicant", form);
        assertThat(instance).isWaitingAt("acknowledgeIneligibility");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getIneligibleReason()).contains("未列入重点建设项目名单").contains("第十五条");
        assertThat(project.getProjectCode()).isEqualTo("2026-371000-32-03-000123");
        assertThat(project.getKeyProjectDocNo()).isNull();
    }

    @Test
    void aListedProjectNamesTheListsDocumentNumberAndEveryProjectItsCode() {
        long before = projects.count();
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.remove("keyProjectDocNo");
        assertThatThrownBy(() -> driver.submit("park-applicant", form)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("keyProjectDocNo：列入省级重点建设项目名单时须填写名单的文号");
        form.put("keyProjectDocNo", "鲁发改重点〔2026〕1号");
        form.put("projectCode", "项目/1");
        assertThatThrownBy(() -> driver.submit("park-applicant", form)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("projectCode：");
        form.remove("projectCode");
        assertThatThrownBy(() -> driver.submit("park-applicant", form)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("projectCode：");
        assertThat(projects.count()).isEqualTo(before);
    }

    // ---- Conditional approval, with 容缺 documents supplied in time ----

    @Test
    void conditionsOfTwoAgenciesOnOneSubjectAreFlaggedAndKeptAsObligations() {
        ProcessInstance instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("NAMED")));
        driver.acceptWithDeficiency(instance, 3);
        GreenChannelCommitment commitment = projectOf(instance).getCommitments().get(0);
        assertThat(commitment.deadline()).isEqualTo(LocalDate.of(2026, 3, 5));
        Task missing = driver.task(instance, "supplyMissingDocuments");
        assertThat(missing.getAssignee()).isEqualTo("park-applicant");
        assertThat(missing.getDueDate()).isEqualTo(Date.from(endOf("2026-03-05")));
        assertThat(formService.getTaskFormVariables(missing.getId()).get("missingDocumentsText")).isEqualTo("节能审查意见（非关键材料）");

        driver.opinion("ecology", instance, "AGREE_WITH_CONDITIONS", "《环境影响评价法》", "SITE_AND_LAND", "严格按规划用地红线建设");
        driver.opinion("commerce", instance, "AGREE_WITH_CONDITIONS", "《外商投资法》", "SITE_AND_LAND", "不得占用园区预留用地");
        driver.agree("reform", instance);
        driver.agree("science", instance);
        // Every opinion is in, but the 容缺 documents are not: no joint reply yet.
        assertThat(driver.task(instance, "issueJointReply")).isNull();
        assertThat(projectOf(instance).getStatus()).isEqualTo(ProjectStatus.IN_REVIEW);

        at("2026-03-04T15:00");
        driver.complete("park-applicant", missing, Map.of("decision", "RESUBMIT", "suppliedDocuments", "节能审查意见.pdf"));
        assertThat(projectOf(instance).getCommitments().get(0).suppliedAt()).isNotNull();
        assertThat(projectOf(instance).getStatus()).isEqualTo(ProjectStatus.JOINT_REPLY);
        Task joint = driver.task(instance, "issueJointReply");
        assertThat((String) formService.getTaskFormVariables(joint.getId()).get("conflictsSummary"))
                .startsWith("【条件重叠】省生态环境厅、省商务厅均对“选址与用地”提出附加条件");

        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "projectResult")).isEqualTo("AGREE_WITH_CONDITIONS");
        driver.jointReply(instance, reply("依据各部门意见附条件同意", "两部门用地条件并列告知，须同时满足"));

        assertThat(instance).isEnded().hasPassed("projectApprovedWithConditions");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED_WITH_CONDITIONS);
        assertThat(project.getObligations()).extracting(GreenChannelObligation::agency, GreenChannelObligation::subject,
                GreenChannelObligation::text).containsExactly(
                tuple("ecology", ConditionSubject.SITE_AND_LAND, "严格按规划用地红线建设"),
                tuple("commerce", ConditionSubject.SITE_AND_LAND, "不得占用园区预留用地"));
    }

    // ---- 补正: the whole case pauses, the same agencies continue with the days they had left ----

    @Test
    void aCorrectionPausesEveryRunningClockAndTheSameAgenciesResumeWithTheirRemainingDays() {
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        at("2026-03-03T10:00");
        driver.agree("ecology", instance);
        driver.agree("reform", instance);
        String scienceTaskBefore = driver.review(instance, "science").getId();

        at("2026-03-05T10:00");   // Thursday: commerce and science have 2 of 5 working days left (Fri 6, Mon 9)
        driver.act("commerce", instance, "RETURN_FOR_CORRECTION", "请补充外国投资者股权结构说明");

        assertThat(instance).isWaitingAt("supplyCorrection");
        assertThat(driver.tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("supplyCorrection");
        Task correction = driver.task(instance, "supplyCorrection");
        assertThat(correction.getAssignee()).isEqualTo("ecology-clerk");
        assertThat(formService.getTaskFormVariables(correction.getId()).get("correctionRequestText"))
                .isEqualTo("省商务厅要求补正：请补充外国投资者股权结构说明");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.CORRECTION_REQUESTED);
        assertThat(project.getPauses()).extracting(GreenChannelPause::agency, GreenChannelPause::reason,
                GreenChannelPause::pausedOn, GreenChannelPause::remainingDays, GreenChannelPause::note).containsExactlyInAnyOrder(
                tuple("commerce", PauseReason.CORRECTION, LocalDate.of(2026, 3, 5), 2, "请补充外国投资者股权结构说明"),
                tuple("science", PauseReason.CORRECTION, LocalDate.of(2026, 3, 5), 2, "请补充外国投资者股权结构说明"));
        assertThat(project.review("ecology").getStatus()).isEqualTo(ReviewStatus.DONE);

        at("2026-03-12T16:00");   // a week later the applicant answers at the window
        driver.answerCorrection("ecology-clerk", instance);

        // Only the agencies without an opinion continue; each has its 2 working days again: Fri 13, Mon 16.
        assertThat(driver.tasks(instance)).extracting(t -> formService.getTaskFormVariables(t.getId()).get("agencyName"))
                .containsExactlyInAnyOrder("省商务厅", "省科技厅");
        assertThat(driver.review(instance, "science").getId()).isNotEqualTo(scienceTaskBefore);
        assertThat(driver.review(instance, "science").getDueDate()).isEqualTo(Date.from(endOf("2026-03-16")));
        project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_REVIEW);
        assertThat(project.getCorrectionReply()).isEqualTo("已补充外资股权结构说明及节能评估报告");
        assertThat(project.review("commerce").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(project.getPauses()).allSatisfy(p -> {
            assertThat(p.resumedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(p.deadlineBefore()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(p.deadlineAfter()).isEqualTo(LocalDate.of(2026, 3, 16));
        });
        assertThat((String) formService.getTaskFormVariables(driver.review(instance, "science").getId()).get("agencyPausesSummary"))
                .isEqualTo("省科技厅：2026-03-05 起因“申请人补正材料”暂停计时（剩余 2 个工作日），2026-03-12 恢复，时限顺延至 2026-03-16");

        driver.agree("commerce", instance);
        driver.agree("science", instance);
        driver.jointReply(instance, reply("补正后各部门均同意", null));
        assertThat(instance).isEnded().hasPassed("projectApproved");
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(r -> r.agency() + ":" + r.outcome()).containsExactly("ecology:ACCEPT", "ecology:AGREE",
                        "reform:AGREE", "commerce:RETURN_FOR_CORRECTION", "applicants:RESUBMIT", "commerce:AGREE",
                        "science:AGREE", "ecology:ISSUED");
    }

    @Test
    void expertReviewAndSiteInspectionStopOnlyThatAgencysClock() {
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        at("2026-03-04T10:00");   // Wednesday: 3 of science's 5 days left (Thu 5, Fri 6, Mon 9)
        assertThatThrownBy(() -> driver.act("science", instance, "EXPERT_REVIEW", " "))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment：");
        driver.act("science", instance, "EXPERT_REVIEW", "组织3名绿色技术专家论证工艺先进性");
        at("2026-03-05T10:00");
        driver.act("commerce", instance, "SITE_INSPECTION", "核查外资到位情况");

        GreenChannelProject project = projectOf(instance);
        assertThat(project.review("science").getStatus()).isEqualTo(ReviewStatus.PAUSED);
        assertThat(project.review("ecology").getStatus()).isEqualTo(ReviewStatus.RUNNING);
        assertThat(project.getPauses()).extracting(GreenChannelPause::agency, GreenChannelPause::reason,
                GreenChannelPause::remainingDays, GreenChannelPause::note).containsExactly(
                tuple("science", PauseReason.EXPERT_REVIEW, 3, "组织3名绿色技术专家论证工艺先进性"),
                tuple("commerce", PauseReason.SITE_INSPECTION, 2, "核查外资到位情况"));
        assertThat(driver.tasks(instance)).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("agencyReview", "agencyReview", "recordSpecialProcedure", "recordSpecialProcedure");

        at("2026-03-06T11:00");
        driver.recordProcedure("commerce", instance);
        at("2026-03-10T11:00");
        driver.recordProcedure("science", instance);

        project = projectOf(instance);
        assertThat(project.review("commerce").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 10));   // Mon 9, Tue 10
        assertThat(project.review("science").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 13));    // Wed 11 … Fri 13
        assertThat(project.review("ecology").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));    // never paused
        assertThat(driver.review(instance, "science").getDueDate()).isEqualTo(Date.from(endOf("2026-03-13")));
        for (String agency : List.of("ecology", "reform", "commerce", "science")) {
            driver.agree(agency, instance);
        }
        driver.jointReply(instance, reply("各部门均同意", null));
        assertThat(instance).isEnded();
    }

    // ---- 容缺: the deadline is missed, the case goes back to the window ----

    @Test
    void aMissedCommitmentReopensTheAcceptanceAndIsRecorded() {
        ProcessInstance instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("NAMED")));
        assertThatThrownBy(() -> driver.complete("ecology-clerk", driver.task(instance, "acceptProject"),
                Map.of("decision", "ACCEPT_WITH_DEFICIENCY", "missingDocuments", "节能审查意见", "commitmentText", "承诺补齐",
                        "commitmentWorkingDays", 30)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("commitmentWorkingDays：");
        driver.acceptWithDeficiency(instance, 2);   // due Wed 4 March
        at("2026-03-03T10:00");
        driver.agree("ecology", instance);

        at("2026-03-05T08:00");
        driver.fire(driver.timer(instance, "commitmentExpired"));

        assertThat(instance).isWaitingAt("acceptProject");
        assertThat(driver.tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("acceptProject");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.AWAITING_ACCEPTANCE);
        assertThat(project.getCommitments()).singleElement().satisfies(c -> {
            assertThat(c.missedAt()).isNotNull();
            assertThat(c.suppliedAt()).isNull();
        });
        assertThat(project.getPauses()).extracting(GreenChannelPause::agency, GreenChannelPause::reason, GreenChannelPause::remainingDays)
                .containsExactlyInAnyOrder(tuple("reform", PauseReason.ACCEPTANCE_REOPENED, 0),
                        tuple("commerce", PauseReason.ACCEPTANCE_REOPENED, 2),
                        tuple("science", PauseReason.ACCEPTANCE_REOPENED, 2));

        at("2026-03-09T09:30");   // the documents arrive at the window: accepted in full
        driver.accept(instance);
        project = projectOf(instance);
        assertThat(project.getAcceptedAt()).as("the clocks count from the first acceptance").isBefore(Date.from(endOf("2026-03-02")).toInstant());
        assertThat(project.review("ecology").getStatus()).isEqualTo(ReviewStatus.DONE);
        assertThat(project.review("reform").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(project.review("commerce").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(driver.tasks(instance)).hasSize(3).extracting(Task::getTaskDefinitionKey).containsOnly("agencyReview");

        for (String agency : List.of("reform", "commerce", "science")) {
            driver.agree(agency, instance);
        }
        driver.jointReply(instance, reply("各部门均同意", null));
        assertThat(instance).isEnded().hasPassed("commitmentMissedCaught", "projectApproved");
    }

    // ---- Not in the green channel ----

    @Test
    void aProjectOfAParkNotYetApprovedIsToldWhy() {
        ProcessInstance instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("NONE")));
        assertThat(instance).isWaitingAt("acknowledgeIneligibility");
        Task notice = driver.task(instance, "acknowledgeIneligibility");
        assertThat(notice.getAssignee()).isEqualTo("park-applicant");
        assertThat((String) formService.getTaskFormVariables(notice.getId()).get("ineligibleReason"))
                .contains("尚未被批准建设或命名").contains("第十五条");
        GreenChannelProject project = projectOf(instance);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.INELIGIBLE);
        assertThat(project.getClosedAt()).isNotNull();
        assertThat(project.getReviews()).isEmpty();

        driver.complete("park-applicant", notice, Map.of("decision", "ACKNOWLEDGED"));
        assertThat(instance).isEnded().hasPassed("projectNotAccepted");
    }

    @Test
    void aProjectInAnUnlistedParkIsToldToCheckTheName() {
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.put("parkName", "不存在的园区");
        ProcessInstance instance = driver.submit("park-applicant", form);
        assertThat(projectOf(instance).getIneligibleReason()).contains("不在全省生态工业园区名录中");
        assertThat(instance).isWaitingAt("acknowledgeIneligibility");
    }

    @Test
    void badIntakeIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = projects.count();
        Map<String, Object> form = GreenChannelDriver.project(driver.park("NAMED"));
        form.put("investmentWan", "很多");
        assertThatThrownBy(() -> driver.submit("park-applicant", form)).isInstanceOf(InvalidInput.class)
                .hasMessage("investmentWan：总投资必须是数字，收到“很多”");
        form.put("investmentWan", 100);
        form.put("eiaCategory", "BIG");
        assertThatThrownBy(() -> driver.submit("park-applicant", form)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("eiaCategory：环评类别只能是 REPORT、FORM、REGISTRATION、EXEMPT");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void anOpinionMustCiteItsBasisAndSayWhatAConditionIsAbout() {
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        assertThatThrownBy(() -> driver.opinion("reform", instance, "AGREE", null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("basis：");
        assertThatThrownBy(() -> driver.opinion("reform", instance, "AGREE_WITH_CONDITIONS", "依据", null, "按期投产"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("conditionSubject：");
        assertThat(projectOf(instance).review("reform").getStatus()).isEqualTo(ReviewStatus.RUNNING);
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId())).hasSize(1);
    }

    // ---- Statutory clock: reminder and 督办 ----

    @Test
    void oneDayBeforeTheDeadlineTheAgencyIsRemindedAndOnExpiryEcologySupervises() {
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        // Reform has 2 working days (Tue 3, Wed 4): its reminder is due when Tuesday ends.
        var reformReminder = driver.timer(instance, "deadlineReminder", "reform");
        assertThat(reformReminder.getDuedate()).isEqualTo(Date.from(endOf("2026-03-03")));
        assertThat(driver.timers(instance, "deadlineReminder")).hasSize(4);

        at("2026-03-04T00:00:10");
        driver.fire(reformReminder);
        Task reform = driver.review(instance, "reform");
        assertThat(reform.getPriority()).isEqualTo(80);
        assertThat(taskService.getVariableLocal(reform.getId(), "deadlineReminder"))
                .isEqualTo("时限提醒：省发展改革委的“项目备案（信息告知，不属审查）”仅剩1个工作日，办理时限至 2026-03-04");
        assertThat(projectOf(instance).review("reform").getReminderSentAt()).isNotNull();

        at("2026-03-05T00:00:30");
        driver.fire(driver.timer(instance, "deadlineExpired", "reform"));
        assertThat(overdue.findByProjectNoOrderByFlaggedAtAscIdAsc(projectOf(instance).getProjectNo()))
                .singleElement().satisfies(o -> {
                    assertThat(o.agency()).isEqualTo("reform");
                    assertThat(o.taskId()).isEqualTo(reform.getId());
                    assertThat(o.taskName()).isEqualTo("部门并联审查");
                    assertThat(o.dueAt()).isEqualTo(endOf("2026-03-04"));
                    assertThat(o.flaggedAt()).isEqualTo(java.time.Instant.parse("2026-03-04T16:00:30Z"));
                });
        assertThat(driver.review(instance, "reform").getPriority()).isEqualTo(100);
        Task supervise = driver.task(instance, "superviseOverdueReview");
        assertThat(formService.getTaskFormVariables(supervise.getId()).get("overdueSummary").toString())
                .startsWith("省发展改革委的“项目备案（信息告知，不属审查）”办理时限 2026-03-04 已届满");
        driver.complete("ecology-clerk", supervise, Map.of("decision", "URGED", "comment", "电话督办，要求3月6日前办结"));
        assertThat(driver.task(instance, "superviseOverdueReview")).isNull();
        assertThat(driver.review(instance, "reform")).as("the agency still decides").isNotNull();
        driver.agree("reform", instance);

        // Commerce runs out too; it decides before ecology acts, which closes the 督办 on its own.
        at("2026-03-10T00:00:30");
        var commerceExpiry = driver.timer(instance, "deadlineExpired", "commerce");
        assertThat(commerceExpiry.getDuedate()).isEqualTo(Date.from(endOf("2026-03-09")));
        driver.fire(commerceExpiry);
        assertThat(driver.task(instance, "superviseOverdueReview")).isNotNull();
        driver.agree("commerce", instance);
        assertThat(driver.task(instance, "superviseOverdueReview")).isNull();
        assertThat(overdue.findByProjectNoOrderByFlaggedAtAscIdAsc(projectOf(instance).getProjectNo()))
                .extracting(GreenChannelOverdue::agency).containsExactly("reform", "commerce");

        driver.agree("ecology", instance);
        driver.agree("science", instance);
        driver.jointReply(instance, reply("各部门均同意", null));
        assertThat(instance).isEnded().hasPassed("overdueSupervised", "reminderSent");
    }

    // ---- Statutory clock at the calendar's edges, through the engine ----

    @Test
    void aLimitSpanningNationalDayEndsOnTheMakeUpSaturday() {
        at("2026-09-28T10:00");   // Monday before National Day
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        // 5 working days: Tue 29, Wed 30 Sep, 1–7 Oct off, Thu 8, Fri 9, Sat 10 Oct (调休上班).
        assertThat(reviewOf(instance, "science").getDeadline()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(driver.review(instance, "science").getDueDate()).isEqualTo(Date.from(endOf("2026-10-10")));
        // 10 working days: … Sat 10, Mon 12 … Fri 16 Oct.
        assertThat(reviewOf(instance, "ecology").getDeadline()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(reviewOf(instance, "reform").getDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        // The reminder comes when Friday 9 October ends, not during the holiday.
        assertThat(driver.timers(instance, "deadlineReminder")).extracting(j -> j.getDuedate())
                .contains(Date.from(endOf("2026-10-09")), Date.from(endOf("2026-09-29")));
    }

    @Test
    void aMakeUpSundayCountsAsAWorkingDay() {
        at("2026-09-18T10:00");   // Friday; Sunday 20 September is a 调休 working day
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        assertThat(reviewOf(instance, "reform").getDeadline()).isEqualTo(LocalDate.of(2026, 9, 21));   // Sun 20, Mon 21
        assertThat(reviewOf(instance, "science").getDeadline()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(driver.review(instance, "reform").getDueDate()).isEqualTo(Date.from(endOf("2026-09-21")));
        assertThat(driver.timers(instance, "deadlineReminder")).extracting(j -> j.getDuedate())
                .contains(Date.from(endOf("2026-09-20")));
    }

    @Test
    void aCorrectionOverAWeekendChangesNoDeadline() {
        ProcessInstance instance = driver.submitAtWindow();
        driver.accept(instance);
        driver.agree("reform", instance);
        at("2026-03-06T14:00");   // Friday: one working day (Mon 9) left for the others
        driver.act("commerce", instance, "RETURN_FOR_CORRECTION", "请补充外资备案回执");
        at("2026-03-08T20:00");   // the applicant answers on Sunday evening
        driver.answerCorrection("ecology-clerk", instance);

        GreenChannelProject project = projectOf(instance);
        assertThat(project.getPauses()).filteredOn(p -> !p.agency().equals("ecology")).hasSize(2).allSatisfy(p -> {
            assertThat(p.remainingDays()).isEqualTo(1);
            assertThat(p.deadlineBefore()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(p.deadlineAfter()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
        assertThat(driver.review(instance, "commerce").getDueDate()).isEqualTo(Date.from(endOf("2026-03-09")));
    }
}
