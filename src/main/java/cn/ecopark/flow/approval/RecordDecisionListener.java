package cn.ecopark.flow.approval;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs when any user task of any workflow completes (added to every user task by {@link DecisionRecordingPlugin}).
 * It checks the submitted {@code decision} against the outcomes the step allows, stores who decided what
 * for which agency, and clears the form's fields out of the process so the next step's form starts empty.
 *
 * <p>The validated outcome is left as the step's local variable {@code decision}. A model that routes on it maps it
 * out where Modeler shows it, on the task's Inputs/Outputs tab: {@code <camunda:outputParameter
 * name="cityPreReviewDecision">${decision}</camunda:outputParameter>} (an activity with a mapping is a scope, so the
 * local variable lives and ends with the step). {@code ModelRules} refuses a gateway reading a variable that the model
 * does not show being set.
 */
class RecordDecisionListener implements TaskListener {

    static final String DECISION = TaskSubmission.DECISION;
    static final List<String> OPINION_FIELDS = List.of(DECISION, "comment", "basis", "conditions");

    private final List<Outcome> allowedOutcomes;
    private final ApprovalRecordRepository records;
    private final ApplicationEventPublisher events;

    RecordDecisionListener(List<Outcome> allowedOutcomes, ApprovalRecordRepository records, ApplicationEventPublisher events) {
        this.allowedOutcomes = allowedOutcomes;
        this.records = records;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = readOutcome(task);
        String comment = text(task, "comment");
        String basis = text(task, "basis");
        String conditions = text(task, "conditions");
        if (outcome.needsReason() && comment == null && basis == null) {
            throw new InvalidInput("comment：选择“" + outcome.chineseName() + "”时必须填写理由");
        }
        if (outcome == Outcome.AGREE_WITH_CONDITIONS && conditions == null) {
            throw new InvalidInput("conditions：附条件同意时必须填写附加条件");
        }

        ApprovalRecord record = records.save(new ApprovalRecord(null,
                processKey(task),
                CaseVariables.caseNo(task),
                task.getProcessInstanceId(),
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                agencyOf(task),
                Actor.of(task),
                outcome,
                basis,
                outcome == Outcome.AGREE_WITH_CONDITIONS ? conditions : null,
                comment,
                AppClock.now()));

        boolean storedOutcome = TaskSubmission.holdsStoredOutcome((ExecutionEntity) task.getExecution()); // before the echoes go
        TaskSubmission.clearEchoes(task, OPINION_FIELDS);
        exposeOutcome(task, outcome, storedOutcome);
        events.publishEvent(new DecisionRecorded(record));
    }

    private static void exposeOutcome(DelegateTask task, Outcome outcome, boolean stored) {
        // A step nothing routes on has no mapping: its outcome lives in the approval record only.
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (TaskSubmission.mapsOutcome(execution)) {
            TaskSubmission.leaveOutcome(execution, outcome.name(), stored);
        }
    }

    private Outcome readOutcome(DelegateTask task) {
        Object value = TaskSubmission.value(task, DECISION);
        String allowed = allowedOutcomes.stream().map(o -> o.name() + "（" + o.chineseName() + "）")
                .collect(Collectors.joining("、"));
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput("decision：请选择办理结论，可选：" + allowed);
        }
        return Outcome.parse(value.toString())
                .filter(allowedOutcomes::contains)
                .orElseThrow(() -> new InvalidInput(
                        "decision：“" + value + "”不是本环节的办理结论，可选：" + allowed));
    }

    private static String text(DelegateTask task, String name) {
        Object value = TaskSubmission.value(task, name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > 1000) {
            throw new InvalidInput(name + "：不能超过1000字");
        }
        return text;
    }

    /** The agency is the group the task was offered to; an applicant's own task counts for the applicants. */
    private static String agencyOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElse(StaffGroup.APPLICANTS);
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
