package cn.ecopark.flow.supervision;

import cn.ecopark.flow.parkapplication.IndicatorEvaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores the figures the park reported last against the index system (the same tables the application was
 * scored with), and says whether the agencies check on site: a drawn park, and every park after rectification.
 */
@Component("scoreReview")
class ScoreReview implements JavaDelegate {

    private final Reviews reviews;
    private final IndicatorEvaluation evaluation;

    ScoreReview(Reviews reviews, IndicatorEvaluation evaluation) {
        this.reviews = reviews;
        this.evaluation = evaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.scored(evaluation.evaluate(review.figures()));
        reviews.save(review);
        execution.setVariable("spotCheckRequired", review.needsSpotCheck());
    }
}
