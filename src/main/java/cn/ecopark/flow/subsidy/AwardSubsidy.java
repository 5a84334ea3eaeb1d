package cn.ecopark.flow.subsidy;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.parkapplication.ParkApplicationVariables;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Finance's award decision (measure 10). The cap (3,000,000 per park over its whole life, counted by the park's
 * identity) is the decision table {@code subsidy-cap}; an amount it
 * refuses is answered with its message and nothing is stored, so the clerk corrects the form and submits again.
 *
 * <p>The table is evaluated here, not by a business-rule task in the model: it checks finance's submission before the
 * step completes (a business-rule task would run only after it), and its answer routes nothing; what it lets through
 * is stored as the {@link Subsidy}. The gateway after the step routes on the step's own outcome (decideSubsidyDecision).
 */
@Component("awardSubsidy")
class AwardSubsidy implements TaskListener {

    private final DecisionService decisions;
    private final SubsidyRepository subsidies;

    AwardSubsidy(DecisionService decisions, SubsidyRepository subsidies) {
        this.decisions = decisions;
        this.subsidies = subsidies;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = TaskSubmission.value(task, TaskSubmission.DECISION);
        BigDecimal amount = FormFields.of(task).optionalNumber("subsidyAmount", "补助金额").orElse(null);
        long parkId = ParkApplicationVariables.parkId(task);
        // The cap is the park's, over its whole life: a park revoked and named again shares it with its first naming.
        BigDecimal alreadyAwarded = subsidies.findByParkId(parkId).stream().map(Subsidy::getAwardedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // The table's inputs (processes/subsidy-cap.dmn), not process variables.
        DmnDecisionResultEntries check = decisions.evaluateDecisionByKey("subsidy-cap")
                .variables(Variables.createVariables()
                        .putValue("subsidyDecision", decision == null ? null : decision.toString())
                        .putValue("subsidyAmount", amount == null ? null : amount.doubleValue())
                        .putValue("alreadyAwarded", alreadyAwarded.doubleValue()))
                .evaluate().getSingleResult();
        if (check == null || !Boolean.TRUE.equals(check.getEntry("accepted"))) {
            throw new InvalidInput(check == null ? "decision：请选择核定结论" : check.getEntry("message"));
        }
        boolean award = "AWARD".equals(decision);
        String applicationNo = CaseVariables.caseNo(task);
        if (subsidies.findByApplicationNo(applicationNo).isPresent()) {
            throw new IllegalStateException("Subsidy already decided for " + applicationNo);
        }
        subsidies.save(Subsidy.decided(parkId, applicationNo,
                decision.toString(), award ? amount : BigDecimal.ZERO, Actor.of(task),
                AppClock.now()));
        task.getExecution().removeVariable("subsidyAmount");
    }
}
