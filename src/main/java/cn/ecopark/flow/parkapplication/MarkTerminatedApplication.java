package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.casecontrol.CaseTerminated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The lead agency terminated a park application (casecontrol): the application is closed as 已终止. */
@Component
class MarkTerminatedApplication {

    private final ParkApplicationRepository applications;

    MarkTerminatedApplication(ParkApplicationRepository applications) {
        this.applications = applications;
    }

    @EventListener
    void on(CaseTerminated event) {
        applications.findByProcessInstanceId(event.processInstanceId()).ifPresent(application -> {
            application.terminated(event.at());
            applications.save(application);
        });
    }
}
