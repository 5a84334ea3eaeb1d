package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.CITY_PRE_REVIEW_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.COMMERCE_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.CONFIRM_NAMING_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.DECIDE_SUBSIDY_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.ECOLOGY_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.ELIGIBLE;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.JOINT_REVIEW_OUTCOME;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.RESOLVE_JOINT_DISAGREEMENT_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.REVIEW_OBJECTION_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.SCIENCE_JOINT_REVIEW_DECISION;
import static cn.ecopark.flow.parkapplication.ParkApplicationVariables.SUBSIDY_OUTSTANDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * park-application on its own (fast tier): the model and the joint-review decision table on a plain engine, the
 * application's beans replaced by stand-ins; every gateway's branches. A step's outcome is left as the step's local
 * {@code decision}, as the application's decision recorder leaves it, and reaches the gateway only through the output
 * mapping the model shows. End-to-end behaviour stays in ParkApplicationProcessTests.
 */
class ParkApplicationModelTests {

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("park-application.bpmn", "joint-review-outcome.dmn");
    final Eligibility eligibility = new Eligibility();
    final Balance balance = new Balance();

    /** What checkParkEligibility answers the model's 申报资格审查. */
    public static class Eligibility {
        boolean eligible = true;

        public boolean eligible(DelegateExecution execution) {
            return eligible;
        }
    }

    /** What subsidyBalance answers after each payment, in turn. */
    public static class Balance {
        final Deque<Boolean> outstanding = new ArrayDeque<>();

        public boolean outstanding(DelegateExecution execution) {
            return outstanding.removeFirst();
        }
    }

    @BeforeEach
    void beans() {
        for (String stub : List.of("registerApplication", "applyCorrection",
                "evaluateParkIndicators", "guardNamingByIndex", "answerObjections", "nameThePark", "awardSubsidy",
                "recordDisbursement", "closeRejectedApplication")) {
            plain.stub(stub);
        }
        plain.delegate("startPublicNotice", execution ->
                        ParkApplicationVariables.setPublicNoticeEndsAt(execution, AppClock.now().plus(Duration.ofDays(10))))
                .object("checkParkEligibility", eligibility)
                .object("subsidyBalance", balance);
    }

    private ProcessInstance start() {
        return plain.engine().getRuntimeService().startProcessInstanceByKey("park-application", "STGY-1",
                Map.of(CaseVariables.APPLICANT, "applicant-1", CaseVariables.CASE_NO, "STGY-1",
                        CaseVariables.CITY_GROUP, "city-weihai"));
    }

    private static void jointReview(ProcessInstance application, String ecology, String science, String commerce) {
        assertThat(application).isWaitingAt("ecologyJointReview", "scienceJointReview", "commerceJointReview");
        plain.decide(application, "ecologyJointReview", ecology);
        plain.decide(application, "scienceJointReview", science);
        plain.decide(application, "commerceJointReview", commerce);
    }

    private ProcessInstance atConfirmNaming() {
        ProcessInstance application = start();
        plain.decide(application, "cityPreReview", "PASS");
        jointReview(application, "AGREE", "AGREE", "AGREE");
        assertThat(application).isWaitingAt("confirmNaming");
        return application;
    }

    private ProcessInstance inPublicNotice() {
        ProcessInstance application = atConfirmNaming();
        plain.decide(application, "confirmNaming", "APPROVE");
        assertThat(application).isWaitingAt("noticeGateway");
        return application;
    }

    private void objectionReceived(ProcessInstance application) {
        plain.engine().getRuntimeService().createMessageCorrelation(PublicNoticeObjections.MESSAGE)
                .processInstanceId(application.getId()).correlate();
        assertThat(application).isWaitingAt("reviewObjection");
    }

    private ProcessInstance atSubsidyDecision() {
        ProcessInstance application = inPublicNotice();
        execute(job());
        assertThat(application).hasPassed("noticePeriodEnded", "nameThePark").isWaitingAt("ecologySubsidyOpinion");
        complete(task());
        assertThat(application).isWaitingAt("decideSubsidy");
        return application;
    }

    private static void assertRejected(ProcessInstance application) {
        assertThat(application).hasPassed("closeRejectedApplication", "applicationRejected").isEnded();
        assertThat(plain.calls()).contains("closeRejectedApplication");
    }

    @Test
    void anIneligibleParkIsToldAndTheCaseIsNotAccepted() {
        eligibility.eligible = false;
        ProcessInstance application = start();

        assertThat(application).variables().containsEntry(ELIGIBLE, false);
        assertThat(application).isWaitingAt("acknowledgeIneligibility");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());
        assertThat(application).hasPassed("applicationNotAccepted").hasNotPassed("cityPreReview").isEnded();
    }

    @Test
    void theCityReturnsForCorrectionAndTheCorrectedApplicationComesBackToIt() {
        ProcessInstance application = start();

        assertThat(application).variables().containsEntry(ELIGIBLE, true);
        assertThat(application).isWaitingAt("cityPreReview");
        assertThat(task()).hasCandidateGroup("city-weihai");
        plain.decide(application, "cityPreReview", "RETURN_FOR_CORRECTION");

        // The mapped outcome routes; the step's own local decision ended with the step.
        assertThat(application).variables().containsEntry(CITY_PRE_REVIEW_DECISION, "RETURN_FOR_CORRECTION")
                .doesNotContainKey("decision");
        assertThat(application).isWaitingAt("correctApplication");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());
        assertThat(plain.calls()).contains("applyCorrection");
        assertThat(application).isWaitingAt("cityPreReview");
    }

    @Test
    void theCityRejectingClosesTheCase() {
        ProcessInstance application = start();

        plain.decide(application, "cityPreReview", "REJECT");

        assertRejected(application);
        assertThat(application).hasNotPassed("ecologyJointReview");
    }

    @Test
    void anAgreedJointReviewGoesThroughTheIndexToNaming() {
        ProcessInstance application = start();
        plain.decide(application, "cityPreReview", "PASS");

        jointReview(application, "AGREE", "AGREE_WITH_CONDITIONS", "AGREE");

        assertThat(application).variables().containsEntry(ECOLOGY_JOINT_REVIEW_DECISION, "AGREE")
                .containsEntry(SCIENCE_JOINT_REVIEW_DECISION, "AGREE_WITH_CONDITIONS")
                .containsEntry(COMMERCE_JOINT_REVIEW_DECISION, "AGREE")
                .containsEntry(JOINT_REVIEW_OUTCOME, "CONDITIONAL");
        assertThat(application).hasPassed("evaluateIndicators").hasNotPassed("resolveJointDisagreement")
                .isWaitingAt("confirmNaming");
        assertThat(plain.calls()).contains("evaluateParkIndicators");
    }

    @Test
    void aJointDisagreementIsReturnedForCorrection() {
        ProcessInstance application = start();
        plain.decide(application, "cityPreReview", "PASS");
        jointReview(application, "AGREE", "AGREE", "DISAGREE");

        assertThat(application).variables().containsEntry(JOINT_REVIEW_OUTCOME, "DISAGREE");
        assertThat(application).isWaitingAt("resolveJointDisagreement");
        plain.decide(application, "resolveJointDisagreement", "RETURN_FOR_CORRECTION");

        assertThat(application).variables().containsEntry(RESOLVE_JOINT_DISAGREEMENT_DECISION, "RETURN_FOR_CORRECTION");
        assertThat(application).hasNotPassed("evaluateIndicators").isWaitingAt("correctApplication");
    }

    @Test
    void aJointDisagreementRejectedClosesTheCase() {
        ProcessInstance application = start();
        plain.decide(application, "cityPreReview", "PASS");
        jointReview(application, "DISAGREE", "AGREE", "AGREE");

        plain.decide(application, "resolveJointDisagreement", "REJECT");

        assertRejected(application);
        assertThat(application).hasNotPassed("confirmNaming");
    }

    @Test
    void namingReturnedForCorrectionGoesBackToTheApplicant() {
        ProcessInstance application = atConfirmNaming();

        plain.decide(application, "confirmNaming", "RETURN_FOR_CORRECTION");

        assertThat(application).variables().containsEntry(CONFIRM_NAMING_DECISION, "RETURN_FOR_CORRECTION");
        assertThat(application).isWaitingAt("correctApplication");
    }

    @Test
    void namingRefusedClosesTheCase() {
        ProcessInstance application = atConfirmNaming();

        plain.decide(application, "confirmNaming", "REJECT");

        assertRejected(application);
        assertThat(application).hasNotPassed("startPublicNotice");
    }

    @Test
    void anApprovedNamingOpensTheNoticeWhichWaitsForItsEndOrAnObjection() {
        ProcessInstance application = inPublicNotice();

        assertThat(plain.calls()).contains("guardNamingByIndex", "startPublicNotice");
        assertThat(application).variables().containsEntry(CONFIRM_NAMING_DECISION, "APPROVE")
                .containsKey(ParkApplicationVariables.PUBLIC_NOTICE_ENDS_AT);
        assertThat(job()).isNotNull();
    }

    @Test
    void aDismissedObjectionReturnsToTheSameNotice() {
        ProcessInstance application = inPublicNotice();
        Date noticeEnds = job().getDuedate();
        objectionReceived(application);

        plain.decide(application, "reviewObjection", "DISMISS");

        assertThat(application).variables().containsEntry(REVIEW_OBJECTION_DECISION, "DISMISS");
        assertThat(plain.calls()).contains("answerObjections");
        assertThat(application).isWaitingAt("noticeGateway").hasNotPassed("nameThePark");
        assertThat(job().getDuedate()).isEqualTo(noticeEnds);
    }

    @Test
    void anObjectionMayReturnTheApplicationForCorrection() {
        ProcessInstance application = inPublicNotice();
        objectionReceived(application);

        plain.decide(application, "reviewObjection", "RETURN_FOR_CORRECTION");

        assertThat(application).isWaitingAt("correctApplication").hasNotPassed("nameThePark");
    }

    @Test
    void anUpheldObjectionClosesTheCase() {
        ProcessInstance application = inPublicNotice();
        objectionReceived(application);

        plain.decide(application, "reviewObjection", "REJECT");

        assertRejected(application);
        assertThat(application).hasNotPassed("nameThePark");
    }

    @Test
    void aParkNamedWithoutSubsidyEndsThere() {
        ProcessInstance application = atSubsidyDecision();

        plain.decide(application, "decideSubsidy", "NO_AWARD");

        assertThat(application).variables().containsEntry(DECIDE_SUBSIDY_DECISION, "NO_AWARD");
        assertThat(application).hasPassed("parkNamedWithoutSubsidy").hasNotPassed("recordDisbursement").isEnded();
        assertThat(plain.calls()).contains("nameThePark", "awardSubsidy");
    }

    @Test
    void anAwardIsPaidUntilNothingIsOutstanding() {
        ProcessInstance application = atSubsidyDecision();
        plain.decide(application, "decideSubsidy", "AWARD");

        balance.outstanding.addAll(List.of(true, false));
        assertThat(application).isWaitingAt("recordDisbursement");
        complete(task());
        assertThat(application).variables().containsEntry(SUBSIDY_OUTSTANDING, true);
        assertThat(application).isWaitingAt("recordDisbursement");
        complete(task());

        assertThat(balance.outstanding).isEmpty();
        assertThat(application).hasPassed("checkSubsidyBalance", "parkNamedWithSubsidy").isEnded();
    }
}
