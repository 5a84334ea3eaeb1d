package cn.ecopark.flow.taskops;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;

/**
 * 撤回, both kinds. The applicant withdraws a case no agency has decided on yet (accepting it, asking for 补正 or for an
 * expert review decides nothing, see {@link #PROCEDURAL}): it ends (its history stays), the
 * approval record says so and the workflow marks its aggregate withdrawn. A clerk takes back the step they completed
 * last while the step after it is untouched (nobody claimed it, commented on it or changed it, and nothing was
 * decided since): the next step is cancelled and theirs is open again. Refused otherwise with a 409 naming why.
 */
@Component
class Withdrawals {

    /**
     * Steps that move a case without deciding on it: 受理 (容缺 included), a 补正 request (the applicant is told there to
     * "撤回后重新申报" for changes a correction may not make), expert review, site inspection and their record, 督办.
     */
    static final Set<Outcome> PROCEDURAL = EnumSet.of(Outcome.ACCEPT, Outcome.ACCEPT_WITH_DEFICIENCY, Outcome.RETURN_FOR_CORRECTION,
            Outcome.EXPERT_REVIEW, Outcome.SITE_INSPECTION, Outcome.RECORDED, Outcome.URGED);

    private final TaskAccess access;
    private final CaseFiles caseFiles;
    private final EngineAsSystem system;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseTokens tokens;
    private final OperationRecords operations;
    private final ApprovalRecordRepository records;
    private final List<CaseOperationHooks> hooks;

    Withdrawals(TaskAccess access, CaseFiles caseFiles, EngineAsSystem system, HistoryService history, RuntimeService runtime,
                TaskService tasks, CaseTokens tokens, OperationRecords operations, ApprovalRecordRepository records,
                List<CaseOperationHooks> hooks) {
        this.access = access;
        this.caseFiles = caseFiles;
        this.system = system;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.tokens = tokens;
        this.operations = operations;
        this.records = records;
        this.hooks = hooks;
    }

    @Transactional
    public Map<String, Object> withdraw(String caseNo, String reasonText) {
        Authentication caller = access.caller();
        CaseFile file = caseFiles.readable(caller, caseNo);
        if (!caller.getUserId().equals(file.applicant())) {
            throw new ApiExceptionHandler.Rejected(org.springframework.http.HttpStatus.FORBIDDEN, "只有申报单位本人可以撤回申请");
        }
        String reason = OperationRecords.reason(reasonText, "reason", "撤回理由");
        if (file.closed() || !running(file)) {
            throw new ApiExceptionHandler.Conflict("案卷 " + file.caseNo() + " 已办结，不能撤回");
        }
        ApprovalRecord decided = records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(file.processInstanceId()).stream()
                .filter(r -> !StaffGroup.APPLICANTS.equals(r.agency()) && !r.outcome().caseOperation() && !PROCEDURAL.contains(r.outcome()))
                .findFirst().orElse(null);
        if (decided != null) {
            throw new ApiExceptionHandler.Conflict("「" + decided.stepName() + "」已由" + StaffGroup.displayName(decided.agency())
                    + "作出办理结论（" + decided.outcome().chineseName() + "），申请已不能撤回；如需终止请联系受理部门");
        }
        Instant now = AppClock.now();
        operations.record(file, null, "withdrawal", "申请人撤回", StaffGroup.APPLICANTS, caller.getUserId(), Outcome.WITHDRAWN, reason);
        hooks.stream().filter(h -> h.caseType().equals(file.caseType()))
                .forEach(h -> h.withdrawn(file.processInstanceId(), now, caller.getUserId(), reason));
        // Ends the case: the engine keeps its history (state EXTERNALLY_TERMINATED with this reason); nothing is deleted.
        system.run(() -> runtime.deleteProcessInstance(file.processInstanceId(), "申请人撤回：" + reason));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("status", "WITHDRAWN");
        answer.put("message", "申请已撤回，案卷已办结");
        return answer;
    }

    @Transactional
    public Map<String, Object> takeBack(String caseNo, String reasonText) {
        Authentication caller = access.caller();
        CaseFile file = caseFiles.readable(caller, caseNo);
        String reason = OperationRecords.optional(reasonText, "reason");
        if (!running(file)) {
            throw new ApiExceptionHandler.Conflict("案卷 " + file.caseNo() + " 已办结，不能收回");
        }
        return system.call(() -> {
            List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(file.processInstanceId())
                    .finished().list().stream().filter(h -> "completed".equals(h.getDeleteReason()))
                    .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime)).toList();
            HistoricTaskInstance mine = done.stream().filter(h -> caller.getUserId().equals(h.getAssignee()))
                    .reduce((a, b) -> b).orElseThrow(() -> new ApiExceptionHandler.Conflict("您在本案中没有已办结的环节，无可收回"));
            HistoricTaskInstance later = done.stream().filter(h -> h.getEndTime().after(mine.getEndTime())).findFirst().orElse(null);
            if (later != null) {
                throw new ApiExceptionHandler.Conflict("「" + later.getName() + "」已在您之后办结，不能收回「" + mine.getName() + "」");
            }
            List<Task> next = tasks.createTaskQuery().processInstanceId(file.processInstanceId()).list().stream()
                    .filter(t -> !t.getCreateTime().before(mine.getEndTime())).toList();
            if (next.isEmpty()) {
                throw new ApiExceptionHandler.Conflict("「" + mine.getName() + "」之后没有可收回的待办环节（流程在等待其他环节或已转入自动处理），不能收回");
            }
            for (Task t : next) {
                TaskAccess.requireRunning(t, "收回后重开");
                String touched = touched(t);
                if (touched != null) {
                    throw new ApiExceptionHandler.Conflict("下一环节「" + t.getName() + "」" + touched + "，不能收回「" + mine.getName() + "」");
                }
            }
            CaseTokens.Placement placement = tokens.place(file.processInstanceId(), mine.getProcessDefinitionId(),
                    mine.getTaskDefinitionKey(), mine.getName(), next.stream().map(Task::getExecutionId).toList(), null);
            String agency = history.createHistoricIdentityLinkLogQuery().taskId(mine.getId()).list().stream()
                    .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).findFirst().orElse(null);
            operations.record(file, mine.getId(), mine.getTaskDefinitionKey(), mine.getName(), agency, caller.getUserId(),
                    Outcome.TAKEN_BACK, "收回「" + mine.getName() + "」（下一环节「"
                            + String.join("、", next.stream().map(Task::getName).toList()) + "」尚未办理）" + (reason == null ? "" : "：" + reason));
            var modification = runtime.createProcessInstanceModification(file.processInstanceId())
                    .startBeforeActivity(mine.getTaskDefinitionKey(), placement.ancestorInstanceId());
            placement.cancel().forEach(modification::cancelActivityInstance);
            modification.execute();
            hooks.stream().filter(h -> h.caseType().equals(file.caseType()))
                    .forEach(h -> h.returnedTo(file.processInstanceId(), mine.getTaskDefinitionKey()));
            Task reopened = tasks.createTaskQuery().processInstanceId(file.processInstanceId())
                    .taskDefinitionKey(mine.getTaskDefinitionKey()).orderByTaskCreateTime().desc().list().stream().findFirst().orElse(null);
            if (reopened != null && reopened.getAssignee() == null) {
                tasks.claim(reopened.getId(), caller.getUserId());
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("caseNo", file.caseNo());
            answer.put("takenBack", mine.getName());
            answer.put("taskId", reopened == null ? null : reopened.getId());
            answer.put("message", "已收回「" + mine.getName() + "」，可重新办理");
            return answer;
        });
    }

    /** Why the next step counts as started: claimed, commented, attached to or changed by someone (operation log). */
    private String touched(Task t) {
        if (history.createUserOperationLogQuery().taskId(t.getId()).count() > 0) {
            return "已有人认领或处理";
        }
        if (!tasks.getTaskComments(t.getId()).isEmpty() || !tasks.getTaskAttachments(t.getId()).isEmpty()) {
            return "已有评论或附件";
        }
        return null;
    }

    private boolean running(CaseFile file) {
        return system.call(() -> runtime.createProcessInstanceQuery().processInstanceId(file.processInstanceId()).count() > 0);
    }
}
