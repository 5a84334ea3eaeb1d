package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.PauseReason;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An agency asked for 补正: the whole case waits for the applicant, so every running clock stops today with
 * reason CORRECTION. Opinions already given stay; the same agencies continue after the answer.
 */
@Component("pauseForCorrection")
class PauseForCorrection implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    PauseForCorrection(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GreenChannelProject project = projects.of(execution);
        project.pauseRunningClocks(clock.calendar(), PauseReason.CORRECTION, project.getCorrectionRequest(), clock.now());
        projects.save(project);
    }
}
