package cn.ecopark.flow.supervision;

import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.indexsystem.IndexEvaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Judges the data the park reported last against the newest index-system catalogue (the one a new acceptance is
 * judged by) and records the version on the review; measure 16 has no override, so anything that would block
 * naming fails the re-inspection. Answers whether the agencies check on site: a drawn park, and every park after
 * rectification. The model calls it as {@code ${scoreReview.judge(execution)}} on 指标体系评价, whose result variable
 * {@code spotCheckRequired} the spot-check gateway reads (public only for the engine's expression language).
 */
@Component("scoreReview")
public class ScoreReview {

    private final Reviews reviews;
    private final IndexCatalogues catalogues;

    ScoreReview(Reviews reviews, IndexCatalogues catalogues) {
        this.reviews = reviews;
        this.catalogues = catalogues;
    }

    /** Judges the review's latest data; true when the agencies check on site. */
    public boolean judge(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.judged(IndexEvaluation.evaluate(catalogues.current(), IndexData.parse(review.getIndexValues())));
        reviews.save(review);
        return review.needsSpotCheck();
    }
}
