package cn.ecopark.flow.supervision;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The re-inspection's verdict, by the decision table {@code biennial-review-verdict}: pass, rectify within a
 * deadline, or (after rectification) fail. It reads whether the index system is met and how many of the
 * agencies that checked on site in this round found problems.
 */
@Component("decideReviewVerdict")
class DecideReviewVerdict implements JavaDelegate {

    static final String DECISION = "biennial-review-verdict";
    static final List<String> SPOT_CHECK_STEPS = List.of("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");

    private final Reviews reviews;
    private final DecisionService decisions;

    DecideReviewVerdict(Reviews reviews, DecisionService decisions) {
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        // Each round that checks on site sets all three decisions afresh, so none is left from an earlier round.
        int disagreements = !review.needsSpotCheck() ? 0 : (int) SPOT_CHECK_STEPS.stream()
                .filter(step -> "DISAGREE".equals(execution.getVariable(step + "Decision"))).count();
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION).variables(Variables.createVariables()
                        .putValue("indicatorsMet", review.getIndicatorsMet())
                        .putValue("spotCheckDisagreements", disagreements)
                        .putValue("recheck", review.isRecheck()))
                .evaluate().getSingleResult();
        String verdict = result.getEntry("verdict");
        review.decided(verdict, result.getEntry("verdictReason"), disagreements);
        if ("FAIL".equals(verdict)) {
            review.awaitingRevocation();
        }
        reviews.save(review);
        execution.setVariable("reviewVerdict", verdict);
    }
}
