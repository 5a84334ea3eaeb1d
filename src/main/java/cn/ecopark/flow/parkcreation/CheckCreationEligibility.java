package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkEligibility;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 申请资格审查: asks the eligibility table (stage CREATION) whether the park may apply to build: not named, not already
 * approved or applying, not struck off less than three years ago (measure 17), whatever name it files under. The
 * model keeps the answer as {@code eligible} (the service task's result variable) and routes on it.
 */
@Component("checkCreationEligibility")
public class CheckCreationEligibility {

    private final ParkCreations cases;
    private final ParkRepository parks;
    private final ParkEligibility eligibility;
    private final ParkLifecycle lifecycle;

    CheckCreationEligibility(ParkCreations cases, ParkRepository parks, ParkEligibility eligibility, ParkLifecycle lifecycle) {
        this.cases = cases;
        this.parks = parks;
        this.eligibility = eligibility;
        this.lifecycle = lifecycle;
    }

    /** {@code ${checkCreationEligibility.eligible(execution)}}: stores the verdict with the park and the application. */
    public boolean eligible(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Park park = parks.findById(creation.getParkId()).orElseThrow();
        Instant now = AppClock.now();
        LocalDate today = LocalDate.ofInstant(now, AppClock.ZONE);
        ParkEligibility.Verdict verdict = eligibility.check(park, ParkEligibility.Stage.CREATION, today);
        if (verdict.eligible()) {
            lifecycle.startApplying(park.getId(), creation.getParkName(), today, now, creation.getApplicant(), creation.getCaseNo());
        } else {
            creation.refuseAsIneligible(verdict.reason(), now);
            cases.save(creation);
        }
        return verdict.eligible();
    }
}
