package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.DecisionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

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
        // Only these outcomes change the application: the others (most decisions) load nothing.
        Consumer<ParkApplication> change = switch (record.outcome()) {
            case RETURN_FOR_CORRECTION -> a -> a.requestCorrection(record.comment() != null ? record.comment() : record.basis());
            case AGREE_WITH_CONDITIONS -> a -> a.keepCondition(record.agency(), record.conditions());
            case PASS -> a -> a.moveTo(ApplicationStatus.JOINT_REVIEW);
            case DISMISS -> a -> a.moveTo(ApplicationStatus.PUBLIC_NOTICE);
            default -> null;
        };
        if (change == null) {
            return;
        }
        ParkApplication application = applications.findByProcessInstanceId(record.processInstanceId()).orElseThrow();
        change.accept(application);
        applications.save(application);
    }
}
