package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkEligibility;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 申报资格审查: asks the eligibility table whether the park may apply. An eligible park starts applying; an ineligible
 * application is closed with the table's reason, which the applicant then reads on their notice task. The model
 * keeps the answer as {@code eligible} (the service task's result variable) and routes on it.
 */
@Component("checkParkEligibility")
public class CheckParkEligibility {

    private final ParkApplications cases;
    private final ParkRepository parks;
    private final ParkEligibility eligibility;
    private final ApplicationEventPublisher events;
    private final ParkLifecycle lifecycle;

    CheckParkEligibility(ParkApplications cases, ParkRepository parks, ParkEligibility eligibility,
                         ApplicationEventPublisher events, ParkLifecycle lifecycle) {
        this.cases = cases;
        this.parks = parks;
        this.eligibility = eligibility;
        this.events = events;
        this.lifecycle = lifecycle;
    }

    /** {@code ${checkParkEligibility.eligible(execution)}}: stores the verdict with the park and the application. */
    public boolean eligible(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Park park = parks.findById(application.getParkId()).orElseThrow();
        Instant now = AppClock.now();
        LocalDate today = LocalDate.ofInstant(now, AppClock.ZONE);
        ParkEligibility.Verdict verdict = eligibility.check(park, ParkEligibility.Stage.ACCEPTANCE, today);
        if (verdict.eligible()) {
            lifecycle.startApplying(park.getId(), application.getParkName(), today, now, application.getApplicant(),
                    application.getApplicationNo());
            events.publishEvent(new ParkApplicationAccepted(application.getApplicationNo(), now));
        } else {
            application.refuseAsIneligible(verdict.reason(), now);
            cases.save(application);
        }
        return verdict.eligible();
    }
}
