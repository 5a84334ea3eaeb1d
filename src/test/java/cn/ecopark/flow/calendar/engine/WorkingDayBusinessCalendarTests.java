package cn.ecopark.flow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.ecopark.flow.calendar.WorkingDayCalendar;

class WorkingDayBusinessCalendarTests {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.load(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5WD", "P0WD", "P20WD", " P5WD "})
    void recognisesTheWorkingDayNotation(String value) {
        assertThat(WorkingDayBusinessCalendar.isWorkingDayDuration(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5D", "P1W", "PT5H", "P1Y2M", "2026-10-12T17:00:00", "R3/PT1H", "P5wd", "P-1WD", "P5WDT2H", "P12345WD", ""})
    void leavesEveryOtherValueToTheEngine(String value) {
        assertThat(WorkingDayBusinessCalendar.isWorkingDayDuration(value)).isFalse();
    }

    @Test
    void resolvesFromAGivenStartDateAsUsedWhenTimersAreRecalculatedFromTheirCreationTime() {
        WorkingDayBusinessCalendar duration = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar);
        Date created = Date.from(Instant.parse("2026-09-29T02:00:00Z")); // 10:00 Shanghai

        assertThat(duration.resolveDuedate("P5WD", created).toInstant()).isEqualTo(Instant.parse("2026-10-12T15:59:59Z"));
        assertThat(duration.resolveDuedate("P5D", created).toInstant()).isEqualTo(Instant.parse("2026-10-04T02:00:00Z"));
    }

    @Test
    void lateEveningUtcIsAlreadyTheNextDayInShanghai() {
        WorkingDayBusinessCalendar dueDate = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar);
        // 2026-09-30T17:00Z is 1 Oct 01:00 in Shanghai: counting starts after 1 Oct → 8 Oct
        Date start = Date.from(Instant.parse("2026-09-30T17:00:00Z"));

        assertThat(dueDate.resolveDuedate("P1WD", start).toInstant()).isEqualTo(Instant.parse("2026-10-08T15:59:59Z"));
    }

    @Test
    void invalidValuesStillFailTheEngineWay() {
        WorkingDayBusinessCalendar dueDate = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar);
        assertThatThrownBy(() -> dueDate.resolveDuedate("P5XD", (Date) null)).isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void managerDecoratesOnlyDueDateAndDurationCalendars() {
        MapBusinessCalendarManager standard = new MapBusinessCalendarManager();
        standard.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        standard.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());

        WorkingDayBusinessCalendarManager manager = new WorkingDayBusinessCalendarManager(standard, calendar);

        assertThat(manager.getBusinessCalendar(DurationBusinessCalendar.NAME)).isInstanceOf(WorkingDayBusinessCalendar.class);
        assertThat(manager.getBusinessCalendar(DueDateBusinessCalendar.NAME)).isInstanceOf(WorkingDayBusinessCalendar.class);
        assertThat(manager.getBusinessCalendar("cycle")).isNull(); // whatever the wrapped manager says
    }
}
