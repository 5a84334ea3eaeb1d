package cn.ecopark.flow.approval;

import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the person completing a task submitted (see {@link FormFields#submitted}: the process scope first, then the
 * task's own variables). Completion then removes the process-scope echoes of the opinion fields and of the task's own
 * variables; each workflow's listener removes the other fields it reads, so no form field outlives its task.
 */
public final class TaskSubmission {

    /**
     * The form field every step's decision is submitted in. The approval listener leaves the validated outcome under
     * the same name, local to a step whose model maps it out.
     */
    public static final String DECISION = "decision";

    private TaskSubmission() {
    }

    /** The submitted decision, if it is a known code; the approval listener refuses anything else when the task completes. */
    public static Optional<Outcome> outcome(DelegateTask task) {
        Object value = value(task, DECISION);
        return value == null ? Optional.empty() : Outcome.parse(value.toString());
    }

    /** The form reader owns the rule (formcontract must not depend on approval); see {@link FormFields#submitted}. */
    public static Object value(DelegateTask task, String name) {
        return FormFields.submitted(task, name);
    }

    public static Function<String, Object> reader(DelegateTask task) {
        return name -> value(task, name);
    }


    /** Removes from the process every variable the task showed or took as a form field. */
    static void clearEchoes(DelegateTask task, Iterable<String> alsoRemove) {
        DelegateExecution execution = task.getExecution();
        for (String name : task.getVariableNamesLocal()) {
            if (execution.hasVariable(name)) {
                execution.removeVariable(name);
            }
        }
        for (String name : alsoRemove) {
            remove(task, name);
        }
    }

    /** Removes fields a step has read, from the process and the task alike, so no field outlives its task. */
    public static void remove(DelegateTask task, String... names) {
        for (String name : names) {
            if (task.getExecution().hasVariable(name)) {
                task.getExecution().removeVariable(name);
            }
            task.removeVariableLocal(name);
        }
    }
}
