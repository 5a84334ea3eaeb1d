package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily timer of biennial-review: start the re-inspections that are due today (or were missed), one
 * asynchronous instance (one job) per park, so a park that fails does not fail the others.
 */
@Component("startDueReviews")
class StartDueReviews implements JavaDelegate {

    private final ReviewSchedule schedule;

    StartDueReviews(ReviewSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SupervisionVariables.REVIEWS_STARTED, schedule.startDue(AppClock.today()).size());
    }
}
