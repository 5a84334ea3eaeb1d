package cn.ecopark.flow.subsidy;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 核对未拨付余额, after each recorded payment: is part of the award still to be paid? The model keeps the answer as
 * {@code subsidyOutstanding} (the service task's result variable) and loops back to 登记资金拨付 while it is true.
 */
@Component("subsidyBalance")
public class SubsidyBalance {

    private final SubsidyRepository subsidies;

    SubsidyBalance(SubsidyRepository subsidies) {
        this.subsidies = subsidies;
    }

    /** {@code ${subsidyBalance.outstanding(execution)}}. */
    public boolean outstanding(DelegateExecution execution) {
        String caseNo = CaseVariables.caseNo(execution);
        return subsidies.findByApplicationNo(caseNo)
                .orElseThrow(() -> new IllegalStateException("No subsidy decided for " + caseNo))
                .outstanding().signum() > 0;
    }
}
