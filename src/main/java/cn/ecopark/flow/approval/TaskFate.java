package cn.ecopark.flow.approval;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.StaleTask;
import cn.ecopark.flow.engine.StaleTaskExplainer;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * What became of a task a stale request names, in words a clerk understands: "「联审意见（科技厅）」已由 张三
 * （science-clerk）于 2026-11-29 10:15 办理完毕". Who did it comes from the approval record (the decision),
 * else from the task's history. Only someone who could have worked the task (assignee, candidate user or
 * group, administrator) learns that; anyone else gets the same 404 as for an id that never existed.
 */
@Component
class TaskFate implements StaleTaskExplainer {

    private static final DateTimeFormatter WHEN = AppClock.DATE_TIME;

    private final HistoryService history;
    private final IdentityService identity;
    private final ApprovalRecordRepository records;
    private final EngineAsSystem system;

    TaskFate(HistoryService history, IdentityService identity, ApprovalRecordRepository records, EngineAsSystem system) {
        this.system = system;
        this.history = history;
        this.identity = identity;
        this.records = records;
    }

    @Override
    public java.util.Optional<StaleTask> endedMeanwhile(String taskId) {
        boolean ended = system.call(() -> {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            return task != null && task.getEndTime() != null;
        });
        return ended ? java.util.Optional.of(missing(taskId)) : java.util.Optional.empty();
    }

    @Override
    public StaleTask missing(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        return system.call(() -> {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (task == null || !couldWork(caller, task)) {
                return new StaleTask(404, "任务 " + taskId + " 不存在或您无权办理");
            }
            String name = "「" + (task.getName() == null ? task.getTaskDefinitionKey() : task.getName()) + "」";
            ApprovalRecord decided = records.findByTaskId(taskId).stream()
                    .max(Comparator.comparing(ApprovalRecord::decidedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (decided != null) {
                return new StaleTask(409, "任务" + name + "已由 " + person(decided.actor()) + " 于 "
                        + when(decided.decidedAt() == null ? task.getEndTime() : Date.from(decided.decidedAt()))
                        + " 办理完毕，无需再次提交；请刷新待办列表");
            }
            ApprovalRecord returned = task.getProcessInstanceId() == null ? null
                    : records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(task.getProcessInstanceId()).stream()
                    .filter(r -> taskId.equals(r.taskId()) && r.outcome() == Outcome.RETURNED).reduce((a, b) -> b).orElse(null);
            if (returned != null) {
                // Sent back by its holder (taskops 退回): the case is at an earlier step now.
                return new StaleTask(409, "任务" + name + "已由 " + person(returned.actor()) + " 于 " + when(Date.from(returned.decidedAt()))
                        + " " + returned.comment() + "，无需再次提交；请刷新待办列表");
            }
            if (task.getEndTime() == null) {
                // Open again by the time we looked: the request raced with a change; let the clerk retry.
                return new StaleTask(409, "任务" + name + "刚刚发生变化，请刷新后重试");
            }
            boolean completed = "completed".equals(task.getDeleteReason());
            String by = task.getAssignee() == null ? "" : "由 " + person(task.getAssignee()) + " ";
            return new StaleTask(409, "任务" + name + "已" + by + "于 " + when(task.getEndTime())
                    + (completed ? " 办理完毕" : " 结束（案件已转入其他环节）") + "，无需再次提交；请刷新待办列表");
        });
    }

    @Override
    public StaleTask claimedByOther(String taskId, String assignee) {
        return system.call(() -> {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            String name = task == null ? taskId : "「" + task.getName() + "」";
            return new StaleTask(409, "任务" + name + "已由 " + person(assignee) + " 认领，请刷新待办列表");
        });
    }

    private boolean couldWork(Authentication caller, HistoricTaskInstance task) {
        if (caller == null) {
            return true;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (groups.contains(StaffGroup.ADMINS) || caller.getUserId().equals(task.getAssignee())) {
            return true;
        }
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
            if (caller.getUserId().equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private String person(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }

    private static String when(Date date) {
        return date == null ? "此前" : WHEN.format(date.toInstant());
    }
}
