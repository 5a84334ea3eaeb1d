package cn.ecopark.flow.casecontrol;

import cn.ecopark.flow.agency.LeadAgency;
import cn.ecopark.flow.timelimit.ApplicantTimeLimitLapsed;
import org.springframework.context.event.EventListener;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.CaseOperationLog;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.timelimit.DeadlineClock;
import cn.ecopark.flow.timelimit.TaskDeadlines;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * 中止 and 终止 of a case by its lead agency ({@link LeadAgency}). Our code checks the right; the engine command then
 * runs as the system (the engine guard refuses suspension and deletion to everyone else on purpose).
 * <ul>
 *   <li>中止: the process instance is suspended (no task can be worked, no timer fires) and the clock stops;</li>
 *   <li>恢复: the instance is activated and every open task's due date, reminder and every timer of the case move by
 *       the working days the case stood still ({@link DeadlineClock#shifted}, the {@code PausableDeadline} rule);</li>
 *   <li>终止: the process instance ends (its history stays), the case is marked terminated, nothing is deleted.</li>
 * </ul>
 * Each is recorded in {@code case_control} and in the approval record, which the approval sheet and the applicant's
 * lookup show in order.
 */
@Component
public class CaseControl {

    static final String SUSPENSION_STEP = "caseSuspension";
    static final String TERMINATION_STEP = "caseTermination";

    private final CaseFiles caseFiles;
    private final CaseControlRecords records;
    private final CaseOperationLog operations;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final EngineAsSystem engine;
    private final TaskDeadlines deadlines;
    private final DeadlineClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseControl(org.springframework.context.ApplicationEventPublisher events, CaseFiles caseFiles, CaseControlRecords records, CaseOperationLog operations, RuntimeService runtime,
                TaskService tasks, ManagementService management, IdentityService identity, EngineAsSystem engine,
                TaskDeadlines deadlines, DeadlineClock clock) {
        this.events = events;
        this.caseFiles = caseFiles;
        this.records = records;
        this.operations = operations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.engine = engine;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public CaseControlRecord suspend(String caseNo, String reason) {
        CaseFile file = openCaseOfLead(caseNo, "中止");
        String why = reason(reason, "中止理由");
        if (records.openSuspension(file.caseNo()).isPresent()) {
            throw new ApiExceptionHandler.Conflict("案件 " + file.caseNo() + " 已处于中止状态，不能重复中止");
        }
        String actor = caller().getUserId();
        Instant now = clock.now();
        engine.run(() -> runtime.suspendProcessInstanceById(file.processInstanceId()));
        records.insert(file.caseNo(), file.caseType(), file.processInstanceId(), CaseControlRecord.Kind.SUSPENSION, why, actor, now);
        operations.record(file.caseType(), file.caseNo(), file.processInstanceId(),
                CaseOperationLog.Step.ofCase(SUSPENSION_STEP, "中止办理"), leadGroup(file), actor, Outcome.SUSPENDED, why);
        return records.openSuspension(file.caseNo()).orElseThrow();
    }

    @Transactional
    public CaseControlRecord resume(String caseNo, String reason) {
        CaseFile file = openCaseOfLead(caseNo, "恢复办理");
        String why = reason == null || reason.isBlank() ? null : reason(reason, "恢复理由");
        CaseControlRecord suspension = records.openSuspension(file.caseNo())
                .orElseThrow(() -> new ApiExceptionHandler.Conflict("案件 " + file.caseNo() + " 未处于中止状态，无需恢复"));
        String actor = caller().getUserId();
        LocalDate pausedOn = WorkingDayCalendar.toLocalDate(suspension.startedAt());
        LocalDate today = clock.today();
        int paused = Math.max(0, clock.calendar().workingDaysBetween(pausedOn, today).value());
        engine.run(() -> {
            runtime.activateProcessInstanceById(file.processInstanceId());
            shiftDeadlines(file.processInstanceId(), pausedOn, today);
        });
        records.end(suspension.id(), actor, clock.now(), why, paused);
        operations.record(file.caseType(), file.caseNo(), file.processInstanceId(),
                CaseOperationLog.Step.ofCase(SUSPENSION_STEP, "恢复办理"), leadGroup(file), actor, Outcome.RESUMED,
                "中止 " + paused + " 个工作日，期限顺延" + (why == null ? "" : "；" + why));
        return records.ofCase(file.caseNo()).stream().filter(r -> r.id().equals(suspension.id())).findFirst().orElseThrow();
    }

    @Transactional
    public CaseControlRecord terminate(String caseNo, String reason) {
        CaseFile file = openCaseOfLead(caseNo, "终止");
        String why = reason(reason, "终止理由");
        return end(file, why, caller().getUserId(), leadGroup(file));
    }

    /** The 补正 lapse rule set to TERMINATE ends the case, in the sweep's transaction. */
    @EventListener
    void on(ApplicantTimeLimitLapsed lapsed) {
        terminateAsSystem(lapsed.caseNo(), lapsed.reason());
    }

    /** The system ends a case by a rule (e.g. the 补正 lapse rule set to TERMINATE); no right to check. */
    public void terminateAsSystem(String caseNo, String reason) {
        caseFiles.byCaseNo(caseNo).filter(file -> !file.closed() && records.termination(caseNo).isEmpty())
                .ifPresent(file -> end(file, reason, "system", leadGroup(file)));
    }

    private CaseControlRecord end(CaseFile file, String why, String actor, String agency) {
        Instant now = clock.now();
        records.openSuspension(file.caseNo()).ifPresent(s -> records.end(s.id(), actor, now, "案件终止", null));
        engine.run(() -> runtime.deleteProcessInstance(file.processInstanceId(), "终止办理：" + why, true, true));
        deadlines.endAllOf(file.processInstanceId(), now);
        records.insert(file.caseNo(), file.caseType(), file.processInstanceId(), CaseControlRecord.Kind.TERMINATION, why, actor, now);
        operations.record(file.caseType(), file.caseNo(), file.processInstanceId(),
                CaseOperationLog.Step.ofCase(TERMINATION_STEP, "终止办理"), agency, actor, Outcome.TERMINATED, why);
        events.publishEvent(new CaseTerminated(file.caseType(), file.caseNo(), file.processInstanceId(), why, now));
        return records.termination(file.caseNo()).orElseThrow();
    }

    /** Due dates, reminders and timers of the case move by the working days it stood still. */
    private void shiftDeadlines(String processInstanceId, LocalDate pausedOn, LocalDate resumedOn) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (task.getDueDate() != null) {
                Instant due = clock.shifted(task.getDueDate().toInstant(), pausedOn, resumedOn);
                if (due.equals(task.getDueDate().toInstant())) {
                    continue; // overdue before the suspension (stays flagged once), or no working day passed
                }
                task.setDueDate(Date.from(due));
                boolean managed = deadlines.of(task.getId()).map(d -> !d.modelTimed()).orElse(false);
                Instant remind = clock.remindAt(due);
                if (managed) {
                    task.setFollowUpDate(Date.from(remind));
                }
                tasks.saveTask(task);
                deadlines.moved(task.getId(), due, remind);
            }
        }
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
        for (Job timer : timers) {
            if (timer.getDuedate() != null) {
                management.setJobDuedate(timer.getId(), Date.from(clock.shifted(timer.getDuedate().toInstant(), pausedOn, resumedOn)));
            }
        }
    }

    /**
     * For other case operations of the lead agency (加签, 减签): the case, if it is open, not suspended and the caller
     * leads it (or administers the system); 403 / 404 / 409 otherwise. The caller then changes the engine as the system
     * and records the operation with {@link #leadGroup}.
     */
    public CaseFile workableCaseOfLead(String caseNo, String action) {
        CaseFile file = openCaseOfLead(caseNo, action);
        if (records.openSuspension(file.caseNo()).isPresent()) {
            throw new ApiExceptionHandler.Conflict("案件 " + file.caseNo() + " 已中止办理，恢复办理后才能" + action);
        }
        return file;
    }

    /** The case, if it is open and the caller leads it (or administers the system); 403 / 404 / 409 otherwise. */
    private CaseFile openCaseOfLead(String caseNo, String action) {
        Authentication caller = caller();
        CaseFile file = caseFiles.byCaseNo(caseNo)
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + caseNo + " 的案卷，或您无权查看"));
        Agency lead = LeadAgency.of(file.caseType());
        if (!leads(caller, file)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN,
                    "只有牵头部门（" + lead.shortName() + "）可以" + action + "案件 " + file.caseNo());
        }
        if (records.termination(file.caseNo()).isPresent()) {
            throw new ApiExceptionHandler.Conflict("案件 " + file.caseNo() + " 已终止办理，不能" + action);
        }
        if (file.closed()) {
            throw new ApiExceptionHandler.Conflict("案件 " + file.caseNo() + " 已办结，不能" + action);
        }
        return file;
    }

    /** The right behind 中止, 恢复, 终止, 加签 and 减签: the case's lead agency or an administrator. */
    public static boolean leads(Authentication caller, CaseFile file) {
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return groups.contains(LeadAgency.of(file.caseType()).groupId()) || groups.contains(StaffGroup.ADMINS);
    }

    /** Whether {@link #workableCaseOfLead} would let the caller act: leads it, open, not terminated, not suspended. */
    public boolean workable(Authentication caller, CaseFile file) {
        return leads(caller, file) && !file.closed() && records.termination(file.caseNo()).isEmpty()
                && records.openSuspension(file.caseNo()).isEmpty();
    }

    public static String leadGroup(CaseFile file) {
        return LeadAgency.of(file.caseType()).groupId();
    }

    private Authentication caller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.UNAUTHORIZED, "未登录");
        }
        return caller;
    }

    public static String reason(String text, String label) {
        if (text == null || text.isBlank()) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, "reason：请填写" + label);
        }
        if (text.strip().length() > 1000) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST, "reason：" + label + "不能超过1000字");
        }
        return text.strip();
    }
}
