package cn.ecopark.flow.supervision;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a supervision model on the fast tier's plain engine as the application's recorder leaves a step's outcome:
 * the validated outcome as the step's local {@code decision}, which the model maps out ({@code <step>Decision =
 * ${decision}}); nothing writes a hidden {@code <step>Decision}, so a gateway reading an unmapped outcome fails here.
 */
final class PlainSteps {

    private final PlainEngine plain;

    PlainSteps(PlainEngine plain) {
        this.plain = plain;
    }

    /** Completes the step waiting in the case with the outcome, as a clerk's form and the decision recorder would. */
    void decide(ProcessInstance instance, String step, String outcome) {
        Task task = task(instance, step);
        plain.engine().getRuntimeService().setVariableLocal(task.getExecutionId(), SupervisionVariables.DECISION, outcome);
        plain.engine().getTaskService().complete(task.getId());
    }

    /** Completes a step whose outcome nothing routes on (a report, a notice). */
    void complete(ProcessInstance instance, String step) {
        plain.engine().getTaskService().complete(task(instance, step).getId());
    }

    Task task(ProcessInstance instance, String step) {
        Task task = plain.engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step).singleResult();
        assertThat(task).as("open step " + step).isNotNull();
        return task;
    }

    /** Fires the timer (or runs the asynchronous continuation) waiting at the activity, whatever its due date. */
    void fire(ProcessInstance instance, String activity) {
        Job job = plain.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activity).singleResult();
        assertThat(job).as("job at " + activity).isNotNull();
        plain.engine().getManagementService().executeJob(job.getId());
    }

    static Date inDays(int days) {
        return Date.from(Instant.now().plusSeconds(days * 86_400L));
    }
}
