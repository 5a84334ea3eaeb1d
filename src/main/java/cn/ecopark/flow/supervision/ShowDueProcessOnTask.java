package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts on the due-process tasks what their forms show: for the notice, the proposed measure, suggested grounds and
 * the statement period with its source (待确认 until recorded); for the park and the hearing, the notice as issued.
 */
@Component("showDueProcessOnTask")
class ShowDueProcessOnTask implements TaskListener {

    private final SanctionProcedures procedures;

    ShowDueProcessOnTask(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> view = new HashMap<>();
        if ("issuePriorNotice".equals(task.getTaskDefinitionKey())) {
            SanctionProcedures.Subject subject = procedures.subjectOf(task);
            view.put("noticePurposeName", subject.purpose().chineseName());
            view.put("proposedMeasure", subject.proposedMeasure());
            view.put("suggestedGrounds", subject.suggestedGrounds());
            view.put("statementPeriodText", "告知送达后 %d 个工作日（至 %s），期限来源：%s".formatted(
                    procedures.statementWorkingDays(), procedures.statementDeadline(Supervision.today()),
                    procedures.statementPeriodSource()));
        } else {
            SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
            view.put("noticeText", procedure.noticeText());
            view.put("procedureSummary", procedure.summary());
        }
        task.setVariablesLocal(view);
    }
}
