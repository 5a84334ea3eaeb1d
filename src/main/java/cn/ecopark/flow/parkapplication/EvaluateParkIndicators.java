package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores the application against the index system of measure 2 (see {@link IndicatorEvaluation}); the
 * ecology reviewer sees the recommendation when confirming the naming.
 */
@Component("evaluateParkIndicators")
class EvaluateParkIndicators implements JavaDelegate {

    private final ParkApplications cases;
    private final IndicatorEvaluation evaluation;

    EvaluateParkIndicators(ParkApplications cases, IndicatorEvaluation evaluation) {
        this.cases = cases;
        this.evaluation = evaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        IndicatorEvaluation.Result result = evaluation.evaluate(new IndicatorValues(application.getCarbonIntensityReductionPct(),
                application.isThreeLinesCompliant(), application.getGreenIslandFacilities(), application.getPlanningEiaStatus()));
        application.evaluated(result.scores(), result.totalScore(), result.verdict());
        cases.save(application);
        execution.setVariable("evaluationVerdict", result.verdict());
    }
}
