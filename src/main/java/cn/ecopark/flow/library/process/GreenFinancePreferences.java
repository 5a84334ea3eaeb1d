package cn.ecopark.flow.library.process;

import cn.ecopark.flow.library.Preferences;
import cn.ecopark.flow.library.Priority;
import cn.ecopark.flow.library.ProjectData;
import cn.ecopark.flow.park.ParkStatus;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which of measure 12's preferences (priority in loan review, in disbursement, preferential rate, term
 * extension) a project admitted to the green-finance library qualifies for, and its priority there. The
 * rules are the decision table {@code green-finance-preferences}.
 *
 * <p>Called from Java rather than as a business-rule task: nothing routes on the answer; it is stored on the intake
 * (priority, the four preferences, the note) when finsup admits the project, and the table reads the project and its
 * park's standing, which the process does not carry.
 */
@Component
class GreenFinancePreferences {

    static final String DECISION_KEY = "green-finance-preferences";

    private final DecisionService decisions;

    GreenFinancePreferences(DecisionService decisions) {
        this.decisions = decisions;
    }

    Preferences decide(ProjectData project, ParkStatus parkStatus, boolean inPollutionLibrary) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("parkStatus", parkStatus.name())
                        .putValue("readiness", project.readiness().name())
                        .putValue("projectType", project.projectType().name())
                        .putValue("inPollutionLibrary", inPollutionLibrary))
                .evaluate().getSingleResult();
        return new Preferences(Priority.parse(result.getEntry("priority")).orElseThrow(),
                Boolean.TRUE.equals(result.getEntry("priorityReview")),
                Boolean.TRUE.equals(result.getEntry("priorityDisbursement")),
                Boolean.TRUE.equals(result.getEntry("preferentialRate")),
                Boolean.TRUE.equals(result.getEntry("termExtension")),
                result.getEntry("note"));
    }
}
