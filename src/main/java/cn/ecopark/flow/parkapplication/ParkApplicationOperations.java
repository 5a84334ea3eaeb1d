package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.taskops.CaseOperationHooks;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * A park application under the case operations (taskops): a withdrawal closes it as a rejection does
 * ({@link CloseRejectedApplication}), the park returns to where it stood; a return puts its stage back to the step's.
 */
@Component
class ParkApplicationOperations implements CaseOperationHooks {

    /** The stage each user step belongs to; steps not listed keep the stage as it is. */
    private static final Map<String, ApplicationStatus> STAGE_OF_STEP = Map.of(
            "cityPreReview", ApplicationStatus.CITY_REVIEW,
            "correctApplication", ApplicationStatus.CORRECTION_REQUESTED,
            "ecologyJointReview", ApplicationStatus.JOINT_REVIEW,
            "scienceJointReview", ApplicationStatus.JOINT_REVIEW,
            "commerceJointReview", ApplicationStatus.JOINT_REVIEW,
            "resolveJointDisagreement", ApplicationStatus.NAMING_CONFIRMATION,
            "confirmNaming", ApplicationStatus.NAMING_CONFIRMATION);

    private final ParkApplicationRepository applications;
    private final ParkLifecycle parks;

    ParkApplicationOperations(ParkApplicationRepository applications, ParkLifecycle parks) {
        this.applications = applications;
        this.parks = parks;
    }

    @Override
    public String caseType() {
        return "park-application";
    }

    @Override
    public void withdrawn(String processInstanceId, Instant at, String by, String reason) {
        applications.findByProcessInstanceId(processInstanceId).ifPresent(application -> {
            application.withdrawn(at);
            applications.save(application);
            parks.closeApplication(application.getParkId(), at, by, application.getApplicationNo(), "申报单位撤回创建申请：" + reason);
        });
    }

    @Override
    public void returnedTo(String processInstanceId, String stepKey) {
        ApplicationStatus stage = STAGE_OF_STEP.get(stepKey);
        if (stage != null) {
            applications.findByProcessInstanceId(processInstanceId).ifPresent(application -> {
                application.moveTo(stage);
                applications.save(application);
            });
        }
    }
}
