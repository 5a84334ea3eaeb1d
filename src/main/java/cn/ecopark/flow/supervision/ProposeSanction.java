package cn.ecopark.flow.supervision;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * What measure 17 does to this park, by the decision table {@code violation-sanction}: revoke a named park's
 * title, strike a park under construction off, or (any other park) keep the violation on record.
 */
@Component("proposeSanction")
class ProposeSanction implements JavaDelegate {

    static final String DECISION = "violation-sanction";

    private final Violations violations;
    private final DecisionService decisions;

    ProposeSanction(Violations violations, DecisionService decisions) {
        this.violations = violations;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Violation violation = violations.of(execution);
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue("parkStatus", violation.getParkStatus().name()))
                .evaluate().getSingleResult();
        Sanction sanction = Sanction.parse(result.getEntry("sanction"));
        violation.proposed(sanction, result.getEntry("explanation"));
        violations.save(violation);
        execution.setVariable("sanction", sanction.name());
    }
}
