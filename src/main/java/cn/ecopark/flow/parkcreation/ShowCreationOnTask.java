package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forms of the creation application's tasks show, computed when a form is read (see {@link TaskDisplay}):
 * the application, its stage, the approval to build and every opinion so far. The process keeps only ids; the stage
 * itself moves when a step starts ({@link MoveCreationToStage}).
 */
@Component("showCreationOnTask")
class ShowCreationOnTask implements TaskDisplay {

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final ParkCreations cases;
    private final ApprovalRecordRepository records;

    ShowCreationOnTask(ParkCreations cases, ApprovalRecordRepository records) {
        this.cases = cases;
        this.records = records;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ParkCreations.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        ParkCreation creation = cases.of(task);
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
        if (form.reads("opinionsSummary")) {
            view.put("opinionsSummary", opinions(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(task.getProcessInstanceId())));
        }
        return view;
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
