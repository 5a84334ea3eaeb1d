package cn.ecopark.flow.parkcreation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the expert review, a joint review or the approval to build starts, moves the creation application to that
 * stage (what the applicant lookup, the case file and the dashboard show).
 */
@Component("moveCreationToStage")
class MoveCreationToStage implements TaskListener {

    private final ParkCreations cases;

    MoveCreationToStage(ParkCreations cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        ParkCreation creation = cases.of(task);
        CreationStatus stage = switch (task.getTaskDefinitionKey()) {
            case "expertReview" -> CreationStatus.EXPERT_REVIEW;
            case "ecologyJointReview", "scienceJointReview", "commerceJointReview" -> CreationStatus.JOINT_REVIEW;
            case "approveToBuild" -> CreationStatus.APPROVAL;
            default -> creation.getStatus();
        };
        if (stage != creation.getStatus()) {
            creation.moveTo(stage);
            cases.save(creation);
        }
    }
}
