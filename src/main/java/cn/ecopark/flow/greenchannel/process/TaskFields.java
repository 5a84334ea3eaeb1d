package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.approval.TaskSubmission;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Optional;

/**
 * What a completing task of this workflow submitted beyond the decision fields the approval listener
 * clears: read like any form field, then removed so no field outlives its task.
 */
public final class TaskFields {

    private TaskFields() {
    }

    /** The submitted decision, if it is a known code; the approval listener refuses anything else afterwards. */
    public static Optional<Outcome> decision(DelegateTask task) {
        Object value = TaskSubmission.value(task, "decision");
        return value == null ? Optional.empty() : Outcome.parse(value.toString());
    }

    public static void remove(DelegateTask task, String... names) {
        for (String name : names) {
            if (task.getExecution().hasVariable(name)) {
                task.getExecution().removeVariable(name);
            }
            task.removeVariableLocal(name);
        }
    }

}
