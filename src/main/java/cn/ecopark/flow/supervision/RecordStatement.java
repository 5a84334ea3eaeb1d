package cn.ecopark.flow.supervision;

import cn.ecopark.flow.approval.TaskSubmission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

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
        Object decision = TaskSubmission.value(task, "decision");
        Function<String, Object> field = TaskSubmission.reader(task);
        SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
        String code = decision == null ? "" : decision.toString();
        switch (code) {
            case "SUBMITTED" -> procedure.stated(SanctionProcedure.StatementStatus.SUBMITTED,
                    FormInput.text(field, "statement", "陈述申辩意见", 2000), Supervision.now());
            case "HEARING_REQUESTED" -> procedure.stated(SanctionProcedure.StatementStatus.HEARING_REQUESTED,
                    optional(field.apply("statement")), Supervision.now());
            case "WAIVED" -> procedure.stated(SanctionProcedure.StatementStatus.WAIVED, optional(field.apply("statement")),
                    Supervision.now());
            default -> {
                return;   // the approval listener refuses an unknown decision
            }
        }
        procedures.save(procedure);
        task.getExecution().setVariable(SanctionProcedures.HEARING_REQUESTED, "HEARING_REQUESTED".equals(code));
        task.getExecution().removeVariables(List.of("statement"));
    }

    private static String optional(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > 2000) {
            throw new cn.ecopark.flow.engine.InvalidInput("statement：陈述申辩意见不能超过2000字");
        }
        return text;
    }
}
