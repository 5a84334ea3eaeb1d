package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * The engine's clock and the working-day calendar, and the dates an agency's review task and its timers
 * run on: {@code reviewDue} (end of the deadline day: due date and expiry timer) and {@code reminderDue}
 * (end of the last working day before it: from then on one working day is left).
 */
@Component
class StatutoryClock {

    static final java.time.ZoneId ZONE = WorkingDayCalendar.ZONE;
    static final String REVIEW_DUE = "reviewDue";
    static final String REMINDER_DUE = "reminderDue";

    private final WorkingDayCalendar calendar;

    StatutoryClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    Instant now() {
        return AppClock.now();
    }

    LocalDate today() {
        return WorkingDayCalendar.toLocalDate(now());
    }

    /** Puts the review's due dates on its scope, where the task's due date and both timers read them. */
    void expose(DelegateExecution execution, GreenChannelReview review) {
        execution.setVariableLocal(REVIEW_DUE, Date.from(WorkingDayCalendar.endOfDay(review.getDeadline())));
        execution.setVariableLocal(REMINDER_DUE, Date.from(reminderAt(review.getDeadline())));
    }

    /** End of the last working day before the deadline day; never in the past (then the reminder is due at once). */
    Instant reminderAt(LocalDate deadline) {
        LocalDate day = deadline.minusDays(1);
        while (!calendar.isWorkingDay(day) && day.isAfter(deadline.minusDays(60))) {
            day = day.minusDays(1);
        }
        Instant at = WorkingDayCalendar.endOfDay(day);
        Instant now = now();
        return at.isBefore(now) ? now : at;
    }
}
