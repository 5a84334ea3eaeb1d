package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Neither named nor approved to build: measure 17 has nothing to take away; the violation stays on record. */
@Component("recordViolationOnly")
class RecordViolationOnly implements JavaDelegate {

    private final Violations violations;

    RecordViolationOnly(Violations violations) {
        this.violations = violations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Violation violation = violations.of(execution);
        violation.recordedOnly(AppClock.now());
        violations.save(violation);
    }
}
