package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Takes the park's rectification report (整改报告) and its new index-system data into the review, for the re-check. */
@Component("recordRectificationReport")
class RecordRectificationReport implements TaskListener {

    private final Reviews reviews;
    private final IndexCatalogues catalogues;

    RecordRectificationReport(Reviews reviews, IndexCatalogues catalogues) {
        this.reviews = reviews;
        this.catalogues = catalogues;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = reviews.of(task);
        ParkReport report = ParkReport.read(task, catalogues.current(), SupervisionVariables.RECTIFICATION_REPORT, "整改报告",
                ShowReviewOnTask.reported(review));
        review.rectified(report.figures(), report.indexValues(), report.report(), report.attachmentNames(), AppClock.now());
        reviews.save(review);
    }
}
