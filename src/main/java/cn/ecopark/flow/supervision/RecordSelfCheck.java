package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Takes the park's self-check (自查) into the review: its figures against the index system and its report. */
@Component("recordSelfCheck")
class RecordSelfCheck implements TaskListener {

    private final Reviews reviews;

    RecordSelfCheck(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = reviews.of(task);
        ParkReport report = ParkReport.read(task, "selfCheckReport", "自查报告");
        review.selfChecked(report.figures(), report.report(), report.attachmentNames(), Supervision.now());
        reviews.save(review);
    }
}
