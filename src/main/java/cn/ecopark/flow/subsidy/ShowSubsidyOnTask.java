package cn.ecopark.flow.subsidy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows finance the amount awarded (and still outstanding) on the disbursement task. */
@Component("showSubsidyOnTask")
class ShowSubsidyOnTask implements TaskListener {

    private final SubsidyRepository subsidies;

    ShowSubsidyOnTask(SubsidyRepository subsidies) {
        this.subsidies = subsidies;
    }

    @Override
    public void notify(DelegateTask task) {
        subsidies.findByApplicationNo((String) task.getVariable("caseNo")).ifPresent(subsidy -> {
            task.setVariableLocal("subsidyAwardedAmount", subsidy.getAwardedAmount().doubleValue());
            task.setVariableLocal("subsidyOutstandingAmount", subsidy.outstanding().doubleValue());
        });
    }
}
