package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkEligibility;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Asks the eligibility table whether the park may apply. An eligible park starts applying; an ineligible
 * application is closed with the table's reason, which the applicant then reads on their notice task.
 */
@Component("checkParkEligibility")
class CheckParkEligibility implements JavaDelegate {

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

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Park park = parks.findById(application.getParkId()).orElseThrow();
        Instant now = AppClock.now();
        ParkEligibility.Verdict verdict = eligibility.check(park, ParkEligibility.Stage.ACCEPTANCE, now.atZone(RegisterApplication.SHANGHAI).toLocalDate());
        if (verdict.eligible()) {
            lifecycle.startApplying(park.getId(), application.getParkName(), now.atZone(RegisterApplication.SHANGHAI).toLocalDate(),
                    now, application.getApplicant(), application.getApplicationNo());
            events.publishEvent(new ParkApplicationAccepted(application.getApplicationNo(), now));
        } else {
            application.refuseAsIneligible(verdict.reason(), now);
            cases.save(application);
        }
        execution.setVariable("eligible", verdict.eligible());
    }
}
