package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Closing an expert review or site inspection needs its result in writing; it goes on record with the decision. */
@Component("recordProcedureResult")
class RecordProcedureResult implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldReader.requiredText(TaskFields.of(task), "comment", "专家评审或现场核查结论", 1000);
    }
}
