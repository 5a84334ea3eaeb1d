package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Closes an application that was turned down at any step; the park returns to where it stood before. */
@Component("closeRejectedApplication")
class CloseRejectedApplication implements JavaDelegate {

    private final ParkApplications cases;
    private final ParkRepository parks;

    CloseRejectedApplication(ParkApplications cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant now = AppClock.now();
        application.rejected(now);
        cases.save(application);
        Park park = parks.findById(application.getParkId()).orElseThrow();
        park.applicationClosed(now, "system", application.getApplicationNo(), "创建申请不予通过");
        parks.save(park);
    }
}
