package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.greenchannel.GreenChannelOverdue;
import cn.ecopark.flow.greenchannel.GreenChannelOverdueRepository;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelReview;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * An agency's statutory time limit expired: the fact is kept for the supervision report (one row: case,
 * agency, task, due, flagged at), marked on the review and on the task, and ecology's 督办 task follows.
 * Managers see it in their overdue filter and in the project view.
 */
@Component("flagReviewOverdue")
class FlagReviewOverdue implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final GreenChannelOverdueRepository overdue;
    private final ReviewTasks tasks;
    private final StatutoryClock clock;

    FlagReviewOverdue(GreenChannelProjects projects, GreenChannelOverdueRepository overdue, ReviewTasks tasks,
                      StatutoryClock clock) {
        this.projects = projects;
        this.overdue = overdue;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = GreenChannelVariables.agency(execution);
        Instant now = clock.now();
        GreenChannelProject project = projects.of(execution);
        project.overdue(agency, now);
        projects.save(project);
        GreenChannelReview review = project.review(agency);
        Optional<Task> task = tasks.openReviewOf(execution, agency);
        overdue.save(new GreenChannelOverdue(null, project.getProjectNo(), execution.getProcessInstanceId(), agency,
                review.getReviewType(), task.map(Task::getId).orElse(null), task.map(Task::getName).orElse(null),
                WorkingDayCalendar.endOfDay(review.getDeadline()), now));
        task.ifPresent(t -> tasks.mark(t, GreenChannelVariables.OVERDUE_NOTE, "已超期：%s的“%s”办理时限为 %s，已报省生态环境厅督办".formatted(
                StaffGroup.displayName(agency), review.getReviewTypeName(), review.getDeadline()), 100));
    }
}
