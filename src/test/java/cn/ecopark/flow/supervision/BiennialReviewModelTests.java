package cn.ecopark.flow.supervision;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Date;
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

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("biennial-review.bpmn", "biennial-review-verdict.dmn");

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

    @BeforeEach
    void beans() {
        for (String stub : List.of("startDueReviews", "recordMissedSelfCheck", "closeReviewPassed", "revokeReviewedPark",
                "recordOverdueRectification", "closeWithoutRevocation", "recordStatementLapsed", "assignToPark",
                "recordSelfCheck", "recordRectificationReport",
                "recordSanctionDecision", "recordStatement", "recordHearing")) {
            plain.stub(stub);
        }
        plain.delegate("registerReview", execution -> {
                    execution.setVariable(SupervisionVariables.REVIEW_ID, 7L);
                    execution.setVariable(SupervisionVariables.SELF_CHECK_DEADLINE, inDays(28));
                })
                .delegate("orderRectification", execution ->
                        execution.setVariable(SupervisionVariables.RECTIFICATION_DEADLINE, inDays(180)))
                .listener("recordPriorNotice", task ->
                        task.getExecution().setVariable(SupervisionVariables.STATEMENT_DEADLINE, inDays(7)))
                .delegate("recordReviewVerdict", execution -> verdicts.add(SupervisionVariables.reviewVerdict(execution)
                        + "：" + SupervisionVariables.verdictReason(execution)))
                .object("scoreReview", scoring)
                .object("decideReviewVerdict", inputs)
                .object("noticePurposes", purposes);
    }

    private ProcessInstance start() {
        ProcessInstance review = plain.engine().getRuntimeService().startProcessInstanceByMessage(Supervision.REVIEW_DUE_MESSAGE,
                SupervisionVariables.reviewDue(3L, LocalDate.of(2026, 11, 29), 1, LocalDate.of(2028, 11, 29)));
        plain.fire(review, "reviewDue");
        assertThat(review).isWaitingAt("submitSelfCheck");
        return review;
    }

    @Test
    void aParkNotDrawnWhoseIndicatorsAreMetPasses() {
        ProcessInstance review = start();
        plain.complete(review, "submitSelfCheck");

        assertThat(review).variables().containsEntry(SupervisionVariables.SPOT_CHECK_REQUIRED, false);
        assertThat(review).hasPassed("decideReviewVerdict", "recordReviewVerdict", "closeReviewPassed", "reviewPassed")
                .hasNotPassed("spotCheckSplit", "ecologySpotCheck").isEnded();
        assertThat(verdicts).singleElement().asString().startsWith("PASS：复查合格");
    }

    @Test
    void aDrawnParkIsCheckedOnSiteAndOneAgencyFindingProblemsOrdersRectification() {
        scoring.spotCheck = true;
        ProcessInstance review = start();
        plain.complete(review, "submitSelfCheck");

        assertThat(review).isWaitingAt("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");
        plain.decide(review, "ecologySpotCheck", "AGREE");
        plain.decide(review, "scienceSpotCheck", "DISAGREE");
        plain.decide(review, "commerceSpotCheck", "AGREE");

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
        plain.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "DISAGREE");
        assertThat(review).isWaitingAt("submitRectificationReport");

        inputs.recheck = true;
        plain.complete(review, "submitRectificationReport");
        everyAgencyChecks(review, "DISAGREE");

        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "FAIL");
        assertThat(review).isWaitingAt("issuePriorNotice");
        plain.complete(review, "issuePriorNotice");
        plain.decide(review, "submitStatement", "SUBMITTED");
        assertThat(review).hasPassed("determineNoticePurpose").hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
        plain.decide(review, "confirmRevocation", "APPROVE");

        assertThat(review).hasPassed("revokeReviewedPark", "titleRevoked")
                .hasNotPassed("recordHearing", "closeWithoutRevocation").isEnded();
    }

    @Test
    void aRectifiedParkWhoseRecheckFindsNothingPasses() {
        scoring.spotCheck = true;
        ProcessInstance review = start();
        plain.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "DISAGREE");

        inputs.recheck = true;
        plain.fire(review, "rectificationDeadlinePassed");
        assertThat(review).hasPassed("recordOverdueRectification");
        everyAgencyChecks(review, "AGREE");

        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "PASS");
        assertThat(review).hasPassed("closeReviewPassed").isEnded();
        assertThat(verdicts).hasSize(2).last().asString().startsWith("PASS：整改后复查合格");
    }

    @Test
    void ecologyMayDecideNotToRevokeAfterAHearing() {
        ProcessInstance review = failedRecheck();
        plain.decide(review, "submitStatement", "HEARING_REQUESTED");

        assertThat(review).variables().containsEntry(SupervisionVariables.STATEMENT_DECISION, "HEARING_REQUESTED");
        assertThat(review).isWaitingAt("recordHearing");
        plain.complete(review, "recordHearing");
        plain.decide(review, "confirmRevocation", "REJECT");

        assertThat(review).hasPassed("closeWithoutRevocation", "revocationRefused")
                .hasNotPassed("revokeReviewedPark").isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "WAIVED"})
    void anAnswerWithoutAHearingRequestGoesStraightToTheDecision(String answer) {
        ProcessInstance review = failedRecheck();
        plain.decide(review, "submitStatement", answer);

        assertThat(review).hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
    }

    @Test
    void aStatementPeriodEndingUnansweredIsRecordedAndTheDecisionFollows() {
        ProcessInstance review = failedRecheck();
        plain.fire(review, "statementPeriodEnded");

        assertThat(review).variables().containsEntry(SupervisionVariables.STATEMENT_DECISION, SupervisionVariables.LAPSED);
        assertThat(review).hasPassed("recordStatementLapsed").hasNotPassed("recordHearing").isWaitingAt("confirmRevocation");
    }

    @Test
    void aMissedSelfCheckIsNotifiedThenRectificationIsOrdered() {
        ProcessInstance review = start();
        purposes.purpose = "SELF_CHECK_OVERDUE";

        plain.fire(review, "selfCheckDeadlinePassed");
        assertThat(review).hasPassed("recordMissedSelfCheck").isWaitingAt("issuePriorNotice");
        plain.complete(review, "issuePriorNotice");
        plain.fire(review, "statementPeriodEnded");

        assertThat(review).variables().containsEntry(SupervisionVariables.NOTICE_PURPOSE, "SELF_CHECK_OVERDUE");
        assertThat(review).hasPassed("determineNoticePurpose", "orderRectification").hasNotPassed("confirmRevocation", "scoreReview")
                .isWaitingAt("submitRectificationReport");
    }

    @Test
    void aReviewWaitingAtAMappedStepCanBeEnded() {
        // A park that loses its title in a violation case has its open review ended (ParkSanctions): ending a step
        // runs its output mapping, which must find the step's still empty outcome rather than fail.
        ProcessInstance review = failedRecheck();
        plain.decide(review, "submitStatement", "WAIVED");
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
        plain.complete(review, "submitSelfCheck");
        everyAgencyChecks(review, "AGREE");
        assertThat(review).variables().containsEntry(SupervisionVariables.REVIEW_VERDICT, "FAIL");
        plain.complete(review, "issuePriorNotice");
        assertThat(review).isWaitingAt("submitStatement");
        return review;
    }

    private static void everyAgencyChecks(ProcessInstance review, String outcome) {
        for (String step : DecideReviewVerdict.SPOT_CHECK_STEPS) {
            plain.decide(review, step, outcome);
        }
    }

    private static Date inDays(int days) {
        return Date.from(Instant.now().plusSeconds(days * 86_400L));
    }
}
