package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.ParkLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Closes an application that was turned down at any step; the park returns to where it stood before. */
@Component("closeRejectedApplication")
class CloseRejectedApplication implements JavaDelegate {

    private final ParkApplications cases;
    private final ParkLifecycle parks;

    CloseRejectedApplication(ParkApplications cases, ParkLifecycle parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant now = AppClock.now();
        application.rejected(now);
        cases.save(application);
        parks.closeApplication(application.getParkId(), now, "system", application.getApplicationNo(), "创建申请不予通过");
    }
}
