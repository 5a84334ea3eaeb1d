package cn.ecopark.flow.park;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * May this park apply to be approved to build, or (once approved) to be named? The rule itself (already named,
 * already applying, struck off less than three years ago under measure 17, not yet approved) is the decision table {@code park-eligibility}; this feeds it the park.
 *
 * <p>Evaluated here, not by a business-rule task in the model: the verdict is stored in the domain (the reason on the
 * refused application, the park's start of applying), and its inputs are the park's standing, not process variables.
 * The models show what routes: the eligibility step's service task keeps the returned flag as {@code eligible}.
 */
@Component
public class ParkEligibility {

    public static final String DECISION_KEY = "park-eligibility";

    private final DecisionService decisions;

    public ParkEligibility(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Which application the park files: to be approved to build (创建) or, once approved, to be named (验收). */
    public enum Stage {
        CREATION, ACCEPTANCE
    }

    public Verdict check(Park park, Stage stage, LocalDate applicationDate) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("stage", stage.name());
        inputs.put("parkStatus", park.getStatus().name());
        inputs.put("hasOpenApplication", park.getStatus() == ParkStatus.APPLYING);
        inputs.put("struckOffOn", park.getStruckOffOn() == null ? null : park.getStruckOffOn().toString());
        inputs.put("applicationDate", applicationDate.toString());
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate()
                .getSingleResult();
        boolean eligible = Boolean.TRUE.equals(result.getEntry("eligible"));
        String reason = result.getEntry("reason");
        return new Verdict(eligible, reason == null ? "" : reason);
    }

    public record Verdict(boolean eligible, String reason) {
    }
}
