package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Takes the park's self-check (自查) into the review: the index-system catalogue's data and its report. */
@Component("recordSelfCheck")
class RecordSelfCheck implements TaskListener {

    private final Reviews reviews;
    private final IndexCatalogues catalogues;

    RecordSelfCheck(Reviews reviews, IndexCatalogues catalogues) {
        this.reviews = reviews;
        this.catalogues = catalogues;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = reviews.of(task);
        ParkReport report = ParkReport.read(task, catalogues.current(), SupervisionVariables.SELF_CHECK_REPORT, "自查报告",
                ShowReviewOnTask.reported(review));
        review.selfChecked(report.figures(), report.indexValues(), report.report(), report.attachmentNames(), AppClock.now());
        reviews.save(review);
    }
}
