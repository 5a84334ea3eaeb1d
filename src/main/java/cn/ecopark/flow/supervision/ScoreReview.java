package cn.ecopark.flow.supervision;

import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.indexsystem.IndexEvaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the data the park reported last against the newest index-system catalogue (the one a new acceptance is
 * judged by) and records the version on the review; measure 16 has no override, so anything that would block
 * naming fails the re-inspection. Also says whether the agencies check on site: a drawn park, and every park after
 * rectification. (Bean name kept from the former scoring step, which running cases still call.)
 */
@Component("scoreReview")
class ScoreReview implements JavaDelegate {

    private final Reviews reviews;
    private final IndexCatalogues catalogues;

    ScoreReview(Reviews reviews, IndexCatalogues catalogues) {
        this.reviews = reviews;
        this.catalogues = catalogues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.judged(IndexEvaluation.evaluate(catalogues.current(), IndexData.parse(review.getIndexValues())));
        reviews.save(review);
        execution.setVariable("spotCheckRequired", review.needsSpotCheck());
    }
}
