package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The park answers the notice within its period: a statement (陈述申辩), a request for a hearing (with its reasons,
 * if any), or an express waiver. A statement must have content; the decision waits for a hearing if one is asked.
 */
@Component("recordStatement")
class RecordStatement implements TaskListener {

    private final SanctionProcedures procedures;

    RecordStatement(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = TaskSubmission.value(task, TaskSubmission.DECISION);
        FormFields field = FormFields.of(task);
        SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
        String code = decision == null ? "" : decision.toString();
        switch (code) {
            case "SUBMITTED" -> procedure.stated(SanctionProcedure.StatementStatus.SUBMITTED,
                    field.text(SupervisionVariables.STATEMENT, "陈述申辩意见", 2000), AppClock.now());
            case "HEARING_REQUESTED" -> procedure.stated(SanctionProcedure.StatementStatus.HEARING_REQUESTED,
                    field.optionalText(SupervisionVariables.STATEMENT, "陈述申辩意见", 2000).orElse(null), AppClock.now());
            case "WAIVED" -> procedure.stated(SanctionProcedure.StatementStatus.WAIVED, field.optionalText(SupervisionVariables.STATEMENT, "陈述申辩意见", 2000).orElse(null),
                    AppClock.now());
            default -> {
                return;   // the approval listener refuses an unknown decision
            }
        }
        procedures.save(procedure);
        if (task.getExecution().hasVariable(SupervisionVariables.LEGACY_HEARING_REQUESTED)) {
            // A case on a model version before the answer was mapped out of this step: its gateway still reads the flag.
            task.getExecution().setVariable(SupervisionVariables.LEGACY_HEARING_REQUESTED, "HEARING_REQUESTED".equals(code));
        }
        task.getExecution().removeVariables(List.of(SupervisionVariables.STATEMENT));
    }

}
