package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The 容缺 deadline passed without the missing documents: the breach is recorded on the commitment, the
 * running clocks stop and the case goes back to the window, which decides on acceptance again.
 */
@Component("recordMissedCommitment")
class RecordMissedCommitment implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordMissedCommitment(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GreenChannelProject project = projects.of(execution);
        project.commitmentMissed(clock.calendar(), clock.now());
        projects.save(project);
    }
}
