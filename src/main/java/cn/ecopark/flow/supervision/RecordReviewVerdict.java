package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records on the review the verdict the decision table {@code biennial-review-verdict} gave on 复查结论评定 (its outputs
 * are mapped to {@code reviewVerdict} and {@code verdictReason}), with the count of agencies that found problems on
 * site; a failed re-check waits for ecology's revocation decision. The reason is kept on the review only.
 */
@Component("recordReviewVerdict")
class RecordReviewVerdict implements JavaDelegate {

    private final Reviews reviews;
    private final DecideReviewVerdict inputs;

    RecordReviewVerdict(Reviews reviews, DecideReviewVerdict inputs) {
        this.reviews = reviews;
        this.inputs = inputs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String verdict = SupervisionVariables.reviewVerdict(execution);
        if (verdict == null) {
            throw new IllegalStateException("复查结论评定 gave no verdict: the model maps none into " + SupervisionVariables.REVIEW_VERDICT);
        }
        Review review = reviews.of(execution);
        review.decided(verdict, SupervisionVariables.verdictReason(execution), inputs.spotCheckDisagreements(execution));
        if ("FAIL".equals(verdict)) {
            review.awaitingRevocation();
        }
        reviews.save(review);
        execution.removeVariable(SupervisionVariables.VERDICT_REASON);
    }
}
