package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The engine's clock and the working-day calendar, and the instants an agency's review task and its timers
 * run on ({@link GreenChannelVariables#openReview}): the end of the deadline day (due date and expiry timer) and the
 * end of the last working day before it (from then on one working day is left: the reminder).
 */
@Component
public class StatutoryClock {

    private final WorkingDayCalendar calendar;

    StatutoryClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
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

    /** Opens the review's scope with its due instants, where the task's due date and both timers read them. */
    public void openReview(DelegateExecution execution, GreenChannelReview review) {
        GreenChannelVariables.openReview(execution, WorkingDayCalendar.endOfDay(review.getDeadline()),
                reminderAt(review.getDeadline()));
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
