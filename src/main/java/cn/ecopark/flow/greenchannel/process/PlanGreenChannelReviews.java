package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.ReviewPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After acceptance: the routing table decides which agencies review and what, the time-limit table how
 * long each may take. Planned once; a case re-accepted after a missed 容缺 deadline keeps its plan.
 */
@Component("planGreenChannelReviews")
class PlanGreenChannelReviews implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final ReviewPlan plan;

    PlanGreenChannelReviews(GreenChannelProjects projects, ReviewPlan plan) {
        this.projects = projects;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GreenChannelProject project = projects.of(execution);
        if (!project.isPlanned()) {
            project.plan(plan.reviewsFor(project.data()));
            projects.save(project);
        }
    }
}
