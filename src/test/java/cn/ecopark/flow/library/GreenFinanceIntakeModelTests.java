package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * green-finance-intake on its own (fast tier): the model and its recommendation table on a plain engine, the
 * application's beans replaced by stand-ins. A step's outcome is left as the step's local {@code decision}, as the
 * application's decision recorder leaves it, so the routing runs only through what the model maps out. End-to-end
 * behaviour stays in GreenFinanceIntakeProcessTests.
 */
class GreenFinanceIntakeModelTests {

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("green-finance-intake.bpmn", "green-finance-recommendation.dmn");

    @BeforeEach
    void beans() {
        plain.stub("registerLibraryProject").stub("keepOpinionSharing")
                .stub("admitToGreenFinanceLibrary").stub("recordBankAction").stub("concludeBankFollowUp")
                .stub("closeRefusedIntake");
    }

    private ProcessInstance start() {
        return plain.engine().getRuntimeService().startProcessInstanceByKey("green-finance-intake", "LSJR-1",
                Map.of(CaseVariables.APPLICANT, "applicant-1", CaseVariables.CASE_NO, "LSJR-1"));
    }

    private static void recommend(ProcessInstance intake, String ecology, String reform) {
        assertThat(intake).isWaitingAt("ecologyRecommendation", "reformRecommendation");
        assertThat(task("ecologyRecommendation", intake)).hasCandidateGroup("ecology");
        assertThat(task("reformRecommendation", intake)).hasCandidateGroup("reform");
        plain.decide(task("ecologyRecommendation", intake), ecology);
        plain.decide(task("reformRecommendation", intake), reform);
    }

    @Test
    void bothRecommendFinsupAdmitsAndTheThreeBanksFollowUp() {
        ProcessInstance intake = start();
        recommend(intake, "AGREE", "AGREE");

        assertThat(intake).variables().containsEntry(LibraryVariables.ECOLOGY_RECOMMENDATION_DECISION, "AGREE")
                .containsEntry(LibraryVariables.REFORM_RECOMMENDATION_DECISION, "AGREE")
                .containsEntry(LibraryVariables.RECOMMENDED, true)
                .doesNotContainKey(TaskSubmission.DECISION);
        assertThat(intake).isWaitingAt("finsupAdmission");
        assertThat(task()).hasCandidateGroup("finsup");
        plain.decide(task(), "APPROVE");

        assertThat(intake).variables().containsEntry(LibraryVariables.FINSUP_ADMISSION_DECISION, "APPROVE");
        assertThat(intake).hasPassed("admitToLibrary").isWaitingAt("pbocFollowUp", "cbircFollowUp", "cdbFollowUp");
        plain.decide(task("pbocFollowUp", intake), "SUPPORT");
        plain.decide(task("cbircFollowUp", intake), "DECLINE");
        plain.decide(task("cdbFollowUp", intake), "LOAN_APPROVED");

        assertThat(intake).hasPassed("concludeFollowUp", "followUpCompleted").hasNotPassed("closeRefusedIntake").isEnded();
        assertThat(plain.calls()).containsSubsequence("registerLibraryProject", "admitToGreenFinanceLibrary",
                "recordBankAction", "recordBankAction", "recordBankAction", "concludeBankFollowUp");
    }

    @ParameterizedTest
    @CsvSource({"AGREE, DISAGREE", "DISAGREE, AGREE", "DISAGREE, DISAGREE"})
    void aProjectEitherAgencyDoesNotRecommendIsRefusedWithoutFinsup(String ecology, String reform) {
        ProcessInstance intake = start();
        recommend(intake, ecology, reform);

        assertThat(intake).variables().containsEntry(LibraryVariables.RECOMMENDED, false);
        assertThat(intake).hasPassed("closeRefusedIntake").isWaitingAt("notifyRefusal");
        assertThat(task()).isAssignedTo("applicant-1");
        plain.decide(task(), "ACKNOWLEDGED");
        assertThat(intake).hasPassed("intakeRefused").hasNotPassed("finsupAdmission", "admitToLibrary").isEnded();
    }

    @Test
    void finsupRefusingAdmissionClosesTheIntakeBeforeTheBanks() {
        ProcessInstance intake = start();
        recommend(intake, "AGREE", "AGREE");
        plain.decide(task("finsupAdmission", intake), "REJECT");

        assertThat(intake).variables().containsEntry(LibraryVariables.FINSUP_ADMISSION_DECISION, "REJECT");
        assertThat(intake).hasPassed("closeRefusedIntake").isWaitingAt("notifyRefusal");
        plain.decide(task(), "ACKNOWLEDGED");
        assertThat(intake).hasPassed("intakeRefused").hasNotPassed("admitToLibrary", "pbocFollowUp").isEnded();
        assertThat(plain.calls()).doesNotContain("admitToGreenFinanceLibrary");
    }
}
