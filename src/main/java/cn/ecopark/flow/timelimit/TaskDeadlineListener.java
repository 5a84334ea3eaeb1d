package cn.ecopark.flow.timelimit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * On creation: the task's limit in working days is the administrator's setting for this task, else the model's
 * {@code P<n>WD}, else the default setting; its due date is the end of that working day and its follow-up date the
 * reminder ({@link DeadlineClock#remindAt}); both show in Tasklist, and the 已超期 filters use the due date. A task with
 * a timer in its model keeps the model's due date. On completion or deletion the limit is closed.
 */
class TaskDeadlineListener implements TaskListener {

    /** Task-local note the reminder, the overdue flag and 催办 leave on the task (Tasklist and the case panel show it). */
    public static final String NOTE = "timeLimitNotice";

    private final ActivityImpl activity;
    private final Integer modelWorkingDays;
    private final TaskDeadlines deadlines;
    private final DeadlineClock clock;
    private final TimeLimitProperties properties;

    private TaskDeadlineListener(ActivityImpl activity, Integer modelWorkingDays, TaskDeadlines deadlines, DeadlineClock clock,
                                 TimeLimitProperties properties) {
        this.activity = activity;
        this.modelWorkingDays = modelWorkingDays;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            deadlines.ended(task.getId(), clock.now());
            return;
        }
        String processKey = processKey(task);
        boolean modelTimed = Boolean.TRUE.equals(activity.getProperty(TimeLimitPlugin.MODEL_TIMED));
        Integer days = null;
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        if (!modelTimed) {
            Integer configured = properties.configured(processKey, task.getTaskDefinitionKey());
            if (configured != null || due == null || modelWorkingDays != null) {
                days = configured != null ? configured : modelWorkingDays != null ? modelWorkingDays : properties.defaultWorkingDays();
                due = clock.dueAfter(clock.today(), days);
                task.setDueDate(Date.from(due));
            }
        }
        Instant remind = due == null ? null : clock.remindAt(due);
        if (remind != null && !modelTimed) {
            task.setFollowUpDate(Date.from(remind));
        }
        boolean applicantTask = task.getAssignee() != null && task.getCandidates().stream()
                .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        deadlines.insert(new TaskDeadline(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(),
                task.getName(), applicantTask, modelTimed, days, due, remind, clock.now(), null, null, null));
    }

    static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
    }

    /** Builds one listener per user task at parse time, with the Spring beans it needs. */
    @Component
    static class Factory {
        private final TaskDeadlines deadlines;
        private final DeadlineClock clock;
        private final TimeLimitProperties properties;

        Factory(TaskDeadlines deadlines, DeadlineClock clock, TimeLimitProperties properties) {
            this.deadlines = deadlines;
            this.clock = clock;
            this.properties = properties;
        }

        TaskDeadlineListener create(ActivityImpl activity, Integer modelWorkingDays) {
            return new TaskDeadlineListener(activity, modelWorkingDays, deadlines, clock, properties);
        }
    }
}
