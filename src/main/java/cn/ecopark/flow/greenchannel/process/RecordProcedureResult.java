package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Closing an expert review or site inspection needs its result in writing; it goes on record with the decision. */
@Component("recordProcedureResult")
class RecordProcedureResult implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormFields.of(task).text("comment", "专家评审或现场核查结论", 1000);
    }
}
