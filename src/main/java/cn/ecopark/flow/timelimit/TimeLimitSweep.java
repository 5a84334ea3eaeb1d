package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.approval.CaseOperationLog;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The one job that keeps every task's time limit: it sends the reminders that are due, flags the tasks that passed
 * their due day, applies the 补正 lapse rule, and schedules itself again ({@code sweep-interval}). One job for all
 * cases instead of two timers per task: the work is two indexed queries on {@code task_deadline}, whatever the
 * number of open tasks. Suspended cases are skipped (their clock stands still). With the job executor off (tests)
 * the job waits until someone executes it ({@code ManagementService.executeJob}).
 */
@Component
public class TimeLimitSweep {

    static final String TYPE = "ecopark-time-limit-sweep";
    private static final Logger log = LoggerFactory.getLogger(TimeLimitSweep.class);

    private final TaskDeadlines deadlines;
    private final DeadlineClock clock;
    private final TimeLimitProperties properties;
    private final TaskService tasks;
    private final ManagementService management;
    private final CaseOperationLog operations;
    private final ApplicationEventPublisher events;
    private final EngineAsSystem engine;
    private final ProcessEngine processEngine;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    TimeLimitSweep(TaskDeadlines deadlines, DeadlineClock clock, TimeLimitProperties properties, TaskService tasks,
                   ManagementService management, CaseOperationLog operations, ApplicationEventPublisher events, EngineAsSystem engine,
                   ProcessEngine processEngine, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
        this.tasks = tasks;
        this.management = management;
        this.operations = operations;
        this.events = events;
        this.engine = engine;
        this.processEngine = processEngine;
    }

    /**
     * The waiting sweep job (one per database), created at start-up if missing. Runners run before the application is
     * ready, so still under the cluster's start-up lock: two nodes never both create it.
     */
    @Bean
    ApplicationRunner scheduleTimeLimitSweep() {
        return args -> ensureScheduled();
    }

    void ensureScheduled() {
        if (pendingJob() == null) {
            ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(context -> {
                        schedule(context, nextRun());
                        return null;
                    });
            log.info("Time-limit sweep scheduled every {}", properties.sweepInterval());
        }
    }

    /** The waiting sweep job, or null. */
    public Job pendingJob() {
        // The job query has no handler-type criterion; the job table has (one indexed-size row per job).
        List<String> ids = jdbc.queryForList("SELECT ID_ FROM " + management.getTableName(JobEntity.class)
                + " WHERE HANDLER_TYPE_ = ?", String.class, TYPE);
        return ids.isEmpty() ? null : engine.call(() -> management.createJobQuery().jobId(ids.get(0)).singleResult());
    }

    /** Reminders and overdue flags that are due now. */
    public void sweep() {
        engine.run(() -> {
            Instant now = clock.now();
            for (TaskDeadline d : deadlines.dueForReminder(now)) {
                Task task = activeTask(d.taskId());
                if (task != null) {
                    note(task, "时限提醒：「%s」办理期限至 %s，剩余 %d 个工作日（期限来源：%s）".formatted(d.taskName(), day(d.dueAt()),
                            Math.max(0, clock.workingDaysLeft(d.dueAt())), source(d)), 70);
                    deadlines.reminded(d.taskId(), now);
                }
            }
            for (TaskDeadline d : deadlines.newlyOverdue(now)) {
                Task task = activeTask(d.taskId());
                if (task != null) {
                    overdue(d, task, now);
                }
            }
        });
    }

    private void overdue(TaskDeadline d, Task task, Instant now) {
        note(task, "已超期：「%s」办理期限为 %s（期限来源：%s）".formatted(d.taskName(), day(d.dueAt()), source(d)), 100);
        deadlines.overdue(d.taskId(), now);
        String caseNo = (String) tasks.getVariable(task.getId(), CaseVariables.CASE_NO);
        boolean lapse = d.applicantTask() && properties.lapseApplies(d.caseType(), d.taskKey());
        String comment = "办理期限 %s 已届满".formatted(day(d.dueAt()))
                + (lapse ? "；补正期限届满的处理：" + (properties.lapse() == TimeLimitProperties.Lapse.TERMINATE
                ? "终止办理" : "通知申报单位和牵头部门，案件等待补正") + "（依据：" + properties.lapseSource() + "）" : "");
        operations.record(d.caseType(), caseNo, d.processInstanceId(), new CaseOperationLog.Step(d.taskId(), d.taskKey(), d.taskName()),
                agencyOf(task), "system", Outcome.TIME_LIMIT_LAPSED, comment);
        if (lapse && properties.lapse() == TimeLimitProperties.Lapse.TERMINATE && caseNo != null) {
            // casecontrol ends the case (it listens; time limits do not reach into case control)
            events.publishEvent(new ApplicantTimeLimitLapsed(caseNo, "补正期限届满，终止办理（依据：" + properties.lapseSource() + "）"));
        }
    }

    private String source(TaskDeadline d) {
        return d.workingDays() == null ? "流程模型" : d.workingDays() + " 个工作日，" + properties.source();
    }

    private Task activeTask(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).active().singleResult();
    }

    private void note(Task task, String text, int priority) {
        tasks.setVariableLocal(task.getId(), TaskDeadlineListener.NOTE, text);
        if (task.getPriority() < priority) {
            tasks.setPriority(task.getId(), priority);
        }
    }

    private String agencyOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(cn.ecopark.flow.agency.StaffGroup.APPLICANTS);
    }

    private static String day(Instant at) {
        return at == null ? "—" : WorkingDayCalendar.toLocalDate(at).toString();
    }

    /** When the next sweep runs (the handler holds a lazy proxy: it asks, it does not read fields). */
    public Date nextRun() {
        return Date.from(clock.now().plus(properties.sweepInterval()));
    }

    static void schedule(CommandContext context, Date due) {
        TimerEntity timer = new TimerEntity();
        timer.setJobHandlerType(TYPE);
        timer.setJobHandlerConfigurationRaw("");
        timer.setDuedate(due);
        context.getJobManager().schedule(timer);
    }

    /** The engine's side: runs the sweep and schedules the next one in the same transaction. */
    static final class SweepJobHandler implements JobHandler<JobHandlerConfiguration> {

        private final TimeLimitSweep sweep;

        SweepJobHandler(TimeLimitSweep sweep) {
            this.sweep = sweep;
        }

        @Override
        public String getType() {
            return TYPE;
        }

        @Override
        public void execute(JobHandlerConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            sweep.sweep();
            schedule(context, sweep.nextRun());
        }

        @Override
        public JobHandlerConfiguration newConfiguration(String canonicalString) {
            return () -> "";
        }

        @Override
        public void onDelete(JobHandlerConfiguration configuration, JobEntity jobEntity) {
        }
    }
}
