package cn.ecopark.flow.taskops;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may operate on a task, checked in our code before the operation runs as the system: the person holding it
 * (its assignee, or while nobody claimed it a member of its candidate group), and for 转办 also the managers
 * (负责人) of the agency it is offered to. Anyone else learns nothing: the same 404 as for a task that does not exist.
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final IdentityService identity;
    private final CaseFiles caseFiles;
    private final cn.ecopark.flow.security.EngineAsSystem system;

    TaskAccess(TaskService tasks, IdentityService identity, CaseFiles caseFiles, cn.ecopark.flow.security.EngineAsSystem system) {
        this.tasks = tasks;
        this.identity = identity;
        this.caseFiles = caseFiles;
        this.system = system;
    }

    Authentication caller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new ApiExceptionHandler.Rejected(org.springframework.http.HttpStatus.UNAUTHORIZED, "请先登录");
        }
        return caller;
    }

    /** A task of a case (not a copy), as the system sees it; 404 when there is none. */
    Task caseTask(String taskId) {
        Task task = system.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || task.getProcessInstanceId() == null) {
            throw notFound(taskId);
        }
        return task;
    }

    CaseFile caseOf(Task task) {
        return caseFiles.byProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("任务 " + task.getId() + " 不属于任何案卷"));
    }

    List<String> candidateGroups(Task task) {
        return system.call(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    boolean isCandidate(Authentication caller, Task task) {
        List<String> groups = groups(caller);
        return system.call(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    boolean holds(Authentication caller, Task task) {
        return task.getAssignee() == null ? isCandidate(caller, task) : caller.getUserId().equals(task.getAssignee());
    }

    /** The caller manages (负责人) an agency or bureau the task is offered to. */
    boolean manages(Authentication caller, Task task) {
        List<String> groups = groups(caller);
        return candidateGroups(task).stream().anyMatch(group -> groups.contains(StaffGroup.managersOf(group)));
    }

    /**
     * The caller holds the task, or gets the same 404 as for an unknown one; a colleague of the same agency learns
     * who holds it (409), as Tasklist would tell them.
     */
    void requireHolder(Authentication caller, Task task, String action) {
        if (holds(caller, task)) {
            return;
        }
        if (isCandidate(caller, task) || caller.getUserId().equals(task.getOwner())) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」已由 " + task.getAssignee()
                    + " 办理中，只有办理人可以" + action);
        }
        throw notFound(task.getId());
    }

    /** A suspended case (中止, casecontrol) waits: its tasks are neither moved nor handed on until it is resumed. */
    static void requireRunning(Task task, String action) {
        if (task.isSuspended()) {
            throw new ApiExceptionHandler.Conflict("案件已中止办理，恢复办理前不能" + action + "「" + task.getName() + "」");
        }
    }

    static List<String> groups(Authentication caller) {
        return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }

    static ApiExceptionHandler.NotFound notFound(String taskId) {
        return new ApiExceptionHandler.NotFound("任务 " + taskId + " 不存在或您无权办理");
    }
}
