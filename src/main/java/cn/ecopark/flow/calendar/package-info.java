/**
 * Working-day calendar (法定节假日与调休) for statutory time limits and task due dates.
 *
 * <ul>
 *   <li>{@link cn.ecopark.flow.calendar.WorkingDayCalendar}: is a date a working day, add working
 *       days, count working days; results carry a warning for years without holiday data.</li>
 *   <li>{@link cn.ecopark.flow.calendar.PausableDeadline}: a deadline whose clock pauses (补正,
 *       expert review, site inspection).</li>
 *   <li>{@link cn.ecopark.flow.calendar.HolidayDataLoader}: the yearly data files and their format.</li>
 *   <li>{@link cn.ecopark.flow.calendar.engine.WorkingDayEnginePlugin}: {@code P<n>WD} in BPMN due
 *       dates and timers.</li>
 * </ul>
 *
 * <p>Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {})
package cn.ecopark.flow.calendar;

import org.springframework.modulith.ApplicationModule;
