package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The park passed: the review is closed, and the schedule starts the next cycle two years after this one fell due. */
@Component("closeReviewPassed")
class CloseReviewPassed implements JavaDelegate {

    private final Reviews reviews;

    CloseReviewPassed(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.passed(AppClock.now());
        reviews.save(review);
    }
}
