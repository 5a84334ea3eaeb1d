package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The self-check deadline passed without a report. Not silence: the review is marked for rectification and the case
 * goes to ecology's written notice, so the park hears the grounds and may state its case before anything follows.
 */
@Component("recordMissedSelfCheck")
class RecordMissedSelfCheck implements JavaDelegate {

    private final Reviews reviews;

    RecordMissedSelfCheck(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.selfCheckMissed();
        reviews.save(review);
    }
}
