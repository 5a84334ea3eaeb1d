package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.parkapplication.ParkFilings;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of park-creation (生态工业园区创建申请, processes/park-creation.bpmn) besides the ones every case carries
 * ({@link CaseVariables}): the ids the system writes when it registers the case, and what the gateways route on.
 * Form fields are not listed: the forms name them and {@code FormFields} reads them.
 */
final class ParkCreationVariables {

    /** The creation application ({@link ParkCreation}) the case is about; every step finds it by this. */
    static final String CREATION_ID = "creationId";
    /** The park that filed (its registry entry). */
    static final String PARK_ID = "parkId";

    // What the gateways route on. Each is set where the model shows it: a service task's or business-rule task's
    // result variable, or a step's outcome mapped out on its Inputs/Outputs tab (name = ${decision}).

    /** 申请资格审查's result: may the park apply to be approved to build. */
    static final String ELIGIBLE = "eligible";
    /** 组织专家评审: PASS or REJECT. */
    static final String EXPERT_REVIEW_DECISION = "expertReviewDecision";
    /** The three agencies' joint-review opinions, which the table joint-review-outcome reads. */
    static final String ECOLOGY_JOINT_REVIEW_DECISION = "ecologyJointReviewDecision";
    static final String SCIENCE_JOINT_REVIEW_DECISION = "scienceJointReviewDecision";
    static final String COMMERCE_JOINT_REVIEW_DECISION = "commerceJointReviewDecision";
    /** The table joint-review-outcome's verdict (AGREE, CONDITIONAL, DISAGREE), the result of 汇总联审意见. */
    static final String JOINT_REVIEW_OUTCOME = "jointReviewOutcome";
    /** 批准建设审定: APPROVE or REJECT. */
    static final String APPROVE_TO_BUILD_DECISION = "approveToBuildDecision";
    /** 核对建设状态's result: is the park still in its construction period. */
    static final String STILL_BUILDING = "stillBuilding";

    private ParkCreationVariables() {
    }

    static long creationId(VariableScope scope) {
        return CaseVariables.requiredId(scope, CREATION_ID);
    }

    /** What the process carries once the application is stored: its id, the park's, and the case's identity. */
    static void registered(VariableScope scope, long creationId, ParkFilings.Filing filing) {
        scope.setVariable(CREATION_ID, creationId);
        scope.setVariable(PARK_ID, filing.parkId());
        filing.identify(scope);
    }
}
