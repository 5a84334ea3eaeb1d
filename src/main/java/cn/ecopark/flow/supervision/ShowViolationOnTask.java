package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the forms of a violation case's tasks show (the due-process steps aside: {@link ShowDueProcessOnTask}), computed
 * when a form is read (see {@link TaskDisplay}): the report, the park, the proposed sanction (with the date a struck-off
 * park may apply again if decided today) and (for ecology's decision) science's and commerce's opinions.
 */
@Component("showViolationOnTask")
class ShowViolationOnTask implements TaskDisplay {

    static final List<String> CONSULTATION_STEPS = List.of("scienceViolationOpinion", "commerceViolationOpinion");

    private final Violations violations;
    private final ParkRepository parks;
    private final ApprovalRecordRepository records;
    private final SanctionProcedures procedures;

    ShowViolationOnTask(Violations violations, ParkRepository parks, ApprovalRecordRepository records,
                        SanctionProcedures procedures) {
        this.violations = violations;
        this.parks = parks;
        this.records = records;
        this.procedures = procedures;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ViolationCaseFiles.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        if (ShowDueProcessOnTask.STEPS.contains(task.getTaskDefinitionKey())) {
            return Map.of();
        }
        Violation violation = violations.of(task);
        Park park = parks.findById(violation.getParkId()).orElseThrow();
        Map<String, Object> view = new HashMap<>();
        view.put("parkName", park.getName());
        view.put("parkStatusName", violation.getParkStatus().chineseName());
        view.put("kindName", violation.getKind().chineseName());
        view.put("caseReference", violation.getCaseReference());
        view.put("occurredOnText", violation.getOccurredOn().toString());
        view.put("violationDescription", violation.getDescription());
        view.put("reportedText", "%s，%s".formatted(violation.getReportedBy(), AppClock.DATE_TIME.format(violation.getReportedAt())));
        view.put("sanctionName", violation.getSanction().chineseName());
        view.put("sanctionExplanation", violation.getSanctionExplanation());
        if (violation.getSanction() == Sanction.STRIKE_OFF) {
            view.put("reapplyFromText", "如今日决定除名，园区自 " + AppClock.today().plusYears(3) + " 起方可重新申报");
        }
        if (form.reads("opinionsSummary")) {
            view.put("opinionsSummary", Opinions.latest(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(
                    task.getProcessInstanceId()), CONSULTATION_STEPS));
        }
        procedures.latest(task.getProcessInstanceId()).ifPresent(p -> view.put("procedureSummary", p.summary()));
        return view;
    }
}
