package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkEligibility;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Asks the eligibility table (stage CREATION) whether the park may apply to build: not named, not already
 * approved or applying, not struck off less than three years ago (measure 17), whatever name it files under.
 */
@Component("checkCreationEligibility")
class CheckCreationEligibility implements JavaDelegate {

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

    @Override
    public void execute(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Park park = parks.findById(creation.getParkId()).orElseThrow();
        Instant now = AppClock.now();
        LocalDate today = now.atZone(RegisterCreation.SHANGHAI).toLocalDate();
        ParkEligibility.Verdict verdict = eligibility.check(park, ParkEligibility.Stage.CREATION, today);
        if (verdict.eligible()) {
            lifecycle.startApplying(park.getId(), creation.getParkName(), today, now, creation.getApplicant(), creation.getCaseNo());
        } else {
            creation.refuseAsIneligible(verdict.reason(), now);
            cases.save(creation);
        }
        execution.setVariable("eligible", verdict.eligible());
    }
}
