package cn.ecopark.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class WorkingDayCalendarTests {

    /** The shipped data only: 2026 has a file, 2025 and 2027 do not. */
    static WorkingDayCalendar calendar;

    private ListAppender<ILoggingEvent> log;

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.load(null);
    }

    @AfterEach
    void detachLog() {
        if (log != null) {
            ((Logger) LoggerFactory.getLogger(WorkingDayCalendar.class)).detachAppender(log);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // 调休 make-up working days: Saturdays and Sundays that are worked
            "2026-01-04, MAKE_UP_WORKDAY", // Sun, 元旦
            "2026-02-14, MAKE_UP_WORKDAY", // Sat, 春节
            "2026-02-28, MAKE_UP_WORKDAY", // Sat, 春节
            "2026-05-09, MAKE_UP_WORKDAY", // Sat, 劳动节
            "2026-09-20, MAKE_UP_WORKDAY", // Sun, 国庆节
            "2026-10-10, MAKE_UP_WORKDAY", // Sat, 国庆节
            // statutory days off, on weekdays and weekends
            "2026-01-01, HOLIDAY", "2026-01-03, HOLIDAY",
            "2026-02-16, HOLIDAY", "2026-02-23, HOLIDAY",
            "2026-04-06, HOLIDAY", "2026-05-05, HOLIDAY", "2026-06-19, HOLIDAY",
            "2026-09-25, HOLIDAY", "2026-10-01, HOLIDAY", "2026-10-07, HOLIDAY",
            // ordinary days
            "2026-01-05, WORKDAY", "2026-02-24, WORKDAY", "2026-10-08, WORKDAY",
            "2026-01-10, WEEKEND", "2026-10-11, WEEKEND", "2026-02-21, HOLIDAY"
    })
    void classifies2026Days(LocalDate date, DayType expected) {
        assertThat(calendar.dayType(date)).isEqualTo(expected);
        assertThat(calendar.isWorkingDay(date)).isEqualTo(expected.isWorking());
    }

    @Test
    void namesTheHolidayOfADayOffAndOfAMakeUpDay() {
        assertThat(calendar.holidayName(LocalDate.parse("2026-10-03"))).contains("国庆节");
        assertThat(calendar.holidayName(LocalDate.parse("2026-09-20"))).contains("国庆节");
        assertThat(calendar.holidayName(LocalDate.parse("2026-10-08"))).isEmpty();
        assertThat(calendar.holidayName(LocalDate.parse("2027-01-01"))).isEmpty();
    }

    @Test
    void fiveWorkingDaysFromBeforeNationalDaySpanTheHolidayWeekAndCountTheMakeUpSaturday() {
        // 30 Sep (1), 1–7 Oct off, 8 Oct (2), 9 Oct (3), Sat 10 Oct 调休 (4), Sun 11 off, 12 Oct (5)
        CalendarResult<LocalDate> r = calendar.addWorkingDays(LocalDate.parse("2026-09-29"), 5);

        assertThat(r.value()).isEqualTo("2026-10-12");
        assertThat(r.hasWarning()).isFalse();
        assertThat(r.warning()).isEmpty();
    }

    @Test
    void makeUpSaturdayCanBeTheDeadline() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 3).value()).isEqualTo("2026-10-10");
        // Spring Festival: Fri 13 Feb (1), Sat 14 Feb 调休 (2), 15–23 Feb off, Tue 24 Feb (3)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-12"), 2).value()).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-12"), 3).value()).isEqualTo("2026-02-24");
    }

    @Test
    void makeUpSundayCountsAsAWorkingDay() {
        // 元旦 1–3 Jan off, Sun 4 Jan worked
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-12-31"), 1).value()).isEqualTo("2026-01-04");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-01-02"), 2).value()).isEqualTo("2026-01-05");
        // Fri 18 Sep (start), Sat 19 off, Sun 20 Sep worked (1), Mon 21 Sep (2)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-18"), 1).value()).isEqualTo("2026-09-20");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-18"), 2).value()).isEqualTo("2026-09-21");
    }

    @Test
    void startDayIsNeverCountedAndZeroDaysIsTheStartDay() {
        // accepted on a working day or on a holiday: day 1 is the next working day either way
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-02"), 1).value()).isEqualTo("2026-03-03");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-10-03"), 1).value()).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-10-03"), 0).value()).isEqualTo("2026-10-03");
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-10-03"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlineIn2027CountsWeekendsOnlyAndWarns() {
        // Dec 29, 30, 31 (3); Fri 1 Jan 2027 has no data so it counts as working (4); Mon 4 Jan (5)
        CalendarResult<LocalDate> r = calendar.addWorkingDays(LocalDate.parse("2026-12-28"), 5);

        assertThat(r.value()).isEqualTo("2027-01-04");
        assertThat(r.yearsWithoutData()).containsExactly(2027);
        assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("2027 年节假日安排尚未导入，按周末计算"));
        assertThat(calendar.hasDataFor(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue(); // weekday, no data
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse(); // Saturday
    }

    @Test
    void aLimitEndingBeforeTheYearEndDoesNotWarnAboutTheNextYear() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-28"), 3).hasWarning()).isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")).hasWarning()).isFalse();
    }

    @Test
    void missingYearIsLoggedOncePerYearNotPerCall() {
        WorkingDayCalendar fresh = new WorkingDayCalendar(HolidayDataLoader.load(null));
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(WorkingDayCalendar.class)).addAppender(log);

        fresh.addWorkingDays(LocalDate.parse("2026-12-28"), 5);
        fresh.addWorkingDays(LocalDate.parse("2026-12-30"), 10);
        fresh.isWorkingDay(LocalDate.parse("2027-05-01"));
        fresh.workingDaysBetween(LocalDate.parse("2027-12-30"), LocalDate.parse("2028-01-05"));

        List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("2027 年节假日安排尚未导入").contains("2027.json");
        assertThat(warnings.get(1)).contains("2028 年节假日安排尚未导入");
    }

    @Test
    void warningNamesEveryMissingYear() {
        CalendarResult<Integer> r = calendar.workingDaysBetween(LocalDate.parse("2025-12-30"), LocalDate.parse("2027-01-05"));
        assertThat(r.yearsWithoutData()).containsExactly(2025, 2027);
        assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("2025、2027 年节假日安排尚未导入"));
    }

    @Test
    void workingDaysBetweenExcludesTheFirstDayAndIncludesTheLast() {
        assertThat(between("2026-09-30", "2026-10-08")).isEqualTo(1);
        assertThat(between("2026-09-29", "2026-10-12")).isEqualTo(5);
        assertThat(between("2026-10-12", "2026-10-12")).isZero();
        assertThat(between("2026-10-12", "2026-09-29")).isEqualTo(-5);
    }

    @Test
    void springFestivalWeeksCountOnlyMakeUpAndOrdinaryDays() {
        // after Fri 13 Feb: Sat 14 (调休), 15–23 off, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 (调休)
        assertThat(between("2026-02-13", "2026-02-28")).isEqualTo(6);
    }

    @Test
    void addingAndCountingAreInverseThroughoutTheYear() {
        for (LocalDate s = LocalDate.parse("2026-01-01"); s.getYear() == 2026; s = s.plusDays(3)) {
            for (int n : new int[] {1, 2, 5, 10, 15, 20, 60}) {
                LocalDate deadline = calendar.addWorkingDays(s, n).value();
                assertThat(calendar.isWorkingDay(deadline)).as("deadline %s from %s", n, s).isTrue();
                assertThat(calendar.workingDaysBetween(s, deadline).value()).as("%s from %s", n, s).isEqualTo(n);
            }
        }
    }

    @Test
    void instantsBecomeShanghaiDatesAndDeadlinesEndAtTheEndOfTheDay() {
        // 16:30 UTC on 30 Sep is 00:30 on 1 Oct in Shanghai
        assertThat(WorkingDayCalendar.toLocalDate(Instant.parse("2026-09-30T16:30:00Z"))).isEqualTo("2026-10-01");
        assertThat(WorkingDayCalendar.toLocalDate(Date.from(Instant.parse("2026-09-30T15:59:59Z")))).isEqualTo("2026-09-30");
        assertThat(WorkingDayCalendar.endOfDay(LocalDate.parse("2026-10-12")))
                .isEqualTo(ZonedDateTime.parse("2026-10-12T23:59:59+08:00[Asia/Shanghai]").toInstant());
    }

    @Test
    void twoArrangementsForOneYearAreRejected() {
        HolidayArrangement a = HolidayDataLoader.load(null).get(0);
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(a, a)))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("2026");
    }

    private static int between(String from, String to) {
        return calendar.workingDaysBetween(LocalDate.parse(from), LocalDate.parse(to)).value();
    }
}
