package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a task of the creation application is created: moves the case to that task's stage and puts what the
 * form shows on the task as task-local variables (they vanish with the task; the process keeps only ids).
 */
@Component("showCreationOnTask")
class ShowCreationOnTask implements TaskListener {

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final ParkCreations cases;
    private final ApprovalRecordRepository records;

    ShowCreationOnTask(ParkCreations cases, ApprovalRecordRepository records) {
        this.cases = cases;
        this.records = records;
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
            creation = cases.save(creation);
        }
        Map<String, Object> view = new HashMap<>();
        view.put("creditCode", creation.getCreditCode());
        view.put("parkName", creation.getParkName());
        view.put("parkTypeName", creation.getParkType().chineseName());
        view.put("areaKm2", creation.getAreaKm2().toPlainString());
        view.put("buildPlanSummary", creation.getBuildPlanSummary());
        view.put("attachmentNames", creation.getAttachmentNames());
        view.put("contactName", creation.getContactName());
        view.put("contactPhone", creation.getContactPhone());
        view.put("submittedAt", DATE_TIME.format(creation.getSubmittedAt()));
        view.put("statusName", creation.getStatus().chineseName());
        view.put("ineligibleReason", creation.getIneligibleReason());
        view.put("approvalSummary", creation.getApprovedOn() == null ? null
                : "批准建设：" + creation.getApprovedOn() + "，" + creation.getApprovalDocumentNo());
        view.put("progressYear", creation.getReports().size() + 1);
        view.put("opinionsSummary", opinions(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(task.getProcessInstanceId())));
        task.setVariablesLocal(view);
    }

    /** Every agency's latest opinion so far (expert review, joint review), side by side. */
    private static String opinions(List<ApprovalRecord> decisions) {
        Map<String, ApprovalRecord> latest = new LinkedHashMap<>();
        for (ApprovalRecord record : decisions) {
            if (record.outcome() != Outcome.ACKNOWLEDGED && record.outcome() != Outcome.SUBMITTED) {
                latest.put(record.stepKey(), record);
            }
        }
        return latest.values().stream().map(r -> "%s %s（%s）：%s。%s".formatted(r.stepName(),
                        StaffGroup.displayName(r.agency()), r.actor(), r.outcome().chineseName(),
                        r.basis() != null ? "依据：" + r.basis() : r.comment() == null ? "" : r.comment()))
                .collect(Collectors.joining("\n"));
    }
}
