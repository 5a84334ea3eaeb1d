package cn.ecopark.flow.subsidy;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Shows finance the amount awarded (and still outstanding) on the disbursement form, computed when the form is read
 * (see {@link TaskDisplay}).
 */
@Component("showSubsidyOnTask")
class ShowSubsidyOnTask implements TaskDisplay {

    static final String AWARDED = "subsidyAwardedAmount";
    static final String OUTSTANDING = "subsidyOutstandingAmount";

    private final SubsidyRepository subsidies;

    ShowSubsidyOnTask(SubsidyRepository subsidies) {
        this.subsidies = subsidies;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of("park-application");
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        if (!form.reads(AWARDED) && !form.reads(OUTSTANDING)) {
            return Map.of(); // only the disbursement form shows the award
        }
        return subsidies.findByApplicationNo(CaseVariables.caseNo(task))
                .<Map<String, Object>>map(subsidy -> Map.of(AWARDED, subsidy.getAwardedAmount().doubleValue(),
                        OUTSTANDING, subsidy.outstanding().doubleValue()))
                .orElse(Map.of());
    }
}
