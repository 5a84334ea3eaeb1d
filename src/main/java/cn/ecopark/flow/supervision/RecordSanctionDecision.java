package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ecology's decision after the statement period (违法违规处理决定, 撤销称号决定) goes on the due-process record with
 * every other agency's opinion as given and any dissent: an agency whose opinion points the other way. A decision
 * against an agency's opinion must say why (comment). It may refuse (REJECT) as well as approve.
 */
@Component("recordSanctionDecision")
class RecordSanctionDecision implements TaskListener {

    /** Violation: science and commerce say whether they agree with the proposed sanction. */
    static final List<String> CONSULTATION_STEPS = ShowViolationOnTask.CONSULTATION_STEPS;
    /** Re-inspection: an on-site check that found no problem (AGREE) speaks against revocation. */
    static final List<String> SPOT_CHECK_STEPS = DecideReviewVerdict.SPOT_CHECK_STEPS;

    private final SanctionProcedures procedures;
    private final ApprovalRecordRepository records;

    RecordSanctionDecision(SanctionProcedures procedures, ApprovalRecordRepository records) {
        this.procedures = procedures;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = TaskSubmission.value(task, TaskSubmission.DECISION);
        Outcome decision = value == null ? null : Outcome.parse(value.toString()).orElse(null);
        if (decision != Outcome.APPROVE && decision != Outcome.REJECT) {
            return;
        }
        SanctionProcedure procedure = procedures.current(task.getProcessInstanceId());
        if (!procedure.isStatementPeriodComplete()) {
            throw new InvalidInput("decision：陈述申辩程序尚未完成，不能作出决定");
        }
        boolean violation = SupervisionVariables.violationId(task) != null;
        Map<String, ApprovalRecord> opinions = new LinkedHashMap<>();
        records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(task.getProcessInstanceId()).stream()
                .filter(r -> (violation ? CONSULTATION_STEPS : SPOT_CHECK_STEPS).contains(r.stepKey()) && !r.outcome().caseOperation())
                .forEach(r -> opinions.put(r.agency(), r));
        // For a violation AGREE supports the sanction; for a re-inspection AGREE means the park passed the on-site check.
        Outcome against = violation == (decision == Outcome.APPROVE) ? Outcome.DISAGREE : Outcome.AGREE;
        String dissent = opinions.values().stream().filter(r -> r.outcome() == against)
                .map(RecordSanctionDecision::line).collect(Collectors.joining("\n"));
        Object comment = TaskSubmission.value(task, SupervisionVariables.COMMENT);
        if (!dissent.isEmpty() && (comment == null || comment.toString().isBlank())) {
            throw new InvalidInput("comment：" + opinions.values().stream().filter(r -> r.outcome() == against)
                    .map(r -> StaffGroup.displayName(r.agency())).collect(Collectors.joining("、"))
                    + "的意见与本决定不同，请写明不采纳的理由");
        }
        procedure.decided(decision.name(), opinions.values().stream().map(RecordSanctionDecision::line)
                        .collect(Collectors.joining("\n")), dissent.isEmpty() ? null : dissent,
                comment == null || comment.toString().isBlank() ? null : comment.toString().strip(), Actor.of(task), AppClock.now());
        procedures.save(procedure);
    }

    private static String line(ApprovalRecord r) {
        return "%s（%s）：%s%s".formatted(StaffGroup.displayName(r.agency()), r.actor(), r.outcome().chineseName(),
                r.basis() != null ? "。" + r.basis() : r.comment() != null ? "。" + r.comment() : "");
    }
}
