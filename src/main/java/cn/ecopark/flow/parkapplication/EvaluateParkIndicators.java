package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores the application against the index system of measure 2: each indicator is a decision table of
 * park-evaluation.dmn, and the verdict table turns the total and the failed count into a recommendation
 * that the ecology reviewer sees when confirming the naming.
 */
@Component("evaluateParkIndicators")
class EvaluateParkIndicators implements JavaDelegate {

    static final String VERDICT_DECISION = "park-evaluation-verdict";

    private final ParkApplications cases;
    private final DecisionService decisions;

    EvaluateParkIndicators(ParkApplications cases, DecisionService decisions) {
        this.cases = cases;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        VariableMap inputs = Variables.createVariables()
                .putValue("carbonIntensityReductionPct", application.getCarbonIntensityReductionPct().doubleValue())
                .putValue("threeLinesCompliant", application.isThreeLinesCompliant())
                .putValue("greenIslandFacilities", application.getGreenIslandFacilities())
                .putValue("planningEiaStatus", application.getPlanningEiaStatus().name());

        List<IndicatorScore> scores = new ArrayList<>();
        for (String indicator : IndicatorNames.BY_DECISION.keySet().stream().sorted().toList()) {
            DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(indicator).variables(inputs).evaluate()
                    .getSingleResult();
            scores.add(new IndicatorScore(indicator, ((Number) result.getEntry("score")).intValue(),
                    Boolean.TRUE.equals(result.getEntry("passed")), result.getEntry("note")));
        }
        int total = scores.stream().mapToInt(IndicatorScore::score).sum();
        long failed = scores.stream().filter(s -> !s.passed()).count();
        DmnDecisionResultEntries verdict = decisions.evaluateDecisionByKey(VERDICT_DECISION)
                .variables(Variables.createVariables().putValue("totalScore", total).putValue("failedIndicatorCount", (int) failed))
                .evaluate().getSingleResult();

        application.evaluated(scores, total, verdict.getEntry("verdict"));
        cases.save(application);
        execution.setVariable("evaluationVerdict", verdict.getEntry("verdict"));
    }
}
