package cn.ecopark.flow.calendar.engine;

import java.util.Objects;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.ecopark.flow.calendar.WorkingDayCalendar;

/**
 * Lets BPMN due dates and timers count working days (法定节假日与调休).
 *
 * <p>After the engine has set up its business calendars, this plugin wraps them (see
 * {@link WorkingDayBusinessCalendarManager}) so that the value {@code P<n>WD} means "the end
 * (23:59:59 Asia/Shanghai) of the n-th working day after today", today not counted. Every standard
 * value (ISO 8601 durations such as {@code P5D} or {@code PT1H}, ISO date-times, {@code Date}
 * results of expressions, cycles) keeps the engine's normal meaning.
 *
 * <pre>{@code
 * <bpmn:userTask id="review" camunda:dueDate="P5WD"/>               <!-- due in 5 working days -->
 * <bpmn:userTask id="review2" camunda:dueDate="P${limitDays}WD"/>   <!-- limit from a variable -->
 * <bpmn:boundaryEvent id="late" attachedToRef="review">
 *   <bpmn:timerEventDefinition><bpmn:timeDuration>P5WD</bpmn:timeDuration></bpmn:timerEventDefinition>
 * </bpmn:boundaryEvent>
 * }</pre>
 * Supported where the engine resolves due dates through its business calendars: user task
 * {@code camunda:dueDate} and {@code camunda:followUpDate}, timer {@code timeDuration} and
 * {@code timeDate}. Not supported in {@code timeCycle}. A deadline computed elsewhere (e.g. after a
 * pause, see {@link cn.ecopark.flow.calendar.PausableDeadline}) can be handed in as a {@code Date}:
 * {@code camunda:dueDate="${deadline}"}.
 *
 * <p>Registered as a Spring bean by {@link cn.ecopark.flow.calendar.CalendarConfiguration}; the
 * Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean. Outside Spring, add it
 * to the configuration's plugin list.
 */
public class WorkingDayEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayEnginePlugin.class);

    private final WorkingDayCalendar calendar;

    public WorkingDayEnginePlugin(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getBusinessCalendarManager() instanceof WorkingDayBusinessCalendarManager) {
            return;
        }
        configuration.setBusinessCalendarManager(
                new WorkingDayBusinessCalendarManager(configuration.getBusinessCalendarManager(), calendar));
        LOG.info("工作日日历已接入流程引擎：截止期限可写作 P<n>WD（节假日数据年份：{}）", calendar.yearsWithData());
    }

    public WorkingDayCalendar getCalendar() {
        return calendar;
    }
}
