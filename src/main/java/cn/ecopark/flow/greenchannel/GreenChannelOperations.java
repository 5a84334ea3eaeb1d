package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.taskops.CaseOperationHooks;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A green-channel project withdrawn by its investor before any agency decided is closed as withdrawn (taskops). */
@Component
class GreenChannelOperations implements CaseOperationHooks {

    private final GreenChannelProjectRepository projects;

    GreenChannelOperations(GreenChannelProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public String caseType() {
        return "green-channel-approval";
    }

    @Override
    public void withdrawn(String processInstanceId, Instant at, String by, String reason) {
        projects.findByProcessInstanceId(processInstanceId).ifPresent(project -> {
            project.withdrawn(at);
            projects.save(project);
        });
    }
}
