package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.CaseOperationLog;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.agency.LeadAgency;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * 催办 and 延期 on a task. Our code checks the caller's right; the task's due date, follow-up date, priority and note are
 * then changed as the system (the engine guard refuses those changes to clerks on purpose). Each step is written to
 * the approval record.
 */
@Component
class TaskTimeOperations {

    /** Task-local note of the last 催办, shown on the task. */
    static final String URGE_NOTE = "urgeNotice";

    private final TaskService tasks;
    private final IdentityService identity;
    private final EngineAsSystem engine;
    private final TaskExtensions extensions;
    private final TaskDeadlines deadlines;
    private final DeadlineClock clock;
    private final CaseOperationLog operations;
    private final TimeLimitProperties properties;

    TaskTimeOperations(TaskService tasks, IdentityService identity, EngineAsSystem engine, TaskExtensions extensions,
                       TaskDeadlines deadlines, DeadlineClock clock, CaseOperationLog operations, TimeLimitProperties properties) {
        this.tasks = tasks;
        this.identity = identity;
        this.engine = engine;
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.clock = clock;
        this.operations = operations;
        this.properties = properties;
    }

    /** 催办: the lead agency or a manager presses a task, at most once per task and day. */
    @Transactional
    public Urge urge(String taskId, String comment) {
        Authentication caller = caller();
        Task task = openTask(taskId);
        Agency lead = LeadAgency.of(processKey(task));
        String actingFor = groups(caller).contains(lead.groupId()) ? lead.groupId()
                : groups(caller).contains(StaffGroup.MANAGERS) ? StaffGroup.MANAGERS
                : groups(caller).contains(StaffGroup.ADMINS) ? StaffGroup.ADMINS : null;
        if (actingFor == null) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有牵头部门（" + lead.shortName() + "）或管理人员可以催办");
        }
        String note = optionalText(comment, "comment", "催办说明");
        notSuspended(task, "催办");
        LocalDate today = clock.today();
        extensions.urgeOn(task.getId(), today).ifPresent(earlier -> {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」今天已由 " + earlier[0] + " 于 "
                    + AppClock.TIME.format(Instant.parse(earlier[1])) + " 催办过，每个工作日最多催办一次，请下一个工作日再催办");
        });
        Instant now = clock.now();
        try {
            extensions.urge(task.getId(), today, caller.getUserId(), now, note);
        } catch (DuplicateKeyException e) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」今天已催办过，每个工作日最多催办一次");
        }
        String text = "催办：%s %s 于 %s 催办%s".formatted(StaffGroup.displayName(actingFor), caller.getUserId(),
                today + " " + AppClock.TIME.format(now), note == null ? "" : "：" + note);
        engine.run(() -> {
            tasks.setVariableLocal(task.getId(), URGE_NOTE, text);
            if (task.getPriority() < 80) {
                tasks.setPriority(task.getId(), 80);
            }
        });
        record(task, actingFor, caller.getUserId(), Outcome.URGED_BY_HAND, note);
        return new Urge(task.getId(), task.getName(), caller.getUserId(), now, task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    record Urge(String taskId, String taskName, String urgedBy, Instant urgedAt, Instant dueAt) {
    }

    /** 延期 asked by whoever may work the task. */
    @Transactional
    public TaskExtension requestExtension(String taskId, Integer workingDays, String reason) {
        Authentication caller = caller();
        Task task = openTask(taskId);
        String agency = agencyOf(task);
        if (!mayWork(caller, task)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有本任务的经办人（" + StaffGroup.displayName(agency) + "）可以申请延期");
        }
        if (workingDays == null || workingDays < 1 || workingDays > properties.maxExtensionWorkingDays()) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, "workingDays：延期天数须为 1 至 "
                    + properties.maxExtensionWorkingDays() + " 个工作日（上限来源：" + properties.source() + "）");
        }
        String why = requiredText(reason, "reason", "延期理由");
        TaskDeadline deadline = deadlines.of(task.getId()).orElse(null);
        if (deadline == null || deadline.modelTimed() || task.getDueDate() == null) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」的期限由法定时限和流程计时器控制，不能申请延期");
        }
        notSuspended(task, "申请延期");
        if (extensions.ofTask(task.getId()).stream().anyMatch(e -> e.status() == TaskExtension.Status.PENDING)) {
            throw new ApiExceptionHandler.Conflict("任务「" + task.getName() + "」已有待审批的延期申请，请等待牵头部门答复");
        }
        long id = extensions.request(task.getId(), task.getProcessInstanceId(), workingDays, why, caller.getUserId(), clock.now(),
                task.getDueDate().toInstant());
        record(task, agency, caller.getUserId(), Outcome.EXTENSION_REQUESTED, "申请延长 " + workingDays + " 个工作日：" + why);
        return extensions.of(id).orElseThrow();
    }

    /** The lead agency grants or refuses; granted, the due day moves by the working days asked, on the calendar. */
    @Transactional
    public TaskExtension decideExtension(String taskId, long extensionId, Boolean grant, String comment) {
        Authentication caller = caller();
        TaskExtension request = extensions.of(extensionId).filter(e -> e.taskId().equals(taskId))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("任务 " + taskId + " 没有编号为 " + extensionId + " 的延期申请"));
        Task task = engine.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        String processKey = task == null ? "" : processKey(task);
        Agency lead = LeadAgency.of(processKey);
        if (!decides(caller, processKey)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有牵头部门（" + lead.shortName() + "）可以审批延期申请");
        }
        if (caller.getUserId().equals(request.requestedBy())) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "不能审批本人提出的延期申请");
        }
        if (request.status() != TaskExtension.Status.PENDING) {
            throw new ApiExceptionHandler.Conflict("该延期申请已于此前处理（" + (request.status() == TaskExtension.Status.GRANTED ? "已同意" : "未同意") + "）");
        }
        if (task == null) {
            throw new ApiExceptionHandler.Conflict("任务已办结，延期申请无需再审批");
        }
        if (grant == null) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, "grant：请选择同意（true）或不同意（false）");
        }
        String note = grant ? optionalText(comment, "comment", "审批意见") : requiredText(comment, "comment", "不同意延期的理由");
        notSuspended(task, "审批延期");
        Instant now = clock.now();
        if (!grant) {
            if (!extensions.decide(extensionId, TaskExtension.Status.REFUSED, caller.getUserId(), now, note, null)) {
                throw new ApiExceptionHandler.Conflict("该延期申请刚刚已被处理，请刷新");
            }
            record(task, lead.groupId(), caller.getUserId(), Outcome.EXTENSION_REFUSED, note);
            return extensions.of(extensionId).orElseThrow();
        }
        LocalDate oldDay = WorkingDayCalendar.toLocalDate(task.getDueDate());
        Instant newDue = WorkingDayCalendar.endOfDay(clock.calendar().addWorkingDays(oldDay, request.workingDays()).value());
        if (!extensions.decide(extensionId, TaskExtension.Status.GRANTED, caller.getUserId(), now, note, newDue)) {
            throw new ApiExceptionHandler.Conflict("该延期申请刚刚已被处理，请刷新");
        }
        Instant remind = clock.remindAt(newDue);
        engine.run(() -> {
            task.setDueDate(Date.from(newDue));
            task.setFollowUpDate(Date.from(remind));
            tasks.saveTask(task);
            tasks.setVariableLocal(task.getId(), TaskDeadlineListener.NOTE, "已延期：办理期限由 %s 延至 %s".formatted(oldDay,
                    WorkingDayCalendar.toLocalDate(newDue)));
        });
        deadlines.moved(task.getId(), newDue, remind);
        record(task, lead.groupId(), caller.getUserId(), Outcome.EXTENSION_GRANTED, "延长 %d 个工作日，期限由 %s 延至 %s%s".formatted(
                request.workingDays(), oldDay, WorkingDayCalendar.toLocalDate(newDue), note == null ? "" : "；" + note));
        return extensions.of(extensionId).orElseThrow();
    }

    /** The right to grant or refuse a 延期 on a task of this workflow: its lead agency or an administrator. */
    static boolean decides(Authentication caller, String processKey) {
        return groups(caller).contains(LeadAgency.of(processKey).groupId()) || groups(caller).contains(StaffGroup.ADMINS);
    }

    List<TaskExtension> extensionsOf(String taskId) {
        Authentication caller = caller();
        Task task = openTask(taskId);
        if (!mayWork(caller, task) && !groups(caller).contains(LeadAgency.of(processKey(task)).groupId())
                && !groups(caller).contains(StaffGroup.MANAGERS) && !groups(caller).contains(StaffGroup.ADMINS)) {
            throw new ApiExceptionHandler.NotFound("任务 " + taskId + " 不存在或您无权查看");
        }
        return extensions.ofTask(taskId);
    }

    private void record(Task task, String agency, String actor, Outcome outcome, String comment) {
        String caseNo = engine.call(() -> (String) tasks.getVariable(task.getId(), CaseVariables.CASE_NO));
        operations.record(processKey(task), caseNo, task.getProcessInstanceId(),
                new CaseOperationLog.Step(task.getId(), task.getTaskDefinitionKey(), task.getName()), agency, actor, outcome, comment);
    }

    private Task openTask(String taskId) {
        Task task = engine.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw new ApiExceptionHandler.NotFound("任务 " + taskId + " 不存在或已办结");
        }
        return task;
    }

    private void notSuspended(Task task, String action) {
        if (task.isSuspended()) {
            throw new ApiExceptionHandler.Conflict("案件已中止办理，恢复办理前不能" + action);
        }
    }

    private boolean mayWork(Authentication caller, Task task) {
        if (caller.getUserId().equals(task.getAssignee())) {
            return true;
        }
        if (task.getAssignee() != null && !groups(caller).contains(StaffGroup.ADMINS)) {
            return false; // claimed by a colleague: only the holder asks for the holder's time
        }
        List<IdentityLink> links = engine.call(() -> tasks.getIdentityLinksForTask(task.getId()));
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> caller.getUserId().equals(l.getUserId()) || (l.getGroupId() != null && groups(caller).contains(l.getGroupId())));
    }

    private String agencyOf(Task task) {
        return engine.call(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(StaffGroup.APPLICANTS);
    }

    static String processKey(Task task) {
        String id = task.getProcessDefinitionId();
        return id == null ? "" : id.substring(0, id.indexOf(':'));
    }

    private Authentication caller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.UNAUTHORIZED, "未登录");
        }
        return caller;
    }

    private static List<String> groups(Authentication caller) {
        return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }

    private static String requiredText(String text, String field, String label) {
        String value = optionalText(text, field, label);
        if (value == null) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, field + "：请填写" + label);
        }
        return value;
    }

    private static String optionalText(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 1000) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, field + "：" + label + "不能超过1000字");
        }
        return text.strip();
    }
}
