package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.DecisionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the application in step with the decisions taken on it: a return for correction carries its
 * reasons to the applicant, a conditional approval leaves its conditions on the application.
 */
@Component
class ApplicationDecisions {

    static final String PROCESS_KEY = "park-application";

    private final ParkApplicationRepository applications;

    ApplicationDecisions(ParkApplicationRepository applications) {
        this.applications = applications;
    }

    @EventListener
    void on(DecisionRecorded event) {
        ApprovalRecord record = event.record();
        if (!PROCESS_KEY.equals(record.caseType())) {
            return;
        }
        ParkApplication application = applications.findByProcessInstanceId(record.processInstanceId()).orElseThrow();
        switch (record.outcome()) {
            case RETURN_FOR_CORRECTION -> application.requestCorrection(record.comment() != null ? record.comment() : record.basis());
            case AGREE_WITH_CONDITIONS -> application.keepCondition(record.agency(), record.conditions());
            case PASS -> application.moveTo(ApplicationStatus.JOINT_REVIEW);
            case DISMISS -> application.moveTo(ApplicationStatus.PUBLIC_NOTICE);
            default -> {
                return;
            }
        }
        applications.save(application);
    }
}
