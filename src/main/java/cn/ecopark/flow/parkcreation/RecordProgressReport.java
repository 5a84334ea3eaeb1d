package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.parkapplication.ApplicationForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the park's yearly construction progress report with the creation application. */
@Component("recordProgressReport")
class RecordProgressReport implements TaskListener {

    private final ParkCreations cases;

    RecordProgressReport(ParkCreations cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = FormFields.of(task).text("progressSummary", "年度建设进展", 4000);
        ParkCreation creation = cases.of(task);
        creation.progressReported(summary, Actor.of(task), AppClock.now());
        cases.save(creation);
        task.getExecution().removeVariable("progressSummary");
    }
}
