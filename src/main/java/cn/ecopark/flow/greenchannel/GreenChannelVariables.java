package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.Instant;
import java.util.Date;

/**
 * The process variables of {@code green-channel-approval}, beside the model: every name its code reads or writes, and
 * typed readers. The shared case variables ({@code applicant}, {@code caseNo}, {@code caseTitle}, {@code cityName}) are
 * {@link CaseVariables}'. Not here: the fields of the forms (the forms declare them, {@code FormFields} reads them and the
 * step removes them), the inputs of the decision tables (the model's input parameters or the Java call name them) and
 * what a task shows of the project (task-local, {@code ShowGreenChannelOnTask}).
 *
 * <p>Where each routed variable is set, as Modeler shows it: {@link #ELIGIBLE} is the result variable of the service task
 * {@code checkEligibility}, {@link #ACCEPT_PROJECT_DECISION} and {@link #AGENCY_REVIEW_DECISION} are output mappings of
 * their steps ({@code ${decision}}), {@link #PROJECT_RESULT} is the result variable of the business-rule task
 * {@code decideProjectResult}.
 */
public final class GreenChannelVariables {

    /** The project's id ({@link GreenChannelProject}), written once when the project is registered. */
    public static final String PROJECT_ID = "projectId";
    /** The agency's group id in one instance of the parallel review: the multi-instance element variable (加签 sets it too). */
    public static final String AGENCY = "agency";
    /** Whether the project may enter the green channel: {@code checkEligibility}'s result, tested by {@code eligibleGateway}. */
    public static final String ELIGIBLE = "eligible";
    /** The window's outcome (ACCEPT, ACCEPT_WITH_DEFICIENCY), mapped out of {@code acceptProject}; {@code deficiencyGateway} tests it. */
    public static final String ACCEPT_PROJECT_DECISION = "acceptProjectDecision";
    /** End of the 容缺 deadline's last working day: due date and timer of {@code supplyMissingDocuments}. */
    public static final String COMMITMENT_DUE = "commitmentDue";
    /** An agency's outcome, mapped out of {@code agencyReview} into that agency's review scope; {@code reviewDecisionGateway} tests it. */
    public static final String AGENCY_REVIEW_DECISION = "agencyReviewDecision";
    /** End of the agency's deadline day: its review task's due date and expiry timer (local to the agency's review). */
    public static final String REVIEW_DUE = "reviewDue";
    /** End of the last working day before the deadline: the reminder timer (local to the agency's review). */
    public static final String REMINDER_DUE = "reminderDue";
    /** What {@code green-channel-project-result} derived from the agencies' decisions: AGREE, AGREE_WITH_CONDITIONS or DISAGREE. */
    public static final String PROJECT_RESULT = "projectResult";
    /** Task-local notes on an agency's open review task: one working day left, and the limit expired. */
    public static final String DEADLINE_REMINDER_NOTE = "deadlineReminder";
    public static final String OVERDUE_NOTE = "overdueNotice";


    private GreenChannelVariables() {
    }

    public static long projectId(VariableScope scope) {
        return CaseVariables.requiredId(scope, PROJECT_ID);
    }

    public static void setProjectId(VariableScope scope, long projectId) {
        scope.setVariable(PROJECT_ID, projectId);
    }

    /** The agency whose review this scope belongs to. */
    public static String agency(VariableScope scope) {
        String agency = CaseVariables.text(scope, AGENCY);
        if (agency == null) {
            throw new IllegalStateException("Not inside an agency's review: no variable " + AGENCY);
        }
        return agency;
    }

    /** The agency's outcome at {@code agencyReview}, as its output mapping left it. */
    public static Outcome agencyReviewDecision(VariableScope scope) {
        return outcome(scope, AGENCY_REVIEW_DECISION);
    }

    /** The project's result as the decision table derived it. */
    public static Outcome projectResult(VariableScope scope) {
        return outcome(scope, PROJECT_RESULT);
    }

    /** The 容缺 deadline: an instant (end of the day), since the timer fires at it. */
    public static void setCommitmentDue(VariableScope scope, Instant at) {
        scope.setVariable(COMMITMENT_DUE, Date.from(at));
    }

    /**
     * Opens an agency's review (first time or resumed): its due dates, instants read by the task and both timers, and
     * its outcome, declared empty here so that each agency's outcome stays in its own scope.
     */
    public static void openReview(VariableScope scope, Instant reviewDue, Instant reminderDue) {
        scope.setVariableLocal(REVIEW_DUE, Date.from(reviewDue));
        scope.setVariableLocal(REMINDER_DUE, Date.from(reminderDue));
        scope.setVariableLocal(AGENCY_REVIEW_DECISION, null);
    }

    private static Outcome outcome(VariableScope scope, String name) {
        String code = CaseVariables.text(scope, name);
        return Outcome.parse(code == null ? "" : code)
                .orElseThrow(() -> new IllegalStateException("The case carries no valid " + name + " (" + code + ")"));
    }
}
