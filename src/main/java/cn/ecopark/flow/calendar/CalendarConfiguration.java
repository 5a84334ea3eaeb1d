package cn.ecopark.flow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.ecopark.flow.calendar.engine.WorkingDayEnginePlugin;

/**
 * Spring wiring: the {@link WorkingDayCalendar} bean (loaded once at start-up, failing the start
 * if a holiday file is invalid) and the Camunda plugin that makes {@code P<n>WD} due dates and
 * timers work. {@link CalendarProperties} is bound by the application's
 * {@code @ConfigurationPropertiesScan}.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    public WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return WorkingDayCalendar.load(properties.directory());
    }

    @Bean
    public WorkingDayEnginePlugin workingDayEnginePlugin(WorkingDayCalendar workingDayCalendar) {
        return new WorkingDayEnginePlugin(workingDayCalendar);
    }
}
