package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * park-creation on its own (fast tier): the model and the joint-review decision table on a plain engine, the
 * application's beans replaced by stand-ins. The routing variables a task's decision sets are written as the
 * application's decision recorder writes them ({@code <taskId>Decision}); the Spring tests cover the real beans.
 */
class ParkCreationModelTests {

    static PlainEngine plain;
    boolean eligible;
    boolean stillBuilding;

    @BeforeAll
    static void deploy() {
        plain = PlainEngine.deploying("park-creation.bpmn", "joint-review-outcome.dmn");
        BpmnAwareTests.init(plain.engine());
    }

    @AfterAll
    static void close() {
        BpmnAwareTests.reset();
        plain.close();
    }

    @BeforeEach
    void beans() {
        plain.calls().clear();
        plain.stub("registerCreation").stub("closeRejectedCreation").stub("moveCreationToStage")
                .stub("recordApprovalToBuild").stub("recordProgressReport")
                .delegate("checkCreationEligibility", execution -> execution.setVariable("eligible", eligible))
                .delegate("checkConstructionStanding", execution -> execution.setVariable("stillBuilding", stillBuilding));
    }

    private ProcessInstance start() {
        return plain.engine().getRuntimeService().startProcessInstanceByKey("park-creation", "PC-1",
                Map.of("applicant", "applicant-1", "caseNo", "PC-1"));
    }

    @Test
    void anEligibleParkPassesReviewsIsApprovedAndEndsItsConstructionPeriod() {
        eligible = true;
        ProcessInstance creation = start();

        assertThat(creation).isWaitingAt("expertReview");
        complete(task(), withVariables("expertReviewDecision", "PASS"));
        assertThat(creation).isWaitingAt("ecologyJointReview", "scienceJointReview", "commerceJointReview");
        for (String review : new String[] {"ecologyJointReview", "scienceJointReview", "commerceJointReview"}) {
            complete(task(review), withVariables(review + "Decision", "AGREE"));
        }
        assertThat(creation).variables().containsEntry("jointReviewOutcome", "AGREE");
        assertThat(creation).isWaitingAt("approveToBuild");
        assertThat(task()).hasCandidateGroup("ecology");
        complete(task(), withVariables("approveToBuildDecision", "APPROVE"));
        assertThat(plain.calls()).contains("recordApprovalToBuild");

        assertThat(creation).isWaitingAt("constructionYearPassed");
        stillBuilding = false;
        execute(job());
        assertThat(creation).hasPassed("checkConstructionStanding").isEnded();
        assertThat(creation).hasPassed("constructionEnded").hasNotPassed("closeRejectedCreation");
    }

    @Test
    void anExpertRejectionClosesTheCaseWithoutJointReview() {
        eligible = true;
        ProcessInstance creation = start();

        complete(task("expertReview", creation), withVariables("expertReviewDecision", "REJECT"));

        assertThat(creation).hasPassed("closeRejectedCreation", "creationRejected").isEnded();
        assertThat(creation).hasNotPassed("ecologyJointReview", "approveToBuild");
        assertThat(plain.calls()).contains("closeRejectedCreation");
    }

    @Test
    void anIneligibleApplicantIsToldAndTheCaseIsNotAccepted() {
        eligible = false;
        ProcessInstance creation = start();

        assertThat(creation).isWaitingAt("acknowledgeCreationIneligibility");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());
        assertThat(creation).hasPassed("creationNotAccepted").hasNotPassed("expertReview").isEnded();
    }
}
