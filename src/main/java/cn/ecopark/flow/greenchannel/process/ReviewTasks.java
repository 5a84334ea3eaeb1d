package cn.ecopark.flow.greenchannel.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The open review task of an agency in a case, for the reminder and the overdue flag to mark. */
@Component
class ReviewTasks {

    static final String REVIEW_TASK = "agencyReview";

    private final TaskService taskService;

    ReviewTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    Optional<Task> openReviewOf(DelegateExecution execution, String agency) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(REVIEW_TASK).taskCandidateGroup(agency).includeAssignedTasks().list().stream().findFirst();
    }

    /** Marks the task for its clerks: a note its form shows, and a priority that sorts it up in Tasklist. */
    void mark(Task task, String variable, String note, int priority) {
        taskService.setVariableLocal(task.getId(), variable, note);
        taskService.setPriority(task.getId(), priority);
    }
}
