package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.ParkNamed;
import cn.ecopark.flow.park.ParkLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice ran its course: the park is named, with today's date, and the application is closed. Supervision
 * learns of it through {@link ParkNamed}.
 */
@Component("nameThePark")
class NameThePark implements JavaDelegate {

    private final ParkApplications cases;
    private final ParkLifecycle parks;

    NameThePark(ParkApplications cases, ParkLifecycle parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant now = AppClock.now();
        LocalDate namedOn = LocalDate.ofInstant(now, AppClock.ZONE);
        parks.name(application.getParkId(), namedOn, now, "system", application.getApplicationNo(), application.getApplicant());
        application.named(now);
        cases.save(application);
    }
}
