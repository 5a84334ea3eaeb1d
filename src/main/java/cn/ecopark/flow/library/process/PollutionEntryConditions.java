package cn.ecopark.flow.library.process;

import cn.ecopark.flow.library.Priority;
import cn.ecopark.flow.library.ProjectData;
import cn.ecopark.flow.park.ParkStatus;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Does a project meet the pollution-prevention library's entry conditions, is it mature (条件成熟, funded
 * first under measure 11), and what priority to suggest to finance? The rules are the decision table
 * {@code pollution-library-entry}; this feeds it the project and its park's standing.
 *
 * <p>Called from Java rather than as a business-rule task: the table reads the project and its park, which the
 * process does not carry (it carries ids), and its whole verdict (maturity, suggested priority, the reasons) is kept
 * on the intake, where ecology's and finance's forms and a refusal read it. The model shows the flags it routes on as
 * the result variables of checkEntryConditions and readMaturity ({@link CheckPollutionEntry}).
 */
@Component
class PollutionEntryConditions {

    static final String DECISION_KEY = "pollution-library-entry";

    private final DecisionService decisions;

    PollutionEntryConditions(DecisionService decisions) {
        this.decisions = decisions;
    }

    Verdict check(ProjectData project, ParkStatus parkStatus) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("parkStatus", parkStatus.name())
                        .putValue("readiness", project.readiness().name())
                        .putValue("totalInvestment", project.totalInvestment().doubleValue())
                        .putValue("totalReduction", project.totalReduction().doubleValue()))
                .evaluate().getSingleResult();
        String priority = result.getEntry("suggestedPriority");
        return new Verdict(Boolean.TRUE.equals(result.getEntry("eligible")), Boolean.TRUE.equals(result.getEntry("mature")),
                priority == null ? null : Priority.parse(priority).orElseThrow(), result.getEntry("reason"));
    }

    record Verdict(boolean eligible, boolean mature, Priority suggestedPriority, String reason) {
    }
}
