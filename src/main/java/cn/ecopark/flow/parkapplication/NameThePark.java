package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkNamed;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ParkRepository parks;
    private final ApplicationEventPublisher events;

    NameThePark(ParkApplications cases, ParkRepository parks, ApplicationEventPublisher events) {
        this.cases = cases;
        this.parks = parks;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant now = AppClock.now();
        Park park = parks.findById(application.getParkId()).orElseThrow();
        LocalDate namedOn = now.atZone(RegisterApplication.SHANGHAI).toLocalDate();
        park.name(namedOn, now, "system", application.getApplicationNo());
        parks.save(park);
        application.named(now);
        cases.save(application);
        events.publishEvent(new ParkNamed(park.getId(), namedOn, application.getApplicationNo(), application.getApplicant()));
    }
}
