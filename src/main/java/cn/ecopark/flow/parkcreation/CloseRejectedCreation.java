package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.ParkLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Closes a creation application that the experts, the joint review or ecology did not approve. */
@Component("closeRejectedCreation")
class CloseRejectedCreation implements JavaDelegate {

    private final ParkCreations cases;
    private final ParkLifecycle parks;

    CloseRejectedCreation(ParkCreations cases, ParkLifecycle parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkCreation creation = cases.of(execution);
        Instant now = AppClock.now();
        creation.rejected(now);
        cases.save(creation);
        parks.closeApplication(creation.getParkId(), now, "system", creation.getCaseNo(), "创建申请不予批准");
    }
}
