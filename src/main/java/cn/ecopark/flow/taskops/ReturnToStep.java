package cn.ecopark.flow.taskops;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 退回: the holder of a task sends the case back to an earlier user step of the same case (the city's pre-review from a
 * provincial step included) with a reason. Only the caller's own task is cancelled: in a parallel review the other
 * agencies' tasks and opinions stand, and when the step sent back sits right before a join, the other branches wait
 * at the join with their opinions. The step sent back gets the reason and its earlier decision as task variables
 * ({@code returnReason}, {@code returnedFrom}, {@code earlierDecision}); the engine's own listeners show it the case
 * data again. Runs as the system after the checks (engine-rest refuses instance modification to non-administrators).
 */
@Component
class ReturnToStep {

    static final String RETURN_REASON = "returnReason";
    static final String RETURNED_FROM = "returnedFrom";
    static final String EARLIER_DECISION = "earlierDecision";
    private static final DateTimeFormatter WHEN = AppClock.DATE_TIME;

    private final TaskAccess access;
    private final EngineAsSystem system;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseTokens tokens;
    private final OperationRecords operations;
    private final ApprovalRecordRepository records;
    private final List<CaseOperationHooks> hooks;

    ReturnToStep(TaskAccess access, EngineAsSystem system, HistoryService history, RuntimeService runtime, TaskService tasks,
                 CaseTokens tokens, OperationRecords operations, ApprovalRecordRepository records, List<CaseOperationHooks> hooks) {
        this.access = access;
        this.system = system;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.tokens = tokens;
        this.operations = operations;
        this.records = records;
        this.hooks = hooks;
    }

    /** One earlier step the case can go back to. */
    record Target(String stepKey, String stepName, String lastDoneBy, String lastDoneAt) {
    }

    /** The earlier completed user steps of the task's case, oldest first, each once (its latest completion). */
    List<Target> targets(Task task) {
        List<HistoricTaskInstance> done = system.call(() -> history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).finished().list());
        Map<String, HistoricTaskInstance> latest = new LinkedHashMap<>();
        done.stream()
                .filter(h -> "completed".equals(h.getDeleteReason()) && !h.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))
                .filter(h -> h.getEndTime() != null && !h.getEndTime().after(task.getCreateTime()))
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .forEach(h -> {
                    latest.remove(h.getTaskDefinitionKey());
                    latest.put(h.getTaskDefinitionKey(), h);
                });
        return latest.values().stream().map(h -> new Target(h.getTaskDefinitionKey(), h.getName(),
                h.getAssignee(), WHEN.format(h.getEndTime().toInstant()))).toList();
    }

    @Transactional
    public Map<String, Object> returnTo(String taskId, String targetKey, String reasonText) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        access.requireHolder(caller, task, "退回");
        TaskAccess.requireRunning(task, "退回");
        if (access.candidateGroups(task).isEmpty()) {
            throw new ApiExceptionHandler.Conflict("「" + task.getName() + "」是申报单位的任务，不能退回；如需撤回申请请使用“撤回”");
        }
        String reason = OperationRecords.reason(reasonText, "reason", "退回理由");
        if (targetKey == null || targetKey.isBlank()) {
            throw new cn.ecopark.flow.engine.InvalidInput("targetStep：请选择退回到的环节");
        }
        Target target = targets(task).stream().filter(t -> t.stepKey().equals(targetKey)).findFirst()
                .orElseThrow(() -> new ApiExceptionHandler.Conflict("「" + targetKey + "」不是本案此前办理过的环节，只能退回到本案已办结的环节"));
        CaseFile file = access.caseOf(task);

        return system.call(() -> {
            CaseTokens.Placement placement = tokens.place(task.getProcessInstanceId(), task.getProcessDefinitionId(), targetKey,
                    target.stepName(), List.of(task.getExecutionId()), task.getTaskDefinitionKey());
            String agency = access.candidateGroups(task).stream().findFirst().orElse(null);
            operations.record(file, task.getId(), task.getTaskDefinitionKey(), task.getName(), agency, caller.getUserId(),
                    Outcome.RETURNED, "退回至「" + target.stepName() + "」：" + reason);

            Set<String> before = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                    .map(Task::getId).collect(Collectors.toSet());
            ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(task.getProcessInstanceId());
            for (String sibling : placement.rejoin()) {
                modification.startAfterActivity(sibling, placement.ancestorInstanceId());
            }
            modification.startBeforeActivity(targetKey, placement.ancestorInstanceId());
            placement.cancel().forEach(modification::cancelActivityInstance);
            modification.execute();

            hooks.stream().filter(h -> h.caseType().equals(file.caseType()))
                    .forEach(h -> h.returnedTo(task.getProcessInstanceId(), targetKey));
            List<Task> reopened = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(targetKey)
                    .list().stream().filter(t -> !before.contains(t.getId())).toList();
            String earlier = earlierDecision(task.getProcessInstanceId(), targetKey);
            for (Task t : reopened) {
                Map<String, Object> note = new LinkedHashMap<>();
                note.put(RETURN_REASON, reason);
                note.put(RETURNED_FROM, task.getName() + "（" + caller.getUserId() + "）");
                note.put(EARLIER_DECISION, earlier);
                tasks.setVariablesLocal(t.getId(), note);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("caseNo", file.caseNo());
            answer.put("returnedTo", target.stepName());
            answer.put("taskIds", reopened.stream().map(Task::getId).toList());
            answer.put("message", "已退回至「" + target.stepName() + "」");
            return answer;
        });
    }

    /** What the step decided the last time, as its clerk will read it. */
    private String earlierDecision(String processInstanceId, String stepKey) {
        return records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(processInstanceId).stream()
                .filter(r -> stepKey.equals(r.stepKey()) && !r.outcome().caseOperation())
                .reduce((a, b) -> b)
                .map(r -> r.outcome().chineseName() + "（" + r.actor() + "，" + WHEN.format(r.decidedAt()) + "）"
                        + (ApprovalRecordText.opinion(r).isEmpty() ? "" : "：" + ApprovalRecordText.opinion(r)))
                .orElse(null);
    }

    /** The written part of a record. */
    static final class ApprovalRecordText {
        private ApprovalRecordText() {
        }

        static String opinion(ApprovalRecord r) {
            return r.basis() != null ? r.basis() : r.comment() == null ? "" : r.comment();
        }
    }
}
