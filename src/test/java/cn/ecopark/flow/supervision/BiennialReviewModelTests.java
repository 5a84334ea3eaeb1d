package cn.ecopark.flow.supervision;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * biennial-review on its own (fast tier): the model and the real {@code biennial-review-verdict} table on a plain
 * engine, the application's beans replaced by stand-ins. What routes is what the model shows: the result variable of
 * 指标体系评价, the verdict the business-rule task maps out of the table, the outcomes mapped out of the steps, the
 * result of 确定告知事项. The Spring tests (BiennialReviewProcessTests) cover the real beans.
 */
class BiennialReviewModelTests {

    static PlainEngine plain;
    static PlainSteps steps;

    final Inputs inputs = new Inputs();
    final Scoring scoring = new Scoring();
    final Purposes purposes = new Purposes();
    final List<String> verdicts = new ArrayList<>();

    /** Stands in for scoreReview: whether the agencies check on site. */
    public static class Scoring {
        boolean spotCheck;

        public boolean judge(DelegateExecution execution) {
            return spotCheck;
        }
    }

    /** Stands in for decideReviewVerdict: the review's facts, and the on-site outcomes counted as the real bean counts them. */
    public static class Inputs {
        Boolean indicatorsMet = true;
        boolean recheck;

        public Boolean indicatorsMet(DelegateExecution execution) {
            return indicatorsMet;
        }

        public int spotCheckDisagreements(DelegateExecution execution) {
            return (int) SupervisionVariables.SPOT_CHECK_DECISIONS.stream()
                    .filter(decision -> "DISAGREE".equals(execution.getVariable(decision))).count();
        }

        public boolean recheck(DelegateExecution execution) {
            return recheck;
        }
    }

    /** Stands in for noticePurposes: what the notice was about. */
    public static class Purposes {
        String purpose = "REVOCATION";

        public String of(DelegateExecution execution) {
            return purpose;
        }
    }

    @BeforeAll
    static void deploy() {
        plain = PlainEngine.deploying("biennial-review.bpmn", "biennial-review-verdict.dmn");
        steps = new PlainSteps(plain);
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
        for (String stub : List.of("startDueReviews", "recordMissedSelfCheck", "closeReviewPassed", "revokeReviewedPark",
                "recordOverdueRectification", "closeWithoutRevocation", "recordStatementLapsed", "assignToPark",
                "showReviewOnTask", "showDueProcessOnTask", "recordSelfCheck", "recordRectificationReport",
                "recordSanctionDecision", "recordStatement", "recordHearing")) {
            plain.stub(stub);
        }
        plain.delegate("registerReview", execution -> {
                    execution.setVariable(SupervisionVariables.REVIEW_ID, 7L);
                    execution.setVariable(SupervisionVariables.SELF_CHECK_DEADLINE, PlainSteps.inDays(28));
                })
                .delegate("orderRectification", execution ->
                        execution.setVariable(SupervisionVariables.RECTIFICATION_DEADLINE, PlainSteps.inDays(180)))
                .listener("recordPriorNotice", task ->
                        task.getExecution().setVariable(SupervisionVariables.STATEMENT_DEADLINE, PlainSteps.inDays(7)))
                .delegate("recordReviewVerdict", execution -> verdicts.add(SupervisionVariables.reviewVerdict(execution)
                        + "：" + SupervisionVariables.verdictReason(execution)))
                .object("scoreReview", scoring)
                .object("decideReviewVerdict", inputs)
                .object("noticePurposes", purposes);
    }

    private ProcessInstance start() {
        ProcessInstance review = plain.engine().getRuntimeService().startProcessInstanceByMessage(Supervision.REVIEW_DUE_MESSAGE,
                SupervisionVariables.reviewDue(3L, LocalDate.of(2026, 11, 29), 1, LocalDate.of(2028, 11, 29)));
        steps.fire(review, "reviewDue");
        assertThat(review).isWaitingAt("submitSelfCheck");
        return review;
    }

    @Test
    void aParkNotDrawnWhoseIndicatorsAreMetPasses() {
        ProcessInstance review = start();
        steps.complete(review, "submitSelfCheck");

        assertThat(review).variables().containsEntry(SupervisionVariables.SPOT_CHECK_REQUIRED, false);
        assertThat(review).hasPassed("decideReviewVerdict", "recordReviewVerdict", "closeReviewPassed", "reviewPassed")
                .hasNotPassed("spotCheckSplit", "ecologySpotCheck").isEnded();
        assertThat(verdicts).singleElement().asString().startsWith("PASS：复查合格");
    }

    @Test
    void aDrawnParkIsCheckedOnSiteAndOneAgencyFindingProblemsOrdersRectification() {
        scoring.spotCheck = true;
        ProcessInstance review = start();
        steps.complete(review, "submitSelfCheck");

        assertThat(review).isWaitingAt("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");
        steps.decide(review, "ecologySpotCheck", "AGREE");
        steps.decide(review, "scienceSpotCheck", "DISAGREE");
        steps.decide(review, "commerceSpotCheck", "AGREE");

        assertThat(review).variables().containsEntry(SupervisionVariables.ECOLOGY_SPOT_CHECK_DECISION, "AGREE")
                .containsEntry(SupervisionVariables.SCIENCE_SPOT_CHECK_DECISION, "DISAGREE")
                .containsEntry(SupervisionVariables.REVIEW_VERDICT, "RECTIFY")
                .doesNotContainKey("decision");
        assertThat(review).hasPassed("orderRectification").hasNotPassed("closeReviewPassed", "issuePriorNotice").isWaitingAt("submitRectificationReport");
        assertThat(verdicts).singleElement().asString().startsWith("RECTIFY：");
    }

    @Test
    void theRecheckAfterRectificationFailsAndEcologyRevokesAfterTheDueProcess() {
        scoring.spotCheck = true;
        ProcessInstance review = start();
        steps.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "DISAGREE");
        assertThat(review).isWaitingAt("submitRectificationReport");

        inputs.recheck = true;
        steps.complete(review, "submitRectificationReport");
        everyAgencyChecks(review, "DISAGREE");

        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "FAIL");
        assertThat(review).isWaitingAt("issuePriorNotice");
        steps.complete(review, "issuePriorNotice");
        steps.decide(review, "submitStatement", "SUBMITTED");
        assertThat(review).hasPassed("determineNoticePurpose").hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
        steps.decide(review, "confirmRevocation", "APPROVE");

        assertThat(review).hasPassed("revokeReviewedPark", "titleRevoked")
                .hasNotPassed("recordHearing", "closeWithoutRevocation").isEnded();
    }

    @Test
    void aRectifiedParkWhoseRecheckFindsNothingPasses() {
        scoring.spotCheck = true;
        ProcessInstance review = start();
        steps.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "DISAGREE");

        inputs.recheck = true;
        steps.fire(review, "rectificationDeadlinePassed");
        assertThat(review).hasPassed("recordOverdueRectification");
        everyAgencyChecks(review, "AGREE");

        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "PASS");
        assertThat(review).hasPassed("closeReviewPassed").isEnded();
        assertThat(verdicts).hasSize(2).last().asString().startsWith("PASS：整改后复查合格");
    }

    @Test
    void ecologyMayDecideNotToRevokeAfterAHearing() {
        ProcessInstance review = failedRecheck();
        steps.decide(review, "submitStatement", "HEARING_REQUESTED");

        assertThat(review).variables().containsEntry(SupervisionVariables.STATEMENT_DECISION, "HEARING_REQUESTED");
        assertThat(review).isWaitingAt("recordHearing");
        steps.complete(review, "recordHearing");
        steps.decide(review, "confirmRevocation", "REJECT");

        assertThat(review).hasPassed("closeWithoutRevocation", "revocationRefused")
                .hasNotPassed("revokeReviewedPark").isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "WAIVED"})
    void anAnswerWithoutAHearingRequestGoesStraightToTheDecision(String answer) {
        ProcessInstance review = failedRecheck();
        steps.decide(review, "submitStatement", answer);

        assertThat(review).hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
    }

    @Test
    void aStatementPeriodEndingUnansweredIsRecordedAndTheDecisionFollows() {
        ProcessInstance review = failedRecheck();
        steps.fire(review, "statementPeriodEnded");

        assertThat(review).variables().containsEntry(SupervisionVariables.STATEMENT_DECISION, SupervisionVariables.LAPSED);
        assertThat(review).hasPassed("recordStatementLapsed").hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
    }

    @Test
    void aMissedSelfCheckIsNotifiedThenRectificationIsOrdered() {
        ProcessInstance review = start();
        purposes.purpose = "SELF_CHECK_OVERDUE";

        steps.fire(review, "selfCheckDeadlinePassed");
        assertThat(review).hasPassed("recordMissedSelfCheck").isWaitingAt("issuePriorNotice");
        steps.complete(review, "issuePriorNotice");
        steps.fire(review, "statementPeriodEnded");

        assertThat(review).variables().containsEntry(SupervisionVariables.NOTICE_PURPOSE, "SELF_CHECK_OVERDUE");
        assertThat(review).hasPassed("determineNoticePurpose", "orderRectification").hasNotPassed("confirmRevocation", "scoreReview")
                .isWaitingAt("submitRectificationReport");
    }

    @Test
    void aReviewWaitingAtAMappedStepCanBeEnded() {
        // A park that loses its title in a violation case has its open review ended (ParkSanctions): ending a step
        // runs its output mapping, which must find the step's still empty outcome rather than fail.
        ProcessInstance review = failedRecheck();
        steps.decide(review, "submitStatement", "WAIVED");
        assertThat(review).isWaitingAt("confirmRevocation");

        plain.engine().getRuntimeService().deleteProcessInstance(review.getId(), "园区称号已撤销，复查终止");

        assertThat(review).isEnded().hasNotPassed("revokeReviewedPark", "closeWithoutRevocation");
    }

    @Test
    void theDailyTimerStartsTheDueReviews() {
        String timer = plain.engine().getManagementService().createJobQuery().activityId("dailyReviewCheck").singleResult().getId();
        plain.engine().getManagementService().executeJob(timer);

        assertThat(plain.calls()).containsExactly("startDueReviews");
    }

    /** A failed re-check waiting for the park's statement after ecology's notice. */
    private ProcessInstance failedRecheck() {
        scoring.spotCheck = true;
        inputs.recheck = true;
        inputs.indicatorsMet = false;
        ProcessInstance review = start();
        steps.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "AGREE");
        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "FAIL");
        steps.complete(review, "issuePriorNotice");
        assertThat(review).isWaitingAt("submitStatement");
        return review;
    }

    private static void everyAgencyChecks(ProcessInstance review, String outcome) {
        for (String step : DecideReviewVerdict.SPOT_CHECK_STEPS) {
            steps.decide(review, step, outcome);
        }
    }
}
