package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Entering an agency's review (first time, after its expert review or inspection, after a 补正): starts its
 * statutory clock or resumes it with the working days it had left, and gives the task and timers their dates.
 */
@Component("startAgencyClock")
class StartAgencyClock implements JavaDelegate {

    /** Decisions taken inside one agency's review stay in that agency's scope, not shared by the parallel reviews. */
    static final String[] LOCAL_DECISIONS = {"agencyReviewDecision", "recordSpecialProcedureDecision", "superviseOverdueReviewDecision"};

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    StartAgencyClock(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = GreenChannelProjects.agencyOf(execution);
        GreenChannelProject project = projects.of(execution);
        project.startOrResumeClock(agency, clock.calendar(), clock.now());
        projects.save(project);
        clock.expose(execution, project.review(agency));
        for (String decision : LOCAL_DECISIONS) {
            execution.setVariableLocal(decision, null);
        }
    }
}
