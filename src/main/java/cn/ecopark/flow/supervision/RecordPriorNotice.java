package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Ecology issues the written notice (事先告知) with the grounds: the record is kept, the park's statement period starts
 * today and ends after the configured number of working days; the park's task and its timer run on that date.
 */
@Component("recordPriorNotice")
class RecordPriorNotice implements TaskListener {

    private final SanctionProcedures procedures;

    RecordPriorNotice(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public void notify(DelegateTask task) {
        String grounds = FormFields.of(task).text(SupervisionVariables.GROUNDS, "告知的事实、理由和依据", 2000);
        SanctionProcedures.Subject subject = procedures.subjectOf(task);
        LocalDate deadline = procedures.statementDeadline(AppClock.today());
        procedures.save(SanctionProcedure.notified(subject.caseNo(), task.getProcessInstanceId(), subject.parkId(),
                subject.purpose(), subject.proposedMeasure(), grounds, Actor.of(task), AppClock.now(),
                procedures.statementWorkingDays(), procedures.statementPeriodSource(), deadline));
        SupervisionVariables.setDeadline(task.getExecution(), SupervisionVariables.STATEMENT_DEADLINE,
                WorkingDayCalendar.endOfDay(deadline));
        task.getExecution().removeVariables(List.of(SupervisionVariables.GROUNDS));
    }
}
