package cn.ecopark.flow.timelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Time limits of the user tasks. The notice sets none of them (only the EIA law's 60 / 30 days, which the green
 * channel's own clocks apply), so every figure here is an admin setting shown with {@link #source()}, 待确认 until an
 * administrator records the document it comes from.
 *
 * @param defaultWorkingDays  limit of a task whose model sets no due date and that has no entry in {@code tasks}
 * @param tasks               per process key, per task key: the limit in working days (overrides the model's {@code P<n>WD})
 * @param reminderWorkingDays the reminder (Tasklist follow-up date) comes this many working days before the due day
 * @param source              what users see beside a limit: its source document, or 待确认
 * @param lapse               what happens when an applicant's 补正 task passes its limit: {@code NOTICE} (the case
 *                            waits, the applicant and the lead agency are told) or {@code TERMINATE} (the case ends as
 *                            终止, reason "补正期限届满"); no law in the sources sets either, so it is 待确认
 * @param lapseSource         the source of the lapse rule, shown with the notice
 * @param lapseTasks          the applicant tasks the lapse rule applies to ({@code process-key.taskKey})
 * @param maxExtensionWorkingDays the most working days one 延期 may add (an operating limit, 待确认)
 * @param sweepInterval       how often the one sweep job looks for reminders and overdue tasks
 */
@ConfigurationProperties(prefix = "ecopark.time-limits")
public record TimeLimitProperties(@DefaultValue("10") int defaultWorkingDays,
                                  Map<String, Map<String, Integer>> tasks,
                                  @DefaultValue("1") int reminderWorkingDays,
                                  @DefaultValue(UNCONFIRMED) String source,
                                  @DefaultValue("NOTICE") Lapse lapse,
                                  @DefaultValue(UNCONFIRMED) String lapseSource,
                                  @DefaultValue({"park-application.correctApplication", "green-channel-approval.supplyCorrection"})
                                  List<String> lapseTasks,
                                  @DefaultValue("20") int maxExtensionWorkingDays,
                                  @DefaultValue("PT1H") Duration sweepInterval) {

    static final String UNCONFIRMED = "待确认：管理员设置，尚未记录来源文件";

    /** What follows when an applicant lets a 补正 limit pass. */
    public enum Lapse { NOTICE, TERMINATE }

    public TimeLimitProperties {
        tasks = tasks == null ? Map.of() : tasks;
        if (defaultWorkingDays < 1 || reminderWorkingDays < 0 || maxExtensionWorkingDays < 1) {
            throw new IllegalArgumentException("ecopark.time-limits: default-working-days and max-extension-working-days must be at least 1, reminder-working-days at least 0");
        }
        tasks.forEach((process, limits) -> limits.forEach((task, days) -> {
            if (days == null || days < 1) {
                throw new IllegalArgumentException("ecopark.time-limits.tasks." + process + "." + task + " must be at least 1 working day");
            }
        }));
    }

    /** The configured limit of a task, if an administrator set one. */
    Integer configured(String processKey, String taskKey) {
        return tasks.getOrDefault(processKey, Map.of()).get(taskKey);
    }

    boolean lapseApplies(String processKey, String taskKey) {
        return lapseTasks.contains(processKey + "." + taskKey);
    }
}
