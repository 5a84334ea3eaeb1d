package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forms of the application's tasks show, computed when a form is read (see {@link TaskDisplay}): the
 * application's data (also prefilling the correction form), conditions, evaluation, opinions and the objections still
 * awaiting an answer (one filed during the review shows at once). The process itself keeps only ids. Names here must
 * not be process variables (the process's cityName, caseNo... are visible to forms anyway).
 */
@Component("showApplicationOnTask")
class ShowApplicationOnTask implements TaskDisplay {

    private static final String OBJECTIONS = "objectionContent";

    /** The objections awaiting an answer, numbered, for the clerk who answers them all. */
    private static String objectionsText(List<Objection> open) {
        if (open.size() == 1) {
            return open.get(0).content();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < open.size(); i++) {
            text.append(i == 0 ? "" : "\n").append("异议").append(i + 1).append("：").append(open.get(i).content());
        }
        return text.toString();
    }

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    /** The application's fields as the forms show them (the correction form takes them as its input). */
    static Map<String, Object> prefill(ParkApplication application) {
        Map<String, Object> fields = new HashMap<>(ApplicationForm.fieldsOf(application.data()));
        fields.putAll(IndexData.fieldsOf(application.getIndexValues()));
        return fields;
    }

    private final ParkApplications cases;
    private final ApprovalRecordRepository records;

    ShowApplicationOnTask(ParkApplications cases, ApprovalRecordRepository records) {
        this.cases = cases;
        this.records = records;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ApplicationDecisions.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        ParkApplication application = cases.of(task);
        Map<String, Object> view = prefill(application);
        view.put("applicationNo", application.getApplicationNo());
        view.put("parkTypeName", application.getParkType().chineseName());
        view.put("planningEiaStatusName", application.getPlanningEiaStatus().chineseName());
        view.put("submittedAt", DATE_TIME.format(application.getSubmittedAt()));
        view.put("statusName", application.getStatus().chineseName());
        view.put("ineligibleReason", application.getIneligibleReason());
        view.put("correctionReasons", application.getCorrectionReasons());
        view.put("conditionsSummary", application.getConditions().stream()
                .map(c -> StaffGroup.displayName(c.agency()) + "：" + c.text())
                .collect(Collectors.joining("\n")));
        view.put("indexSummary", application.indexSummary());
        List<ApprovalRecord> decisions = form.reads("opinionsSummary") || form.reads("ecologySubsidyOpinion")
                ? records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(task.getProcessInstanceId()) : List.of();
        view.put("opinionsSummary", opinions(decisions));
        view.put("ecologySubsidyOpinion", decisions.stream().filter(r -> "ecologySubsidyOpinion".equals(r.stepKey()))
                .reduce((earlier, later) -> later).map(r -> "%s（%s，%s）：%s".formatted(r.outcome().chineseName(), r.actor(),
                        DATE_TIME.format(r.decidedAt()), r.basis() != null ? r.basis() : r.comment() == null ? "—" : r.comment()))
                .orElse(null));
        List<Objection> open = application.unansweredObjections();
        view.put(OBJECTIONS, open.isEmpty() ? null : objectionsText(open));
        return view;
    }

    /** The latest opinion of each agency in the joint review, side by side. */
    private static String opinions(List<ApprovalRecord> decisions) {
        Map<String, ApprovalRecord> latest = new java.util.LinkedHashMap<>();
        for (ApprovalRecord record : decisions) {
            boolean jointReview = record.outcome() == Outcome.AGREE || record.outcome() == Outcome.AGREE_WITH_CONDITIONS
                    || record.outcome() == Outcome.DISAGREE;
            if (jointReview && !"ecologySubsidyOpinion".equals(record.stepKey())) {
                latest.put(record.agency(), record);
            }
        }
        return latest.values().stream().map(r -> "%s（%s）：%s。依据：%s%s".formatted(
                        StaffGroup.displayName(r.agency()), r.actor(), r.outcome().chineseName(),
                        r.basis() == null ? "—" : r.basis(),
                        r.conditions() == null ? "" : "；附加条件：" + r.conditions()))
                .collect(Collectors.joining("\n"));
    }
}
