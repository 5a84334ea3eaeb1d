package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Entering an agency's review (first time, after its expert review or inspection, after a 补正): starts its
 * statutory clock or resumes it with the working days it had left, and gives the task and timers their dates. Each
 * agency's outcome is declared in its own review scope here, so the parallel reviews never share it.
 */
@Component("startAgencyClock")
class StartAgencyClock implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    StartAgencyClock(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = GreenChannelVariables.agency(execution);
        GreenChannelProject project = projects.of(execution);
        project.startOrResumeClock(agency, clock.calendar(), clock.now());
        projects.save(project);
        clock.openReview(execution, project.review(agency));
    }
}
