package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The notice ran its course: the park is named, with today's date, and the application is closed. */
@Component("nameThePark")
class NameThePark implements JavaDelegate {

    private final ParkApplications cases;
    private final ParkRepository parks;

    NameThePark(ParkApplications cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Park park = parks.findById(application.getParkId()).orElseThrow();
        park.name(now.atZone(RegisterApplication.SHANGHAI).toLocalDate(), now, "system", application.getApplicationNo());
        parks.save(park);
        application.named(now);
        cases.save(application);
    }
}
