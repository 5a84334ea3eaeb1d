package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The collection of the parallel review (multi-instance): the agencies that have not given their opinion.
 * The first time that is every agency the routing table chose; after a 补正 or a reopened acceptance only
 * those still pending, so finished opinions stand and nobody starts from scratch.
 */
@Component("greenChannelPendingReviews")
public class GreenChannelPendingReviews {

    /** Kept for {@code ShowGreenChannelOnTask}; the name is {@link GreenChannelVariables#AGENCY}. */
    static final String ELEMENT_VARIABLE = GreenChannelVariables.AGENCY;

    private final GreenChannelProjects projects;

    GreenChannelPendingReviews(GreenChannelProjects projects) {
        this.projects = projects;
    }

    public List<String> of(DelegateExecution execution) {
        return projects.of(execution).pendingAgencies();
    }
}
