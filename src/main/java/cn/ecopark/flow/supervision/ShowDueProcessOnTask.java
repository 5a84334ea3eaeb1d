package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the due-process steps' forms show (both workflows), computed when a form is read (see {@link TaskDisplay}): for
 * the notice, the proposed measure, suggested grounds and the statement period with its source (待确认 until recorded);
 * for the park and the hearing, the notice as issued.
 */
@Component("showDueProcessOnTask")
class ShowDueProcessOnTask implements TaskDisplay {

    /** The steps of the due process (告知, 陈述申辩, 听证), the same in both workflows; their forms show only this. */
    static final Set<String> STEPS = Set.of("issuePriorNotice", "submitStatement", "recordHearing");

    private final SanctionProcedures procedures;

    ShowDueProcessOnTask(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(Supervision.REVIEW_PROCESS, ViolationCaseFiles.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        if (!STEPS.contains(task.getTaskDefinitionKey())) {
            return Map.of();
        }
        Map<String, Object> view = new HashMap<>();
        if ("issuePriorNotice".equals(task.getTaskDefinitionKey())) {
            SanctionProcedures.Subject subject = procedures.subjectOf(task);
            view.put("noticePurposeName", subject.purpose().chineseName());
            view.put("proposedMeasure", subject.proposedMeasure());
            view.put("suggestedGrounds", subject.suggestedGrounds());
            view.put("statementPeriodText", "告知送达后 %d 个工作日（至 %s），期限来源：%s".formatted(
                    procedures.statementWorkingDays(), procedures.statementDeadline(AppClock.today()),
                    procedures.statementPeriodSource()));
        } else {
            SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
            view.put("noticeText", procedure.noticeText());
            view.put("procedureSummary", procedure.summary());
        }
        return view;
    }
}
