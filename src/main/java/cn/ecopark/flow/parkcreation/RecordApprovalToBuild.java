package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.park.ParkLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Ecology's 批准建设 (measures 2 and 17): with APPROVE the decision's 文号 and date are required and the park is
 * approved to build from that date (the construction period starts, strike-off now applies to it). The two
 * fields leave the process with the task.
 */
@Component("recordApprovalToBuild")
class RecordApprovalToBuild implements TaskListener {

    static final List<String> FIELDS = List.of("approvalDocumentNo", "approvedOn");

    private final ParkCreations cases;
    private final ParkLifecycle parks;

    RecordApprovalToBuild(ParkCreations cases, ParkLifecycle parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("APPROVE".equals(TaskSubmission.value(task, TaskSubmission.DECISION))) {
            String documentNo = FormFields.of(task).text("approvalDocumentNo", "批准建设文号", 100);
            Instant now = AppClock.now();
            LocalDate approvedOn = FormFields.of(task).dateNotAfter("approvedOn", "批准建设日期", LocalDate.ofInstant(now, AppClock.ZONE));
            ParkCreation creation = cases.of(task);
            creation.approved(approvedOn, documentNo);
            cases.save(creation);
            parks.approveToBuild(creation.getParkId(), approvedOn, documentNo, now, Actor.of(task), creation.getCaseNo());
        }
        FIELDS.forEach(task.getExecution()::removeVariable);
    }

}
