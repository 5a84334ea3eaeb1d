package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of green-finance-intake (measure 12): recommended in parallel, admitted by finsup, followed up by
 * the three banks in parallel (financed, partly, declined by all); refused at each step.
 */
@EcoparkSpringTest
class GreenFinanceIntakeProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LibraryDriver driver;
    @Autowired
    ApprovalRecordRepository records;

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

    ProcessInstance toBanks(Park park) {
        ProcessInstance instance = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(LibraryDriver.project(park)));
        assertThat(instance).isWaitingAt("ecologyRecommendation", "reformRecommendation");
        driver.recommend(instance);
        assertThat(instance).hasPassed("summarizeRecommendations").isWaitingAt("finsupAdmission");
        driver.admit(instance);
        assertThat(instance).isWaitingAt("pbocFollowUp", "cbircFollowUp", "cdbFollowUp");
        return instance;
    }

    static Map<String, Object> pbocSupport() {
        return new HashMap<>(Map.of("decision", "SUPPORT", "amount", 1000, "ratePct", 1.75,
                "comment", "纳入碳减排支持工具支持范围"));
    }

    static Map<String, Object> cbircSupport() {
        return new HashMap<>(Map.of("decision", "SUPPORT", "measures", "纳入辖内银行绿色信贷优先支持名单", "extensionMonths", 24));
    }

    static Map<String, Object> cdbLoan(int amount) {
        return new HashMap<>(Map.of("decision", "LOAN_APPROVED", "amount", amount, "ratePct", 3.05, "termMonths", 120,
                "extensionMonths", 24, "comment", "经贷审会审议同意"));
    }

    // ---- Admitted and followed up ----

    @Test
    void aKeyProjectInANamedParkGetsEveryPreferenceAndTheFullLoan() {
        ProcessInstance instance = toBanks(driver.park(ParkStatus.NAMED));
        assertThat(instance.getBusinessKey()).matches("LSJR-\\d{4}-\\d{4}");
        LibraryIntake admitted = intakeOf(instance);
        assertThat(admitted.getStatus()).isEqualTo(IntakeStatus.ADMITTED_FOLLOW_UP);
        assertThat(admitted.getPriority()).isEqualTo(Priority.FIRST);
        assertThat(admitted.preferences().names()).containsExactly("贷款审查审批优先", "贷款投放优先", "优惠利率", "期限延长");
        Map<String, Object> cdbForm = driver.formShows("cdb-clerk", instance, "cdbFollowUp");
        assertThat(cdbForm).containsEntry("priorityName", "优先支持").containsEntry("requestedLoan", 3000.0)
                .containsEntry("loanTermMonths", 120).containsEntry("preferencesSummary", "贷款审查审批优先、贷款投放优先、优惠利率、期限延长")
                .containsEntry("pollutionStandingName", "未纳入污染防治项目库");

        driver.complete("pboc-clerk", instance, "pbocFollowUp", pbocSupport());
        driver.complete("cbirc-clerk", instance, "cbircFollowUp", cbircSupport());
        driver.complete("cdb-clerk", instance, "cdbFollowUp", cdbLoan(3000));

        assertThat(instance).isEnded().hasPassed("concludeFollowUp", "followUpCompleted");
        LibraryProject project = projectOf(instance);
        assertThat(project.intake(instance.getBusinessKey()).getStatus()).isEqualTo(IntakeStatus.ADMITTED_FINANCED);
        assertThat(project.loanApproved(instance.getBusinessKey())).isEqualByComparingTo("3000");
        assertThat(project.bankActionsOf(instance.getBusinessKey()))
                .extracting(BankAction::bank, BankAction::outcome, a -> a.amount() == null ? null : a.amount().toPlainString(),
                        a -> a.ratePct() == null ? null : a.ratePct().toPlainString(), BankAction::termMonths,
                        BankAction::extensionMonths, BankAction::measures, BankAction::recordedBy)
                .containsExactly(
                        tuple("pboc", Outcome.SUPPORT, "1000.00", "1.75", null, null, null, "pboc-clerk"),
                        tuple("cbirc", Outcome.SUPPORT, null, null, null, 24, "纳入辖内银行绿色信贷优先支持名单", "cbirc-clerk"),
                        tuple("cdb", Outcome.LOAN_APPROVED, "3000.00", "3.05", 120, 24, null, "cdb-clerk"));
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(ApprovalRecord::stepKey, ApprovalRecord::agency, ApprovalRecord::outcome)
                .containsExactly(tuple("ecologyRecommendation", "ecology", Outcome.AGREE),
                        tuple("reformRecommendation", "reform", Outcome.AGREE),
                        tuple("finsupAdmission", "finsup", Outcome.APPROVE),
                        tuple("pbocFollowUp", "pboc", Outcome.SUPPORT),
                        tuple("cbircFollowUp", "cbirc", Outcome.SUPPORT),
                        tuple("cdbFollowUp", "cdb", Outcome.LOAN_APPROVED));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).filteredOn(v -> v.getTaskId() == null && !"DELETED".equals(v.getState()))
                // the process's own scope: a step's outcome is local to the step and ends with it, once mapped out
                .filteredOn(v -> instance.getId().equals(v.getExecutionId()))
                .extracting(v -> v.getName())
                // The banks' outcomes route nothing (they are bank actions on the project): their steps map no variable,
                // and the decision recorder's hidden <taskId>Decision for unmapped steps is on its way out.
                .filteredOn(name -> !name.endsWith("FollowUpDecision"))
                .containsExactlyInAnyOrder("applicant", "projectId", "caseNo", "caseTitle", "cityName", "recommended",
                        "ecologyRecommendationDecision", "reformRecommendationDecision", "finsupAdmissionDecision");
    }

    @Test
    void aSmallerLoanAndADeclineMakePartialFinancing() {
        Park park = driver.park(ParkStatus.APPROVED_TO_BUILD);
        ProcessInstance instance = toBanks(park);
        assertThat(intakeOf(instance).getPriority()).isEqualTo(Priority.SECOND);
        assertThat(intakeOf(instance).preferences().names()).containsExactly("贷款审查审批优先", "贷款投放优先");

        driver.decide("pboc-clerk", instance, "pbocFollowUp", "DECLINE", "项目不属于碳减排支持工具支持领域");
        driver.complete("cbirc-clerk", instance, "cbircFollowUp", cbircSupport());
        driver.complete("cdb-clerk", instance, "cdbFollowUp", cdbLoan(2000));

        assertThat(instance).isEnded().hasPassed("followUpCompleted");
        LibraryProject project = projectOf(instance);
        assertThat(project.intake(instance.getBusinessKey()).getStatus()).isEqualTo(IntakeStatus.ADMITTED_PARTIALLY_FINANCED);
        assertThat(project.loanApproved(instance.getBusinessKey())).isEqualByComparingTo("2000");
        assertThat(project.bankActionsOf(instance.getBusinessKey())).filteredOn(a -> a.bank().equals("pboc")).singleElement()
                .satisfies(a -> {
                    assertThat(a.outcome()).isEqualTo(Outcome.DECLINE);
                    assertThat(a.reason()).isEqualTo("项目不属于碳减排支持工具支持领域");
                    assertThat(a.amount()).isNull();
                });
    }

    @Test
    void supportWithoutCdbsLoanIsPartialToo() {
        ProcessInstance instance = toBanks(driver.park(ParkStatus.NAMED));
        driver.complete("pboc-clerk", instance, "pbocFollowUp", pbocSupport());
        driver.decide("cbirc-clerk", instance, "cbircFollowUp", "DECLINE", "不涉及监管政策调整");
        driver.decide("cdb-clerk", instance, "cdbFollowUp", "DECLINE", "项目资本金比例不足20%");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.ADMITTED_PARTIALLY_FINANCED);
    }

    @Test
    void whenEveryBankDeclinesTheProjectStaysInTheLibraryUnfinanced() {
        ProcessInstance instance = toBanks(driver.park(ParkStatus.NAMED));
        driver.decide("pboc-clerk", instance, "pbocFollowUp", "DECLINE", "额度已用完");
        driver.decide("cbirc-clerk", instance, "cbircFollowUp", "DECLINE", "不涉及监管政策调整");
        driver.decide("cdb-clerk", instance, "cdbFollowUp", "DECLINE", "项目现金流不足以覆盖本息");
        assertThat(instance).isEnded().hasPassed("followUpCompleted");
        LibraryIntake intake = intakeOf(instance);
        assertThat(intake.getStatus()).isEqualTo(IntakeStatus.ADMITTED_NOT_FINANCED);
        assertThat(intake.getStatus().admitted()).isTrue();
        assertThat(projectOf(instance).bankActionsOf(instance.getBusinessKey())).extracting(BankAction::reason)
                .containsExactly("额度已用完", "不涉及监管政策调整", "项目现金流不足以覆盖本息");
    }

    // ---- Refused ----

    @Test
    void ecologyDoesNotRecommendSoTheProjectIsRefused() {
        ProcessInstance instance = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(LibraryDriver.project(driver.park(ParkStatus.NAMED))));
        driver.opinion("ecology-clerk", instance, "ecologyRecommendation", "DISAGREE", "减排效益测算不实", false);
        driver.opinion("reform-clerk", instance, "reformRecommendation", "AGREE", "已备案", true);
        assertThat(instance).hasPassed("summarizeRecommendations", "closeRefusedIntake").isWaitingAt("notifyRefusal")
                .hasNotPassed("finsupAdmission");
        assertThat(intakeOf(instance).getRefusalReason()).isEqualTo("省生态环境厅：减排效益测算不实");
        driver.decide("park-applicant", instance, "notifyRefusal", "ACKNOWLEDGED", null);
        assertThat(instance).isEnded().hasPassed("intakeRefused");
    }

    @Test
    void reformDoesNotRecommendSoTheProjectIsRefused() {
        ProcessInstance instance = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(LibraryDriver.project(driver.park(ParkStatus.NAMED))));
        driver.opinion("reform-clerk", instance, "reformRecommendation", "DISAGREE", "项目未取得固定资产投资备案", false);
        driver.opinion("ecology-clerk", instance, "ecologyRecommendation", "AGREE", "环境效益显著", false);
        assertThat(instance).isWaitingAt("notifyRefusal");
        assertThat(intakeOf(instance).getStatus()).isEqualTo(IntakeStatus.REFUSED);
        assertThat(intakeOf(instance).getRefusalReason()).isEqualTo("省发展改革委：项目未取得固定资产投资备案");
    }

    @Test
    void finsupRefusesAdmission() {
        ProcessInstance instance = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(LibraryDriver.project(driver.park(ParkStatus.NAMED))));
        driver.recommend(instance);
        driver.decide("finsup-clerk", instance, "finsupAdmission", "REJECT", "申请贷款金额与项目资本金不匹配");
        assertThat(instance).isWaitingAt("notifyRefusal").hasNotPassed("admitToLibrary");
        assertThat(intakeOf(instance).getRefusalReason()).isEqualTo("省地方金融监管局：申请贷款金额与项目资本金不匹配");
        driver.decide("park-applicant", instance, "notifyRefusal", "ACKNOWLEDGED", null);
        assertThat(instance).isEnded().hasPassed("intakeRefused");
    }

    // ---- Bad input ----

    @Test
    void badBankActionsAreRefusedNamingTheFieldAndTheTasksStayOpen() {
        ProcessInstance instance = toBanks(driver.park(ParkStatus.NAMED));
        assertThatThrownBy(() -> driver.decide("cdb-clerk", instance, "cdbFollowUp", "DECLINE", " "))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("comment：");
        assertThatThrownBy(() -> driver.complete("cdb-clerk", instance, "cdbFollowUp", cdbLoan(3001)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("amount：").hasMessageContaining("3000");
        Map<String, Object> noTerm = cdbLoan(3000);
        noTerm.remove("termMonths");
        assertThatThrownBy(() -> driver.complete("cdb-clerk", instance, "cdbFollowUp", noTerm))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("termMonths：");
        Map<String, Object> noRate = pbocSupport();
        noRate.remove("ratePct");
        assertThatThrownBy(() -> driver.complete("pboc-clerk", instance, "pbocFollowUp", noRate))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("ratePct：");
        assertThatThrownBy(() -> driver.complete("cbirc-clerk", instance, "cbircFollowUp", Map.of("decision", "SUPPORT")))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("measures：");
        Map<String, Object> loanDecision = pbocSupport();
        loanDecision.put("decision", "LOAN_APPROVED");
        assertThatThrownBy(() -> driver.complete("pboc-clerk", instance, "pbocFollowUp", loanDecision))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("decision：");
        assertThat(instance).isWaitingAt("pbocFollowUp", "cbircFollowUp", "cdbFollowUp");
        assertThat(projectOf(instance).bankActionsOf(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void aLoanRequestAboveTheInvestmentIsRefusedAtSubmission() {
        Map<String, Object> form = LibraryDriver.greenRequest(LibraryDriver.project(driver.park(ParkStatus.NAMED)));
        form.put("requestedLoan", 7000);
        assertThatThrownBy(() -> driver.submit(Library.GREEN_FINANCE, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("requestedLoan：");
        form.put("requestedLoan", 3000);
        form.put("loanTermMonths", 12.5);
        assertThatThrownBy(() -> driver.submit(Library.GREEN_FINANCE, form))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("loanTermMonths：").hasMessageContaining("整数");
    }
}
