package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Takes the park's rectification report (整改报告) and its new figures into the review, for the re-check. */
@Component("recordRectificationReport")
class RecordRectificationReport implements TaskListener {

    private final Reviews reviews;

    RecordRectificationReport(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = reviews.of(task);
        ParkReport report = ParkReport.read(task, "rectificationReport", "整改报告");
        review.rectified(report.figures(), report.report(), report.attachmentNames(), Supervision.now());
        reviews.save(review);
    }
}
