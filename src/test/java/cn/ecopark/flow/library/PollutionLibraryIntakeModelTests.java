package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * pollution-library-intake on its own (fast tier): the model on a plain engine, the application's beans replaced by
 * stand-ins; the entry check answers what the test sets. A step's outcome is left as the step's local {@code decision},
 * as the application's decision recorder leaves it, so the routing runs only through what the model maps out.
 * End-to-end behaviour (the entry table, the intake record) stays in PollutionLibraryIntakeProcessTests.
 */
class PollutionLibraryIntakeModelTests {

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("pollution-library-intake.bpmn");
    final EntryCheck entryCheck = new EntryCheck();

    /** What checkPollutionEntry answers the model's two service tasks. */
    public static class EntryCheck {
        boolean eligible;
        boolean mature;
        int maturityReads;

        public boolean eligible(DelegateExecution execution) {
            return eligible;
        }

        public boolean mature(DelegateExecution execution) {
            maturityReads++;
            return mature;
        }
    }

    @BeforeEach
    void beans() {
        plain.stub("registerLibraryProject").stub("keepOpinionSharing")
                .stub("recordPollutionFunding").stub("admitToPollutionLibrary").stub("closeRefusedIntake")
                .object("checkPollutionEntry", entryCheck);
    }

    private ProcessInstance start(boolean eligible, boolean mature) {
        entryCheck.eligible = eligible;
        entryCheck.mature = mature;
        return plain.engine().getRuntimeService().startProcessInstanceByKey("pollution-library-intake", "WRFZ-1",
                Map.of(CaseVariables.APPLICANT, "applicant-1", CaseVariables.CASE_NO, "WRFZ-1"));
    }

    private static void refusalIsAcknowledged(ProcessInstance intake) {
        assertThat(intake).hasPassed("closeRefusedIntake").isWaitingAt("notifyRefusal");
        assertThat(task()).isAssignedTo("applicant-1");
        plain.decide(task(), "ACKNOWLEDGED");
        assertThat(intake).hasPassed("intakeRefused").hasNotPassed("admitToLibrary").isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FUND", "NO_FUND"})
    void aMatureProjectEcologyApprovesGoesToFinanceAndIsAdmitted(String funding) {
        ProcessInstance intake = start(true, true);

        assertThat(intake).variables().containsEntry(LibraryVariables.ELIGIBLE, true);
        assertThat(intake).isWaitingAt("ecologyEntryReview");
        assertThat(task()).hasCandidateGroup("ecology");
        plain.decide(task(), "APPROVE");

        assertThat(intake).variables().containsEntry(LibraryVariables.ECOLOGY_ENTRY_REVIEW_DECISION, "APPROVE")
                .containsEntry(LibraryVariables.MATURE, true).doesNotContainKey(TaskSubmission.DECISION);
        assertThat(intake).hasPassed("readMaturity").isWaitingAt("financeFundingReview");
        assertThat(task()).hasCandidateGroup("finance");
        plain.decide(task(), funding);

        assertThat(intake).variables().containsEntry(LibraryVariables.FINANCE_FUNDING_REVIEW_DECISION, funding);
        assertThat(intake).hasPassed("admitToLibrary", "projectAdmitted").hasNotPassed("closeRefusedIntake").isEnded();
        assertThat(plain.calls()).containsSubsequence("registerLibraryProject", "recordPollutionFunding", "admitToPollutionLibrary");
    }

    @Test
    void aProjectNotYetMatureEntersAsReserveWithoutFinance() {
        ProcessInstance intake = start(true, false);
        plain.decide(task("ecologyEntryReview", intake), "APPROVE");

        assertThat(intake).variables().containsEntry(LibraryVariables.MATURE, false);
        assertThat(intake).hasPassed("readMaturity", "admitToLibrary", "projectAdmitted").hasNotPassed("financeFundingReview")
                .isEnded();
    }

    @Test
    void aProjectFailingTheEntryConditionsIsRefusedWithoutReview() {
        ProcessInstance intake = start(false, false);

        assertThat(intake).variables().containsEntry(LibraryVariables.ELIGIBLE, false);
        assertThat(intake).hasNotPassed("ecologyEntryReview");
        refusalIsAcknowledged(intake);
    }

    @Test
    void ecologyRefusingClosesTheIntakeWithoutAskingForMaturity() {
        ProcessInstance intake = start(true, true);
        plain.decide(task("ecologyEntryReview", intake), "REJECT");

        assertThat(intake).variables().containsEntry(LibraryVariables.ECOLOGY_ENTRY_REVIEW_DECISION, "REJECT");
        assertThat(entryCheck.maturityReads).isZero();
        refusalIsAcknowledged(intake);
        assertThat(intake).hasNotPassed("readMaturity", "financeFundingReview");
    }

    @Test
    void financeRefusingClosesTheIntake() {
        ProcessInstance intake = start(true, true);
        plain.decide(task("ecologyEntryReview", intake), "APPROVE");
        plain.decide(task("financeFundingReview", intake), "REJECT");

        assertThat(intake).variables().containsEntry(LibraryVariables.FINANCE_FUNDING_REVIEW_DECISION, "REJECT");
        refusalIsAcknowledged(intake);
        assertThat(plain.calls()).doesNotContain("admitToPollutionLibrary");
    }
}
