package cn.ecopark.flow.library;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the two library workflows, {@code pollution-library-intake} and {@code green-finance-intake}, beyond
 * those every case carries ({@link CaseVariables}: case number, title, city name, applicant). One class for both: the
 * two intakes share their registration, their project record and their refusal, so they share the project's id.
 * Every variable a gateway reads is set where Modeler shows it (a step's output mapping, a business-rule task's or a
 * service task's result variable); the names below are those the models use.
 */
public final class LibraryVariables {

    /** The {@link LibraryProject} the case is about: written by {@code registerProject}, read by every step after it. */
    public static final String PROJECT_ID = "projectId";

    // pollution-library-intake (measure 11)

    /** Whether the project meets the entry conditions: the result of checkEntryConditions ({@code checkPollutionEntry.eligible}). */
    public static final String ELIGIBLE = "eligible";
    /** Whether the project is mature (条件成熟, funded first): the result of readMaturity ({@code checkPollutionEntry.mature}). */
    public static final String MATURE = "mature";
    /** ecology's entry review (APPROVE / REJECT), mapped out of ecologyEntryReview. */
    public static final String ECOLOGY_ENTRY_REVIEW_DECISION = "ecologyEntryReviewDecision";
    /** finance's funding decision (FUND / NO_FUND / REJECT), mapped out of financeFundingReview. */
    public static final String FINANCE_FUNDING_REVIEW_DECISION = "financeFundingReviewDecision";

    // green-finance-intake (measure 12)

    /** ecology's recommendation (AGREE / DISAGREE), mapped out of ecologyRecommendation; the table green-finance-recommendation reads it. */
    public static final String ECOLOGY_RECOMMENDATION_DECISION = "ecologyRecommendationDecision";
    /** reform's recommendation (AGREE / DISAGREE), mapped out of reformRecommendation; the same table reads it. */
    public static final String REFORM_RECOMMENDATION_DECISION = "reformRecommendationDecision";
    /** Whether both recommended: the result of the business-rule task summarizeRecommendations. */
    public static final String RECOMMENDED = "recommended";
    /** finsup's admission (APPROVE / REJECT), mapped out of finsupAdmission. */
    public static final String FINSUP_ADMISSION_DECISION = "finsupAdmissionDecision";

    private LibraryVariables() {
    }

    /** The project's id; every step after registration needs it, so its absence is a model error. */
    public static long projectId(VariableScope scope) {
        return CaseVariables.requiredId(scope, PROJECT_ID);
    }

    /** Writes what registration decides: the project and the case's identity (library cases have no city step, so no city group). */
    public static void registered(VariableScope scope, long projectId, String caseNo, String caseTitle, String cityName) {
        scope.setVariable(PROJECT_ID, projectId);
        scope.setVariable(CaseVariables.CASE_NO, caseNo);
        scope.setVariable(CaseVariables.CASE_TITLE, caseTitle);
        scope.setVariable(CaseVariables.CITY_NAME, cityName);
    }

    /**
     * Whether the case was refused by the pollution library's entry check (rather than by an agency): only that intake
     * has the check, so a case without the variable did not fail it.
     */
    public static boolean failedEntryCheck(VariableScope scope) {
        return scope.hasVariable(ELIGIBLE) && !CaseVariables.flag(scope, ELIGIBLE);
    }
}
