package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.greenchannel.GreenChannelEligibility;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Asks the eligibility table whether the project's park lets it into the green channel. An ineligible
 * project is closed with the table's reason, which the applicant reads on the notice task. The model calls
 * {@code ${checkGreenChannelEligibility.check(execution)}} and keeps the answer as the step's result variable
 * {@code eligible}, which its gateway tests.
 */
@Component("checkGreenChannelEligibility")
public class CheckGreenChannelEligibility {

    private final GreenChannelProjects projects;
    private final ParkRepository parks;
    private final GreenChannelEligibility eligibility;
    private final StatutoryClock clock;

    CheckGreenChannelEligibility(GreenChannelProjects projects, ParkRepository parks, GreenChannelEligibility eligibility,
                                 StatutoryClock clock) {
        this.projects = projects;
        this.parks = parks;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** Whether the project may enter the green channel; an ineligible one is closed with the reason. */
    public boolean check(DelegateExecution execution) {
        GreenChannelProject project = projects.of(execution);
        Park park = project.getParkId() == null ? null : parks.findById(project.getParkId()).orElse(null);
        GreenChannelEligibility.Verdict verdict = eligibility.check(park, project.getKeyProjectBasis());
        if (!verdict.eligible()) {
            project.refuseAsIneligible(verdict.reason(), clock.now());
            projects.save(project);
        }
        return verdict.eligible();
    }
}
