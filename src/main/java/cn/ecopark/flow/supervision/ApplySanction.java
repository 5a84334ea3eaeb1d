package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ecology decided to sanction (measure 17): a named park loses its title; a park under construction is struck off
 * and may not apply again for three years. The model draws the two as separate steps; both run this.
 */
@Component("applySanction")
class ApplySanction implements JavaDelegate {

    private final Violations violations;
    private final ParkSanctions sanctions;
    private final SanctionProcedures procedures;

    ApplySanction(Violations violations, ParkSanctions sanctions, SanctionProcedures procedures) {
        this.violations = violations;
        this.sanctions = sanctions;
        this.procedures = procedures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Violation violation = violations.of(execution);
        procedures.requireCompletedBeforeSanction(execution.getProcessInstanceId());
        String decidedBy = Actor.of(execution);
        switch (violation.getSanction()) {
            case REVOKE_TITLE -> sanctions.revoke(violation.getParkId(), violation.getCaseNo(), violation.sanctionReason(), decidedBy);
            case STRIKE_OFF -> sanctions.strikeOff(violation.getParkId(), violation.getCaseNo(), violation.sanctionReason(), decidedBy);
            case RECORD_ONLY -> throw new IllegalStateException("Nothing to apply for " + violation.getCaseNo());
        }
        violation.sanctioned(decidedBy, AppClock.now());
        violations.save(violation);
    }
}
