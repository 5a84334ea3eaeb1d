package cn.ecopark.flow.calendar.engine;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import cn.ecopark.flow.calendar.CalendarResult;
import cn.ecopark.flow.calendar.WorkingDayCalendar;

/**
 * A Camunda {@link BusinessCalendar} that understands working-day durations and hands every other
 * value to the engine's own calendar unchanged.
 *
 * <h2>Notation: {@code P<n>WD}</h2>
 * {@code P} + a whole number of working days (0–9999) + {@code WD}, e.g. {@code P5WD}, {@code P20WD};
 * an expression may build it, e.g. {@code P${limitDays}WD}. It is not ISO 8601 (ISO has no
 * {@code WD} designator), so it cannot collide with a standard value: {@code P5D},
 * {@code PT2H}, {@code 2026-10-12T17:00:00} and expressions returning a {@link Date} keep their usual
 * meaning.
 *
 * <p>Meaning: the end (23:59:59 Asia/Shanghai) of the <i>n</i>-th working day after the day on which
 * the value is resolved (task creation, timer creation); that day itself is not counted, see
 * {@link WorkingDayCalendar#addWorkingDays}. {@code P0WD} is the end of today.
 *
 * <p>When the computation touches a year without holiday data, only weekends are skipped, the
 * calendar logs a warning once per year and, for a user task, the warning text is also stored as
 * the task-local variable {@value #WARNING_VARIABLE} so that it shows on the case.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    /** The working-day notation. */
    public static final Pattern NOTATION = Pattern.compile("P(\\d{1,4})WD");

    /** Task-local variable set when a due date was computed without holiday data for some year. */
    public static final String WARNING_VARIABLE = "workingDayCalendarWarning";

    private final BusinessCalendar standard;
    private final WorkingDayCalendar calendar;

    /**
     * @param standard the engine's calendar for everything that is not {@code P<n>WD}
     */
    public WorkingDayBusinessCalendar(BusinessCalendar standard, WorkingDayCalendar calendar) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** True if {@code value} is a working-day duration such as {@code P5WD}. */
    public static boolean isWorkingDayDuration(String value) {
        return value != null && NOTATION.matcher(value.strip()).matches();
    }

    @Override
    public Date resolveDuedate(String duedate) {
        return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
        if (!isWorkingDayDuration(duedate)) {
            return standard.resolveDuedate(duedate, startDate);
        }
        return Date.from(WorkingDayCalendar.endOfDay(resolve(duedate, startDate).value()));
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
        if (!isWorkingDayDuration(duedate)) {
            return standard.resolveDuedate(duedate, task);
        }
        CalendarResult<LocalDate> result = resolve(duedate, null);
        if (result.hasWarning() && task instanceof VariableScope scope) {
            scope.setVariableLocal(WARNING_VARIABLE, result.warning().orElseThrow());
        }
        return Date.from(WorkingDayCalendar.endOfDay(result.value()));
    }

    private CalendarResult<LocalDate> resolve(String duedate, Date startDate) {
        Matcher m = NOTATION.matcher(duedate.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(duedate);
        }
        Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
        return calendar.addWorkingDays(WorkingDayCalendar.toLocalDate(start), Integer.parseInt(m.group(1)));
    }

    public BusinessCalendar getStandard() {
        return standard;
    }
}
