package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the decision table {@code violation-sanction} reads, given by the input mapping of the business-rule task
 * 拟定处理方式 ({@code proposeSanction}): the park's status when the violation was reported. The table proposes what
 * measure 17 does to the park (revoke a named park's title, strike a park under construction off, or keep the
 * violation on record), which routes the case; {@link RecordProposedSanction} records it on the violation. Public only
 * for the engine's expression language.
 */
@Component("proposeSanction")
public class ProposeSanction {

    private final Violations violations;

    ProposeSanction(Violations violations) {
        this.violations = violations;
    }

    public String parkStatus(DelegateExecution execution) {
        return violations.of(execution).getParkStatus().name();
    }
}
