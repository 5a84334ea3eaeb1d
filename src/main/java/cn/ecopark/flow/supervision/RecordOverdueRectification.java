package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The rectification deadline passed without a report: noted, and the park is re-checked on what it reported before. */
@Component("recordOverdueRectification")
class RecordOverdueRectification implements JavaDelegate {

    private final Reviews reviews;

    RecordOverdueRectification(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        review.rectificationOverdue();
        reviews.save(review);
    }
}
