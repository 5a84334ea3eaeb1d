package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.calendar.PausableDeadline;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.calendar.AppClock;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The engine's clock and the working-day calendar, and the dates a task's limit is made of. */
@Component
public class DeadlineClock {

    private final WorkingDayCalendar calendar;
    private final TimeLimitProperties properties;

    DeadlineClock(WorkingDayCalendar calendar, TimeLimitProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Instant now() {
        return AppClock.now();
    }

    public LocalDate today() {
        return WorkingDayCalendar.toLocalDate(now());
    }

    /** End of the {@code workingDays}-th working day after {@code from}. */
    Instant dueAfter(LocalDate from, int workingDays) {
        return WorkingDayCalendar.endOfDay(calendar.addWorkingDays(from, workingDays).value());
    }

    /**
     * Start of the working day that lies {@code reminderWorkingDays} working days before the due day (the Tasklist
     * follow-up date); never before now, so a short limit is reminded at once.
     */
    public Instant remindAt(Instant due) {
        LocalDate day = WorkingDayCalendar.toLocalDate(due);
        int back = properties.reminderWorkingDays();
        for (int i = 0; i < 400 && back > 0; i++) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                back--;
            }
        }
        Instant at = day.atTime(LocalTime.MIDNIGHT).atZone(AppClock.ZONE).toInstant();
        Instant now = now();
        return at.isBefore(now) ? now : at;
    }

    /**
     * A due moment after a pause of the clock from {@code pausedOn} to {@code resumedOn} (中止): the working days left
     * on the pause day are counted again from the resume day, the time of day is kept ({@link PausableDeadline}).
     */
    public Instant shifted(Instant due, LocalDate pausedOn, LocalDate resumedOn) {
        LocalDate dueDay = WorkingDayCalendar.toLocalDate(due);
        LocalTime time = due.atZone(AppClock.ZONE).toLocalTime();
        if (dueDay.isBefore(pausedOn)) {
            return due; // already past when the case was suspended: stays overdue
        }
        PausableDeadline paused = new PausableDeadline(dueDay, null, 0).pause(calendar, pausedOn).value();
        LocalDate newDay = paused.resume(calendar, resumedOn).value().deadline();
        return newDay.atTime(time).atZone(AppClock.ZONE).toInstant();
    }

    /** Working days from today to the due day (negative when overdue). */
    public int workingDaysLeft(Instant due) {
        return calendar.workingDaysBetween(today(), WorkingDayCalendar.toLocalDate(due)).value();
    }
}
