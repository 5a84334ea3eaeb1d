package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * 限期整改: the park failed its re-inspection and has the configured period (six months unless set otherwise)
 * to rectify. The deadline is fixed now; the process's timer re-checks the park when it passes.
 */
@Component("orderRectification")
class OrderRectification implements JavaDelegate {

    private final Reviews reviews;
    private final SupervisionProperties properties;

    OrderRectification(Reviews reviews, SupervisionProperties properties) {
        this.reviews = reviews;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        Instant deadline = AppClock.now().atZone(AppClock.ZONE).plus(properties.rectificationPeriod()).toInstant();
        review.rectificationOrdered(deadline);
        reviews.save(review);
        SupervisionVariables.setDeadline(execution, SupervisionVariables.RECTIFICATION_DEADLINE, deadline);
    }
}
