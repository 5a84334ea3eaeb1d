package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** The park asked for a hearing: ecology holds it and records it (听证笔录) before anyone decides. */
@Component("recordHearing")
class RecordHearing implements TaskListener {

    private final SanctionProcedures procedures;

    RecordHearing(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public void notify(DelegateTask task) {
        SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
        procedure.heard(FormFields.of(task).text(SupervisionVariables.HEARING_RECORD, "听证笔录（时间、地点、参加人、园区的陈述申辩和质证意见）", 4000),
                Actor.of(task), AppClock.now());
        procedures.save(procedure);
        task.getExecution().removeVariables(List.of(SupervisionVariables.HEARING_RECORD));
    }
}
