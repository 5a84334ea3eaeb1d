package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code green-channel-project-result} reads about the agencies' decisions (expression
 * {@code ${greenChannelOpinions.refusing(execution)}} on the business-rule task): counts only, from the project.
 */
@Component("greenChannelOpinions")
public class GreenChannelOpinions {

    private final GreenChannelProjects projects;

    GreenChannelOpinions(GreenChannelProjects projects) {
        this.projects = projects;
    }

    public int refusing(DelegateExecution execution) {
        return (int) projects.of(execution).refusingAgencies();
    }

    public int conditioning(DelegateExecution execution) {
        return (int) projects.of(execution).conditioningAgencies();
    }
}
