package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A construction year has passed: a park still approved to build (or in its acceptance application) owes its
 * yearly progress report; a park named, struck off or otherwise out of the construction stage ends the period.
 */
@Component("checkConstructionStanding")
class CheckConstructionStanding implements JavaDelegate {

    private final ParkCreations cases;
    private final ParkRepository parks;

    CheckConstructionStanding(ParkCreations cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Park park = parks.findById(creation.getParkId()).orElseThrow();
        boolean stillBuilding = park.getStatus() == ParkStatus.APPROVED_TO_BUILD || park.getStatus() == ParkStatus.APPLYING;
        if (!stillBuilding) {
            creation.constructionEnded(AppClock.now());
            cases.save(creation);
        }
        execution.setVariable("stillBuilding", stillBuilding);
    }
}
