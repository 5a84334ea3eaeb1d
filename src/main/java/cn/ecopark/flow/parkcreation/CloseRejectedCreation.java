package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Closes a creation application that the experts, the joint review or ecology did not approve. */
@Component("closeRejectedCreation")
class CloseRejectedCreation implements JavaDelegate {

    private final ParkCreations cases;
    private final ParkRepository parks;

    CloseRejectedCreation(ParkCreations cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Instant now = AppClock.now();
        creation.rejected(now);
        cases.save(creation);
        Park park = parks.findById(creation.getParkId()).orElseThrow();
        park.applicationClosed(now, "system", creation.getCaseNo(), "创建申请不予批准");
        parks.save(park);
    }
}
