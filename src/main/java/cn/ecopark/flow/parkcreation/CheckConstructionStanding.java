package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 核对建设状态, when a construction year has passed: a park still approved to build (or in its acceptance application)
 * owes its yearly progress report; a park named, struck off or otherwise out of the construction stage ends the
 * period. The model keeps the answer as {@code stillBuilding} (the service task's result variable).
 */
@Component("checkConstructionStanding")
public class CheckConstructionStanding {

    private final ParkCreations cases;
    private final ParkRepository parks;

    CheckConstructionStanding(ParkCreations cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    /** {@code ${checkConstructionStanding.stillBuilding(execution)}}: an ended period is recorded with the application. */
    public boolean stillBuilding(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Park park = parks.findById(creation.getParkId()).orElseThrow();
        boolean stillBuilding = park.getStatus() == ParkStatus.APPROVED_TO_BUILD || park.getStatus() == ParkStatus.APPLYING;
        if (!stillBuilding) {
            creation.constructionEnded(AppClock.now());
            cases.save(creation);
        }
        return stillBuilding;
    }
}
