package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ecology decided not to sanction (its reason is in the approval record): the case closes, the park keeps its standing. */
@Component("closeWithoutSanction")
class CloseWithoutSanction implements JavaDelegate {

    private final Violations violations;

    CloseWithoutSanction(Violations violations) {
        this.violations = violations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Violation violation = violations.of(execution);
        violation.notSanctioned(Actor.of(execution), AppClock.now());
        violations.save(violation);
    }
}
