package cn.ecopark.flow.taskops;

import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 转办 and 委派. 转办 hands a task for good to a colleague of the same agency (a member of the group it is offered
 * to); its holder does it, or a manager (负责人) of that agency for any of its tasks. 委派 lends it to a colleague who
 * works on it and resolves it (Camunda's delegate/resolve): it then comes back to its owner, who decides. Both are
 * written to the approval record. Engine-rest refuses delegation and reassignment to others on purpose
 * (security.EngineCommandGuard); these run as the system after our checks.
 */
@Component
class Reassignments {

    private final TaskAccess access;
    private final EngineAsSystem system;
    private final TaskService tasks;
    private final IdentityService identity;
    private final OperationRecords operations;

    Reassignments(TaskAccess access, EngineAsSystem system, TaskService tasks, IdentityService identity, OperationRecords operations) {
        this.access = access;
        this.system = system;
        this.tasks = tasks;
        this.identity = identity;
        this.operations = operations;
    }

    @Transactional
    public Map<String, Object> transfer(String taskId, String userId, String reasonText) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        boolean manager = access.manages(caller, task);
        if (!manager) {
            access.requireHolder(caller, task, "转办");
        }
        TaskAccess.requireRunning(task, "转办");
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」正在委派给 " + task.getAssignee() + " 办理，待其办结委派后才能转办");
        }
        String reason = OperationRecords.optional(reasonText, "reason");
        String agency = colleagueGroup(task, userId, "转办");
        if (userId.equals(task.getAssignee())) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」已由 " + person(userId) + " 办理，无需转办");
        }
        CaseFile file = access.caseOf(task);
        operations.record(file, task.getId(), task.getTaskDefinitionKey(), task.getName(), agency, caller.getUserId(), Outcome.TRANSFERRED,
                "转办给 " + person(userId) + (task.getAssignee() == null || task.getAssignee().equals(caller.getUserId()) ? "" : "（原办理人 " + person(task.getAssignee()) + "）")
                        + (reason == null ? "" : "：" + reason));
        system.run(() -> tasks.setAssignee(task.getId(), userId));
        return answer(file, task, "已转办给 " + person(userId));
    }

    @Transactional
    public Map<String, Object> delegate(String taskId, String userId, String noteText) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        access.requireHolder(caller, task, "委派");
        TaskAccess.requireRunning(task, "委派");
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」已委派给 " + person(task.getAssignee()) + "，待其办结后才能再委派");
        }
        String note = OperationRecords.optional(noteText, "comment");
        String agency = colleagueGroup(task, userId, "委派");
        if (userId.equals(caller.getUserId())) {
            throw new InvalidInput("userId：不能委派给自己");
        }
        CaseFile file = access.caseOf(task);
        operations.record(file, task.getId(), task.getTaskDefinitionKey(), task.getName(), agency, caller.getUserId(), Outcome.DELEGATED,
                "委派给 " + person(userId) + (note == null ? "" : "：" + note));
        system.run(() -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), caller.getUserId());
            }
            tasks.delegateTask(task.getId(), userId);
        });
        return answer(file, task, "已委派给 " + person(userId) + "，办结后回到您的待办");
    }

    @Transactional
    public Map<String, Object> resolve(String taskId, String commentText) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        if (task.getDelegationState() != DelegationState.PENDING || !caller.getUserId().equals(task.getAssignee())) {
            if (access.holds(caller, task) || caller.getUserId().equals(task.getOwner())) {
                throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」不是委派给您的任务，无需办结委派");
            }
            throw TaskAccess.notFound(taskId);
        }
        TaskAccess.requireRunning(task, "办结委派");
        String comment = OperationRecords.reason(commentText, "comment", "委派办理意见");
        CaseFile file = access.caseOf(task);
        String agency = access.candidateGroups(task).stream().findFirst().orElse(null);
        operations.record(file, task.getId(), task.getTaskDefinitionKey(), task.getName(), agency, caller.getUserId(),
                Outcome.DELEGATION_RESOLVED, "委派办结，交回 " + person(task.getOwner()) + "：" + comment);
        system.run(() -> tasks.resolveTask(task.getId()));
        return answer(file, task, "委派已办结，任务已交回 " + person(task.getOwner()));
    }

    /** The colleague must be a member of a group the task is offered to: the same agency, never an applicant or another agency. */
    private String colleagueGroup(Task task, String userId, String action) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInput("userId：请选择" + action + "给哪位同事");
        }
        List<String> offeredTo = access.candidateGroups(task);
        if (offeredTo.isEmpty()) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」由申报单位本人办理，不能" + action);
        }
        return system.call(() -> offeredTo.stream()
                        .filter(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0)
                        .findFirst())
                .orElseThrow(() -> new InvalidInput("userId：“" + userId + "”不是"
                        + String.join("、", offeredTo.stream().map(cn.ecopark.flow.agency.StaffGroup::displayName).toList())
                        + "的人员，只能" + action + "给本部门的同事"));
    }

    private Map<String, Object> answer(CaseFile file, Task task, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("taskId", task.getId());
        answer.put("message", message);
        return answer;
    }

    String person(String userId) {
        if (userId == null) {
            return "";
        }
        User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
