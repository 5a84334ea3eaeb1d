package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.Instant;
import java.util.Date;

/**
 * The variables of park-application (生态工业园区创建申报, processes/park-application.bpmn) besides the ones every case
 * carries ({@link CaseVariables}): the ids the system writes when it registers the case, the end of the public notice
 * the timer waits for, and what the gateways route on. The subsidy steps (核定创建奖补资金, 登记资金拨付) are part of this
 * workflow, so their variables are named here too. Form fields are not listed: the forms name them and
 * {@code FormFields} reads them.
 */
public final class ParkApplicationVariables {

    /** The application ({@link ParkApplication}) the case is about; every step finds it by this. */
    public static final String APPLICATION_ID = "applicationId";
    /** The park that filed (its registry entry); the subsidy cap is counted by it. */
    public static final String PARK_ID = "parkId";
    /** When the public notice (公示) ends: the timer 公示期满 fires then. A point in time, held as the engine's Date. */
    public static final String PUBLIC_NOTICE_ENDS_AT = "publicNoticeEndsAt";

    // What the gateways route on. Each is set where the model shows it: a service task's or business-rule task's
    // result variable, or a step's outcome mapped out on its Inputs/Outputs tab (name = ${decision}).

    /** 申报资格审查's result: may the park apply. */
    public static final String ELIGIBLE = "eligible";
    /** 市级初审: PASS, RETURN_FOR_CORRECTION or REJECT. */
    public static final String CITY_PRE_REVIEW_DECISION = "cityPreReviewDecision";
    /** The three agencies' joint-review opinions, which the table joint-review-outcome reads. */
    public static final String ECOLOGY_JOINT_REVIEW_DECISION = "ecologyJointReviewDecision";
    public static final String SCIENCE_JOINT_REVIEW_DECISION = "scienceJointReviewDecision";
    public static final String COMMERCE_JOINT_REVIEW_DECISION = "commerceJointReviewDecision";
    /** The table joint-review-outcome's verdict (AGREE, CONDITIONAL, DISAGREE), the result of 汇总联审意见. */
    public static final String JOINT_REVIEW_OUTCOME = "jointReviewOutcome";
    /** 联审分歧处理: RETURN_FOR_CORRECTION or REJECT. */
    public static final String RESOLVE_JOINT_DISAGREEMENT_DECISION = "resolveJointDisagreementDecision";
    /** 确认命名建议: APPROVE, RETURN_FOR_CORRECTION or REJECT. */
    public static final String CONFIRM_NAMING_DECISION = "confirmNamingDecision";
    /** 公示异议处理: DISMISS, RETURN_FOR_CORRECTION or REJECT. */
    public static final String REVIEW_OBJECTION_DECISION = "reviewObjectionDecision";
    /** 核定创建奖补资金: AWARD or NO_AWARD. */
    public static final String DECIDE_SUBSIDY_DECISION = "decideSubsidyDecision";
    /** 核对未拨付余额's result: is part of the award still to be paid. */
    public static final String SUBSIDY_OUTSTANDING = "subsidyOutstanding";

    private ParkApplicationVariables() {
    }

    public static long applicationId(VariableScope scope) {
        return CaseVariables.requiredId(scope, APPLICATION_ID);
    }

    public static long parkId(VariableScope scope) {
        return CaseVariables.requiredId(scope, PARK_ID);
    }

    /** What the process carries once the application is stored: its id, the park's, and the case's identity. */
    static void registered(VariableScope scope, long applicationId, ParkFilings.Filing filing) {
        scope.setVariable(APPLICATION_ID, applicationId);
        scope.setVariable(PARK_ID, filing.parkId());
        filing.identify(scope);
    }

    static void setPublicNoticeEndsAt(VariableScope scope, Instant endsAt) {
        scope.setVariable(PUBLIC_NOTICE_ENDS_AT, Date.from(endsAt));
    }
}
