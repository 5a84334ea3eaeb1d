package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static cn.ecopark.flow.parkcreation.ParkCreationVariables.APPROVE_TO_BUILD_DECISION;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.COMMERCE_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.ECOLOGY_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.ELIGIBLE;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.EXPERT_REVIEW_DECISION;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.JOINT_REVIEW_OUTCOME;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.SCIENCE_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkcreation.ParkCreationVariables.STILL_BUILDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * park-creation on its own (fast tier): the model and the joint-review decision table on a plain engine, the
 * application's beans replaced by stand-ins; every gateway's branches. A step's outcome is left as the step's local
 * {@code decision}, as the application's decision recorder leaves it, and reaches the gateway only through the output
 * mapping the model shows. The Spring tests cover the real beans.
 */
class ParkCreationModelTests {

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("park-creation.bpmn", "joint-review-outcome.dmn");
    final Standing standing = new Standing();

    /** What checkCreationEligibility and checkConstructionStanding answer the model's service tasks. */
    public static class Standing {
        boolean eligible = true;
        boolean stillBuilding;

        public boolean eligible(DelegateExecution execution) {
            return eligible;
        }

        public boolean stillBuilding(DelegateExecution execution) {
            return stillBuilding;
        }
    }

    @BeforeEach
    void beans() {
        plain.stub("registerCreation").stub("closeRejectedCreation").stub("moveCreationToStage")
                .stub("recordApprovalToBuild").stub("recordProgressReport")
                .object("checkCreationEligibility", standing)
                .object("checkConstructionStanding", standing);
    }

    private ProcessInstance start() {
        return plain.engine().getRuntimeService().startProcessInstanceByKey("park-creation", "PC-1",
                Map.of(CaseVariables.APPLICANT, "applicant-1", CaseVariables.CASE_NO, "PC-1"));
    }

    private static void jointReview(ProcessInstance creation, String ecology, String science, String commerce) {
        assertThat(creation).isWaitingAt("ecologyJointReview", "scienceJointReview", "commerceJointReview");
        plain.decide(creation, "ecologyJointReview", ecology);
        plain.decide(creation, "scienceJointReview", science);
        plain.decide(creation, "commerceJointReview", commerce);
    }

    private ProcessInstance approvedToBuild() {
        ProcessInstance creation = start();
        plain.decide(creation, "expertReview", "PASS");
        jointReview(creation, "AGREE", "AGREE", "AGREE");
        plain.decide(creation, "approveToBuild", "APPROVE");
        assertThat(creation).isWaitingAt("constructionYearPassed");
        return creation;
    }

    @Test
    void anEligibleParkPassesReviewsIsApprovedAndEndsItsConstructionPeriod() {
        ProcessInstance creation = start();

        assertThat(creation).variables().containsEntry(ELIGIBLE, true);
        assertThat(creation).isWaitingAt("expertReview");
        plain.decide(creation, "expertReview", "PASS");
        assertThat(creation).variables().containsEntry(EXPERT_REVIEW_DECISION, "PASS").doesNotContainKey("decision");
        jointReview(creation, "AGREE", "AGREE_WITH_CONDITIONS", "AGREE");
        assertThat(creation).variables().containsEntry(ECOLOGY_JOINT_REVIEW_DECISION, "AGREE")
                .containsEntry(SCIENCE_JOINT_REVIEW_DECISION, "AGREE_WITH_CONDITIONS")
                .containsEntry(COMMERCE_JOINT_REVIEW_DECISION, "AGREE")
                .containsEntry(JOINT_REVIEW_OUTCOME, "CONDITIONAL");
        assertThat(creation).isWaitingAt("approveToBuild");
        assertThat(task()).hasCandidateGroup("ecology");
        plain.decide(creation, "approveToBuild", "APPROVE");
        assertThat(creation).variables().containsEntry(APPROVE_TO_BUILD_DECISION, "APPROVE");
        assertThat(plain.calls()).contains("recordApprovalToBuild");

        assertThat(creation).isWaitingAt("constructionYearPassed");
        standing.stillBuilding = false;
        execute(job());
        assertThat(creation).variables().containsEntry(STILL_BUILDING, false);
        assertThat(creation).hasPassed("checkConstructionStanding", "constructionEnded").hasNotPassed("closeRejectedCreation")
                .isEnded();
    }

    @Test
    void aParkStillBuildingReportsItsProgressEachYear() {
        ProcessInstance creation = approvedToBuild();
        standing.stillBuilding = true;

        execute(job());

        assertThat(creation).variables().containsEntry(STILL_BUILDING, true);
        assertThat(creation).isWaitingAt("submitProgressReport");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());
        assertThat(plain.calls()).contains("recordProgressReport");
        assertThat(creation).isWaitingAt("constructionYearPassed").hasNotPassed("constructionEnded");
    }

    @Test
    void anExpertRejectionClosesTheCaseWithoutJointReview() {
        ProcessInstance creation = start();

        plain.decide(creation, "expertReview", "REJECT");

        assertThat(creation).hasPassed("closeRejectedCreation", "creationRejected").isEnded();
        assertThat(creation).hasNotPassed("ecologyJointReview", "approveToBuild");
        assertThat(plain.calls()).contains("closeRejectedCreation");
    }

    @Test
    void aJointDisagreementClosesTheCase() {
        ProcessInstance creation = start();
        plain.decide(creation, "expertReview", "PASS");

        jointReview(creation, "AGREE", "DISAGREE", "AGREE");

        assertThat(creation).variables().containsEntry(JOINT_REVIEW_OUTCOME, "DISAGREE");
        assertThat(creation).hasPassed("closeRejectedCreation", "creationRejected").hasNotPassed("approveToBuild").isEnded();
    }

    @Test
    void ecologyNotApprovingClosesTheCase() {
        ProcessInstance creation = start();
        plain.decide(creation, "expertReview", "PASS");
        jointReview(creation, "AGREE", "AGREE", "AGREE");

        plain.decide(creation, "approveToBuild", "REJECT");

        assertThat(creation).hasPassed("closeRejectedCreation", "creationRejected").hasNotPassed("constructionYearPassed")
                .isEnded();
    }

    @Test
    void anIneligibleApplicantIsToldAndTheCaseIsNotAccepted() {
        standing.eligible = false;
        ProcessInstance creation = start();

        assertThat(creation).variables().containsEntry(ELIGIBLE, false);
        assertThat(creation).isWaitingAt("acknowledgeCreationIneligibility");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());
        assertThat(creation).hasPassed("creationNotAccepted").hasNotPassed("expertReview").isEnded();
    }
}
