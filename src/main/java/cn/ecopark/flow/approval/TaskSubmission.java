package cn.ecopark.flow.approval;

import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.Variables;

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

    /**
     * A mapped step that ends without a decision (withdrawn, returned, taken back, terminated, cancelled by a timer or
     * in Cockpit) still runs its output mapping, so it is left an empty outcome as the step ends, before the mapping
     * runs: {@code ${decision}} then maps out null instead of failing on an unknown name. A decided step has its
     * outcome already (the approval listener sets it on completion). Set when the step ends rather than when it
     * starts, and transient, the empty outcome lives and dies within one command: a variable set at the start would
     * outlive it and cost every step runtime rows and history.
     */
    public static final ExecutionListener NO_OUTCOME = execution -> {
        ExecutionEntity step = (ExecutionEntity) execution;
        if (mapsOutcome(step) && !step.hasVariableLocal(DECISION)) {
            step.setVariableLocal(DECISION, Variables.stringValue(null, true));
        }
    };

    private TaskSubmission() {
    }

    /**
     * Leaves the step's outcome for its output mapping, which runs in the same command: transient, so it writes no
     * row and no history of its own (the mapped-out variable and the approval record are the outcome's history). A
     * step that started under an older model version holds a stored local {@code decision} (see
     * {@link #holdsStoredOutcome}); the engine refuses to turn a stored variable transient, so that one stays stored.
     */
    static void leaveOutcome(ExecutionEntity step, String outcome, boolean stored) {
        step.setVariableLocal(DECISION, stored ? Variables.stringValue(outcome) : Variables.stringValue(outcome, true));
    }

    /** Whether the step holds a stored local outcome (an input mapping or a create listener of an older version set it). */
    static boolean holdsStoredOutcome(ExecutionEntity step) {
        return step != null && step.getVariableInstanceLocal(DECISION) instanceof VariableInstanceEntity;
    }

    /** Whether the step's activity has an input/output mapping: a scope whose outcome a model may map out. */
    static boolean mapsOutcome(ExecutionEntity execution) {
        return execution != null && execution.getActivity() != null && execution.getActivity().getIoMapping() != null;
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
