package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records on the violation the sanction the decision table {@code violation-sanction} proposed on 拟定处理方式 (its
 * outputs are mapped to {@code sanction} and {@code sanctionExplanation}); the explanation is kept on the violation only.
 */
@Component("recordProposedSanction")
class RecordProposedSanction implements JavaDelegate {

    private final Violations violations;

    RecordProposedSanction(Violations violations) {
        this.violations = violations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Sanction sanction = Sanction.parse(SupervisionVariables.sanction(execution));
        Violation violation = violations.of(execution);
        violation.proposed(sanction, SupervisionVariables.sanctionExplanation(execution));
        violations.save(violation);
        execution.removeVariable(SupervisionVariables.SANCTION_EXPLANATION);
    }
}
