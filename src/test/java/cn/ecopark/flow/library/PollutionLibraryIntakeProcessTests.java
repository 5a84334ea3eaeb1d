package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of pollution-library-intake (measure 11): admitted funded, partly, unfunded, as reserve; refused at each step. */
@EcoparkSpringTest
class PollutionLibraryIntakeProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LibraryDriver driver;
    @Autowired
    LibraryProjectRepository projects;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    LibraryProject projectOf(ProcessInstance instance) {
        return driver.project(instance);
    }

    LibraryIntake intakeOf(ProcessInstance instance) {
        return driver.intake(instance);
    }

    ProcessInstance toFinance(Map<String, Object> form) {
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, form);
        assertThat(instance).isWaitingAt("ecologyEntryReview");
        driver.opinion("ecology-clerk", instance, "ecologyEntryReview", "APPROVE", "符合入库条件", false);
        assertThat(instance).isWaitingAt("financeFundingReview");
        return instance;
    }

    // ---- Admitted ----

    @Test
    void aMatureProjectInANamedParkIsFundedInFullInTwoTranches() {
        Park park = driver.park(ParkStatus.NAMED);
        ProcessInstance instance = toFinance(LibraryDriver.pollutionRequest(park));
        assertThat(instance.getBusinessKey()).matches("WRFZ-\\d{4}-\\d{4}");
        Map<String, Object> shown = driver.formShows("finance-clerk", instance, "financeFundingReview");
        assertThat(shown).containsEntry("suggestedPriorityName", "优先支持").containsEntry("requestedFunding", 800.0)
                .containsEntry("maturityName", "条件成熟").containsEntry("parkName", park.getName());
        assertThat((String) shown.get("entryNote")).contains("已命名");
        assertThat((String) shown.get("opinionsSummary")).contains("省生态环境厅").contains("符合入库条件");

        driver.fund(instance, "FIRST", 500, "2027-03-01", 300.0, "2027-09-01");

        assertThat(instance).isEnded().hasPassed("admitToLibrary", "projectAdmitted");
        LibraryProject project = projectOf(instance);
        LibraryIntake intake = project.intake(instance.getBusinessKey());
        assertThat(intake.getStatus()).isEqualTo(IntakeStatus.ADMITTED_FUNDED);
        assertThat(intake.getPriority()).isEqualTo(Priority.FIRST);
        assertThat(intake.getAdmittedAt()).isNotNull();
        assertThat(project.getParkId()).isEqualTo(park.getId());
        assertThat(project.fundedAmount(intake.getCaseNo())).isEqualByComparingTo("800");
        assertThat(project.tranchesOf(intake.getCaseNo()))
                .extracting(FundingTranche::seq, t -> t.amount().toPlainString(), FundingTranche::plannedOn, FundingTranche::recordedBy)
                .containsExactly(tuple(1, "500.00", LocalDate.of(2027, 3, 1), "finance-clerk"),
                        tuple(2, "300.00", LocalDate.of(2027, 9, 1), "finance-clerk"));
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::actor, ApprovalRecord::outcome)
                .containsExactly(tuple("ecologyEntryReview", "ecology", "ecology-clerk", Outcome.APPROVE),
                        tuple("financeFundingReview", "finance", "finance-clerk", Outcome.FUND));
        // The process carries ids and labels, never the submitted form or the funding fields.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).filteredOn(v -> v.getTaskId() == null && !"DELETED".equals(v.getState()))
                // the process's own scope: a step's outcome is local to the step and ends with it, once mapped out
                .filteredOn(v -> instance.getId().equals(v.getExecutionId()))
                .extracting(v -> v.getName())
                .containsExactlyInAnyOrder("applicant", "projectId", "caseNo", "caseTitle", "cityName", "eligible", "mature",
                        "ecologyEntryReviewDecision", "financeFundingReviewDecision");
    }

    @Test
    void lessThanRequestedIsPartialFunding() {
        ProcessInstance instance = toFinance(LibraryDriver.pollutionRequest(driver.park(ParkStatus.APPROVED_TO_BUILD)));
        assertThat(driver.formShows("finance-clerk", instance, "financeFundingReview"))
                .containsEntry("suggestedPriorityName", "一般支持");
        driver.fund(instance, "SECOND", 300, "2027-05-20");
        assertThat(instance).isEnded().hasPassed("projectAdmitted");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.ADMITTED_PARTIALLY_FUNDED);
        assertThat(projectOf(instance).fundedAmount(instance.getBusinessKey())).isEqualByComparingTo("300");
    }

    @Test
    void financeMayAdmitWithoutFundsForNow() {
        ProcessInstance instance = toFinance(LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        Map<String, Object> form = new HashMap<>(Map.of("decision", "NO_FUND", "priority", "SECOND",
                "comment", "本年度资金已安排完毕，列入下年度计划", "tranche1Amount", 100, "tranche1Date", "2027-01-01"));
        driver.complete("finance-clerk", instance, "financeFundingReview", form);
        assertThat(instance).isEnded().hasPassed("projectAdmitted");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.ADMITTED_UNFUNDED);
        assertThat(intakeOf(instance).getPriority()).isEqualTo(Priority.SECOND);
        assertThat(projectOf(instance).tranchesOf(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void aProjectNotYetMatureEntersAsReserveWithoutFinance() {
        Map<String, Object> form = LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED));
        form.put("readiness", "FEASIBILITY_APPROVED");
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, form);
        assertThat(driver.formShows("ecology-clerk", instance, "ecologyEntryReview"))
                .containsEntry("suggestedPriorityName", "储备项目");
        driver.opinion("ecology-clerk", instance, "ecologyEntryReview", "APPROVE", "同意作为储备项目入库", false);
        assertThat(instance).isEnded().hasPassed("admitToLibrary").hasNotPassed("financeFundingReview");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.ADMITTED_RESERVE);
        assertThat(intakeOf(instance).getPriority()).isEqualTo(Priority.RESERVE);
    }

    // ---- Refused ----

    @Test
    void aProjectOutsideAnEcoParkFailsTheEntryConditionsAndTheParkIsTold() {
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(driver.park(ParkStatus.NONE)));
        assertThat(instance).hasPassed("checkEntryConditions", "closeRefusedIntake").isWaitingAt("notifyRefusal");
        assertThat(driver.task(instance, "notifyRefusal").getAssignee()).isEqualTo("park-applicant");
        LibraryIntake intake = intakeOf(instance);
        assertThat(intake.getStatus()).isEqualTo(IntakeStatus.REFUSED);
        assertThat(intake.getRefusalReason()).contains("尚未被批准建设或命名");
        Map<String, Object> notice = driver.formShows("park-applicant", instance, "notifyRefusal");
        assertThat(notice).containsEntry("refusalReason", intake.getRefusalReason()).containsEntry("statusName", "不予入库");
        assertThat(notice.get("opinionsSummary")).isNull();

        driver.decide("park-applicant", instance, "notifyRefusal", "ACKNOWLEDGED", null);
        assertThat(instance).isEnded().hasPassed("intakeRefused");
    }

    @Test
    void aParkTheSystemDoesNotKnowIsNoEcoPark() {
        Map<String, Object> form = LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED));
        form.put("parkName", "未登记的工业集聚区");
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, form);
        assertThat(instance).isWaitingAt("notifyRefusal");
        assertThat(projectOf(instance).getParkId()).isNull();
    }

    @Test
    void ecologyRefusesWithItsReason() {
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        driver.opinion("ecology-clerk", instance, "ecologyEntryReview", "REJECT", "减排量测算依据不足", false);
        assertThat(instance).hasPassed("closeRefusedIntake").isWaitingAt("notifyRefusal");
        assertThat(intakeOf(instance).getRefusalReason()).isEqualTo("省生态环境厅：减排量测算依据不足");
        driver.decide("park-applicant", instance, "notifyRefusal", "ACKNOWLEDGED", null);
        assertThat(instance).isEnded().hasPassed("intakeRefused");
    }

    @Test
    void financeRefusesWhatPublicFundsDoNotCover() {
        ProcessInstance instance = toFinance(LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        driver.opinion("finance-clerk", instance, "financeFundingReview", "REJECT", "属企业自身治污责任，不属于财政资金支持范围", false);
        assertThat(instance).isWaitingAt("notifyRefusal");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.REFUSED);
        assertThat(intakeOf(instance).getRefusalReason()).isEqualTo("省财政厅：属企业自身治污责任，不属于财政资金支持范围");
        assertThat(projectOf(instance).tranchesOf(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void aRefusedProjectMayApplyAgainButNotTwiceAtOnce() {
        Map<String, Object> form = LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED));
        ProcessInstance first = driver.submit(Library.POLLUTION_PREVENTION, form);
        assertThatThrownBy(() -> driver.submit(Library.POLLUTION_PREVENTION, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("projectName：").hasMessageContaining("正在申报");
        driver.opinion("ecology-clerk", first, "ecologyEntryReview", "REJECT", "材料不全", false);

        ProcessInstance second = driver.submit(Library.POLLUTION_PREVENTION, form);
        assertThat(second).isWaitingAt("ecologyEntryReview");
        assertThat(projectOf(second).getId()).isEqualTo(projectOf(first).getId());
        assertThat(projectOf(second).getIntakes()).extracting(LibraryIntake::getStatus)
                .containsExactly(IntakeStatus.REFUSED, IntakeStatus.UNDER_REVIEW);
    }

    // ---- Bad input ----

    @Test
    void badFundingIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        ProcessInstance instance = toFinance(LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        assertThatThrownBy(() -> driver.fund(instance, "FIRST", 500, "2027-03-01", 400, "2027-09-01"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("tranche1Amount：").hasMessageContaining("超过申请额度");
        assertThatThrownBy(() -> driver.fund(instance, "FIRST", 500, null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("tranche1Date：");
        assertThatThrownBy(() -> driver.fund(instance, "FIRST"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("tranche1Amount：");
        assertThatThrownBy(() -> driver.fund(instance, "RESERVE", 500, "2027-03-01"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("priority：");
        assertThatThrownBy(() -> driver.fund(instance, "URGENT", 500, "2027-03-01"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("priority：");
        assertThatThrownBy(() -> driver.fund(instance, "FIRST", "五百", "2027-03-01"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("tranche1Amount：");
        assertThat(instance).isWaitingAt("financeFundingReview");
        assertThat(projectOf(instance).tranchesOf(instance.getBusinessKey())).isEmpty();
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .noneMatch(r -> r.stepKey().equals("financeFundingReview"));
    }

    @Test
    void aBadSubmissionIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = projects.count();
        Map<String, Object> form = LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED));
        form.put("requestedFunding", 6000.01);
        assertThatThrownBy(() -> driver.submit(Library.POLLUTION_PREVENTION, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("requestedFunding：").hasMessageContaining("6000.00");
        form.put("requestedFunding", 800);
        form.put("projectType", "NUCLEAR");
        assertThatThrownBy(() -> driver.submit(Library.POLLUTION_PREVENTION, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("projectType：");
        form.put("projectType", "AIR");
        form.put("vocsReduction", -1);
        assertThatThrownBy(() -> driver.submit(Library.POLLUTION_PREVENTION, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("vocsReduction：");
        form.put("vocsReduction", 3);
        form.remove("contactPhone");
        assertThatThrownBy(() -> driver.submit(Library.POLLUTION_PREVENTION, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("contactPhone：");
        assertThat(projects.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pollution-library-intake")
                .variableValueEquals("caseTitle", form.get("projectName")).count()).isZero();
    }
}
