package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The statement period ended without an answer from the park: recorded, and the decision may follow. */
@Component("recordStatementLapsed")
class RecordStatementLapsed implements JavaDelegate {

    private final SanctionProcedures procedures;

    RecordStatementLapsed(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SanctionProcedure procedure = procedures.current(execution.getProcessInstanceId());
        procedure.lapsed(AppClock.now());
        procedures.save(procedure);
    }
}
