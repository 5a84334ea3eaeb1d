package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Opens the public notice (公示) for the configured period. The end is fixed once, so an objection that is
 * dismissed returns the case to the same notice rather than starting the clock again.
 */
@Component("startPublicNotice")
class StartPublicNotice implements JavaDelegate {

    private final ParkApplications cases;
    private final ParkApplicationProperties properties;

    StartPublicNotice(ParkApplications cases, ParkApplicationProperties properties) {
        this.cases = cases;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        Instant endsAt = AppClock.now().plus(properties.publicNoticePeriod());
        application.publicNoticeUntil(endsAt);
        cases.save(application);
        ParkApplicationVariables.setPublicNoticeEndsAt(execution, endsAt);
    }
}
