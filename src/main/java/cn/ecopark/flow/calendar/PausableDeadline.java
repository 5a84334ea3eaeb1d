package cn.ecopark.flow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

/**
 * A statutory deadline whose clock can be paused, e.g. while an applicant supplies missing material
 * (补正), during expert review or a site inspection. Immutable; every step returns a new value.
 * The three components are plain values so the workflow can keep them in process variables and
 * rebuild the object with the canonical constructor.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@link #start}: deadline = {@link WorkingDayCalendar#addWorkingDays addWorkingDays(start, n)}
 *       (the start day is not counted, day 1 is the next working day).</li>
 *   <li>{@link #pause}: the pause day itself counts as used (the clock ran that day); the working
 *       days strictly after the pause day up to and including the deadline remain:
 *       {@code remaining = workingDaysBetween(pauseDate, deadline)}. Paused on the deadline day or
 *       later, nothing remains ({@code 0}); check {@link #isOverdueOn} before pausing if lateness
 *       must be recorded.</li>
 *   <li>{@link #resume}: like a new start on the resume day (the resume day is not counted):
 *       deadline = {@code addWorkingDays(resumeDate, remaining)}. With nothing remaining the case is
 *       due on the resume day itself.</li>
 * </ul>
 * Example: 5 working days from Mon 2026-03-02 → due Mon 03-09. Paused Thu 03-05 (3 days used,
 * 2 remain), resumed Tue 03-10 → due Thu 03-12. A pause from Friday to Sunday changes nothing.
 *
 * @param deadline             while running, the current deadline; while paused, the deadline that
 *                             applied when the clock was paused (for display only)
 * @param pausedOn             the day the clock was paused, or {@code null} while running
 * @param remainingWorkingDays working days left when paused; {@code 0} while running
 */
public record PausableDeadline(LocalDate deadline, LocalDate pausedOn, int remainingWorkingDays) {

    public PausableDeadline {
        Objects.requireNonNull(deadline, "deadline");
        if (remainingWorkingDays < 0) {
            throw new IllegalArgumentException("remainingWorkingDays must not be negative: " + remainingWorkingDays);
        }
        if (pausedOn == null && remainingWorkingDays != 0) {
            throw new IllegalArgumentException("a running deadline has no remainingWorkingDays (only a paused one)");
        }
    }

    /** Starts the clock: {@code workingDays} working days counted from the day after {@code startDate}. */
    public static CalendarResult<PausableDeadline> start(WorkingDayCalendar calendar, LocalDate startDate, int workingDays) {
        return calendar.addWorkingDays(startDate, workingDays).map(d -> new PausableDeadline(d, null, 0));
    }

    public boolean isPaused() {
        return pausedOn != null;
    }

    /**
     * Pauses the clock on {@code pauseDate}.
     *
     * @throws IllegalStateException if already paused
     */
    public CalendarResult<PausableDeadline> pause(WorkingDayCalendar calendar, LocalDate pauseDate) {
        Objects.requireNonNull(pauseDate, "pauseDate");
        if (isPaused()) {
            throw new IllegalStateException("clock already paused since " + pausedOn);
        }
        return calendar.workingDaysBetween(pauseDate, deadline)
                .map(left -> new PausableDeadline(deadline, pauseDate, Math.max(0, left)));
    }

    /**
     * Restarts the clock on {@code resumeDate} with the remaining working days.
     *
     * @throws IllegalStateException    if not paused
     * @throws IllegalArgumentException if {@code resumeDate} is before the pause day
     */
    public CalendarResult<PausableDeadline> resume(WorkingDayCalendar calendar, LocalDate resumeDate) {
        Objects.requireNonNull(resumeDate, "resumeDate");
        if (!isPaused()) {
            throw new IllegalStateException("clock is not paused");
        }
        if (resumeDate.isBefore(pausedOn)) {
            throw new IllegalArgumentException("resume date " + resumeDate + " is before pause date " + pausedOn);
        }
        return calendar.addWorkingDays(resumeDate, remainingWorkingDays).map(d -> new PausableDeadline(d, null, 0));
    }

    /** True when the clock is running and {@code today} is after the deadline day. */
    public boolean isOverdueOn(LocalDate today) {
        return !isPaused() && today.isAfter(deadline);
    }

    /** The deadline as an instant (end of the deadline day, Asia/Shanghai). */
    public Instant deadlineInstant() {
        return WorkingDayCalendar.endOfDay(deadline);
    }

    /** The deadline as a {@link Date}, e.g. for {@code camunda:dueDate="${deadlineVariable}"}. */
    public Date deadlineAsDate() {
        return Date.from(deadlineInstant());
    }
}
