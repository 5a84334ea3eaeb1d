package cn.ecopark.flow.formcontract;

import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Map;
import java.util.Set;

/**
 * What a workflow's task forms show of their case (its data, opinions, deadlines), computed from the domain tables when
 * a form is read instead of copied onto every task as task-local variables. One small bean per workflow (or per kind of
 * step); {@link FormVariablesDisplay} adds its values to the task's form variables ({@code GET
 * /engine-rest/task/{id}/form-variables}, which Tasklist reads to fill a Camunda Form, and
 * {@code FormService#getTaskFormVariables}) once the engine has let the caller read that task.
 * <p>
 * A display only reads: it runs inside the engine's read command. Its values are never variables, so a client cannot
 * write them back; a form field that shows one is disabled or read-only, and {@code EngineCommandGuard} drops what a
 * client sends for it.
 */
public interface TaskDisplay {

    /** The BPMN keys of the processes whose tasks this display serves. */
    Set<String> processKeys();

    /**
     * The values the task's form shows, by field name. Of these, only the names the form reads reach the answer, and
     * null values are left out (the form shows a missing field empty); {@code form} lets a display skip work no field
     * of this form needs. An empty map: nothing to show on this task.
     */
    Map<String, Object> of(DelegateTask task, FormContract form);
}
