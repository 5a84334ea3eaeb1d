package cn.ecopark.flow.calendar.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

import cn.ecopark.flow.calendar.WorkingDayCalendar;

/**
 * Wraps the engine's {@link BusinessCalendarManager}: the {@code dueDate} calendar (user task
 * {@code camunda:dueDate} / {@code camunda:followUpDate}, timer {@code timeDate}) and the
 * {@code duration} calendar (timer {@code timeDuration}) are decorated with
 * {@link WorkingDayBusinessCalendar}; every other calendar, including {@code cycle}, is returned
 * as the wrapped manager has it.
 */
public class WorkingDayBusinessCalendarManager implements BusinessCalendarManager {

    private final BusinessCalendarManager delegate;
    private final Map<String, BusinessCalendar> decorated = new HashMap<>();

    public WorkingDayBusinessCalendarManager(BusinessCalendarManager delegate, WorkingDayCalendar calendar) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        for (String name : new String[] {DueDateBusinessCalendar.NAME, DurationBusinessCalendar.NAME}) {
            BusinessCalendar standard = delegate.getBusinessCalendar(name);
            if (standard != null) {
                decorated.put(name, new WorkingDayBusinessCalendar(standard, calendar));
            }
        }
    }

    @Override
    public BusinessCalendar getBusinessCalendar(String businessCalendarRef) {
        BusinessCalendar calendar = decorated.get(businessCalendarRef);
        return calendar != null ? calendar : delegate.getBusinessCalendar(businessCalendarRef);
    }

    public BusinessCalendarManager getDelegate() {
        return delegate;
    }
}
