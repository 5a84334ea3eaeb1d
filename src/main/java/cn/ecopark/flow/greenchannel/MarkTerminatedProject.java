package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.casecontrol.CaseTerminated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The lead agency terminated a green-channel project (casecontrol): the project is closed as 已终止. */
@Component
class MarkTerminatedProject {

    private final GreenChannelProjectRepository projects;

    MarkTerminatedProject(GreenChannelProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    void on(CaseTerminated event) {
        projects.findByProcessInstanceId(event.processInstanceId()).ifPresent(project -> {
            project.terminated(event.at());
            projects.save(project);
        });
    }
}
