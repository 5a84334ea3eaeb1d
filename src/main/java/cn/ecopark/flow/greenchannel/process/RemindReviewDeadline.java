package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelReview;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One working day is left on an agency's review: the reminder is recorded and shown on its task. */
@Component("remindReviewDeadline")
class RemindReviewDeadline implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final ReviewTasks tasks;
    private final StatutoryClock clock;

    RemindReviewDeadline(GreenChannelProjects projects, ReviewTasks tasks, StatutoryClock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = GreenChannelVariables.agency(execution);
        GreenChannelProject project = projects.of(execution);
        project.reminded(agency, clock.now());
        projects.save(project);
        GreenChannelReview review = project.review(agency);
        tasks.openReviewOf(execution, agency).ifPresent(task -> tasks.mark(task, GreenChannelVariables.DEADLINE_REMINDER_NOTE,
                "时限提醒：%s的“%s”仅剩1个工作日，办理时限至 %s".formatted(StaffGroup.displayName(agency),
                        review.getReviewTypeName(), review.getDeadline()), 80));
    }
}
