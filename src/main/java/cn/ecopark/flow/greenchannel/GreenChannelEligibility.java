package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.park.Park;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * May a project of this park enter the green channel? Only a key construction project (on a listed key-project
 * list, with its 文号) of a park that is named or approved to build; the
 * rule and the reason the applicant reads are the decision table {@code green-channel-eligibility}.
 */
@Component
public class GreenChannelEligibility {

    static final String DECISION_KEY = "green-channel-eligibility";

    private final DecisionService decisions;

    GreenChannelEligibility(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * Called from Java, not a business-rule task: the table's reason is stored on the project (the applicant's notice
     * reads it), so one step decides and stores; the model shows the verdict as {@code checkEligibility}'s result
     * variable {@code eligible}.
     *
     * @param park the park the project is in, or null when no park of that name is registered in that city
     */
    public Verdict check(Park park, KeyProjectBasis keyProjectBasis) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("parkStatus", park == null ? null : park.getStatus().name());
        inputs.put("keyProjectBasis", keyProjectBasis == null ? null : keyProjectBasis.name());
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate()
                .getSingleResult();
        String reason = result.getEntry("reason");
        return new Verdict(Boolean.TRUE.equals(result.getEntry("eligible")), reason == null ? "" : reason);
    }

    public record Verdict(boolean eligible, String reason) {
    }
}
