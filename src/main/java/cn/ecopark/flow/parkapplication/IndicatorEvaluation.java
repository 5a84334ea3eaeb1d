package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a park's figures against the index system of measure 2: each indicator is a decision table of
 * park-evaluation.dmn, and the verdict table turns the total and the failed count into a recommendation.
 * The application uses it before naming, the biennial re-inspection every two years after.
 */
@Component
public class IndicatorEvaluation {

    static final String VERDICT_DECISION = "park-evaluation-verdict";
    static final String RECOMMEND = "RECOMMEND";

    private final DecisionService decisions;

    IndicatorEvaluation(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Result evaluate(IndicatorValues values) {
        VariableMap inputs = Variables.createVariables()
                .putValue("carbonIntensityReductionPct", values.carbonIntensityReductionPct().doubleValue())
                .putValue("threeLinesCompliant", values.threeLinesCompliant())
                .putValue("greenIslandFacilities", values.greenIslandFacilities())
                .putValue("planningEiaStatus", values.planningEiaStatus().name());

        List<IndicatorScore> scores = new ArrayList<>();
        for (String indicator : IndicatorNames.BY_DECISION.keySet().stream().sorted().toList()) {
            DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(indicator).variables(inputs).evaluate()
                    .getSingleResult();
            scores.add(new IndicatorScore(indicator, ((Number) result.getEntry("score")).intValue(),
                    Boolean.TRUE.equals(result.getEntry("passed")), result.getEntry("note")));
        }
        int total = scores.stream().mapToInt(IndicatorScore::score).sum();
        int failed = (int) scores.stream().filter(s -> !s.passed()).count();
        DmnDecisionResultEntries verdict = decisions.evaluateDecisionByKey(VERDICT_DECISION)
                .variables(Variables.createVariables().putValue("totalScore", total).putValue("failedIndicatorCount", failed))
                .evaluate().getSingleResult();
        return new Result(scores, total, failed, verdict.getEntry("verdict"));
    }

    /** The indicator scores, their total, how many failed, and the verdict table's recommendation. */
    public record Result(List<IndicatorScore> scores, int totalScore, int failedIndicatorCount, String verdict) {

        /** The index system is met: the verdict table recommends (every indicator passed, total high enough). */
        public boolean met() {
            return RECOMMEND.equals(verdict);
        }
    }
}
