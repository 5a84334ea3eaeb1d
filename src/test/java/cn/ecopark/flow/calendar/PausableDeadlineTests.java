package cn.ecopark.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PausableDeadlineTests {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.load(null);
    }

    @Test
    void pauseOverAWeekendMovesTheDeadlineByTheWorkingDaysNotCounted() {
        // 5 working days from Mon 2 Mar: 3, 4, 5, 6, 9 Mar
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-03-02"), 5).value();
        assertThat(running.deadline()).isEqualTo("2026-03-09");

        // paused Thu 5 Mar: 3, 4, 5 used; 6 and 9 remain
        PausableDeadline paused = running.pause(calendar, d("2026-03-05")).value();
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.remainingWorkingDays()).isEqualTo(2);

        // resumed Tue 10 Mar (not counted): 11, 12 Mar
        PausableDeadline resumed = paused.resume(calendar, d("2026-03-10")).value();
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.deadline()).isEqualTo("2026-03-12");
        assertThat(calendar.workingDaysBetween(d("2026-03-02"), d("2026-03-05")).value()
                + calendar.workingDaysBetween(d("2026-03-10"), resumed.deadline()).value()).isEqualTo(5);
    }

    @Test
    void pauseFromFridayToSundayChangesNothing() {
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-03-02"), 5).value();

        PausableDeadline resumed = running.pause(calendar, d("2026-03-06")).value()
                .resume(calendar, d("2026-03-08")).value();

        assertThat(resumed.deadline()).isEqualTo(running.deadline());
    }

    @Test
    void pauseAcrossMidAutumnAndNationalDay() {
        // 10 working days from Mon 21 Sep: 22, 23, 24, (25–27 off) 28, 29, 30, (1–7 Oct off) 8, 9, Sat 10 调休, 12
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-09-21"), 10).value();
        assertThat(running.deadline()).isEqualTo("2026-10-12");

        // 补正 notice Thu 24 Sep: 7 remain; material back Fri 9 Oct → 10 (调休), 12, 13, 14, 15, 16, 19
        PausableDeadline paused = running.pause(calendar, d("2026-09-24")).value();
        assertThat(paused.remainingWorkingDays()).isEqualTo(7);
        assertThat(paused.resume(calendar, d("2026-10-09")).value().deadline()).isEqualTo("2026-10-19");
    }

    @Test
    void pausedOnOrAfterTheDeadlineLeavesNothingSoItIsDueOnTheResumeDay() {
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-03-02"), 5).value();
        assertThat(running.isOverdueOn(d("2026-03-09"))).isFalse();
        assertThat(running.isOverdueOn(d("2026-03-10"))).isTrue();

        PausableDeadline late = running.pause(calendar, d("2026-03-11")).value();
        assertThat(late.remainingWorkingDays()).isZero();
        assertThat(late.isOverdueOn(d("2026-03-20"))).isFalse(); // paused clocks are not overdue
        assertThat(late.resume(calendar, d("2026-03-20")).value().deadline()).isEqualTo("2026-03-20");
    }

    @Test
    void resumingInto2027CarriesTheWarning() {
        // due Tue 15 Dec; paused Thu 3 Dec → 8 remain (4, 7–11, 14, 15 Dec)
        PausableDeadline paused = PausableDeadline.start(calendar, d("2026-12-01"), 10).value()
                .pause(calendar, d("2026-12-03")).value();

        assertThat(paused.remainingWorkingDays()).isEqualTo(8);
        CalendarResult<PausableDeadline> resumed = paused.resume(calendar, d("2026-12-28"));

        // 29, 30, 31 Dec; 1 Jan 2027 counts (no data, weekday); 4, 5, 6, 7 Jan
        assertThat(resumed.value().deadline()).isEqualTo("2027-01-07");
        assertThat(resumed.warning()).hasValueSatisfying(w -> assertThat(w).contains("2027 年节假日安排尚未导入"));
    }

    @Test
    void deadlineAsDateIsTheEndOfTheDeadlineDayInShanghai() {
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-09-29"), 5).value();
        assertThat(running.deadlineAsDate().toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-10-12T23:59:59+08:00[Asia/Shanghai]").toInstant());
    }

    @Test
    void rejectsStepsOutOfOrderAndInconsistentState() {
        PausableDeadline running = PausableDeadline.start(calendar, d("2026-03-02"), 5).value();
        PausableDeadline paused = running.pause(calendar, d("2026-03-04")).value();

        assertThatThrownBy(() -> running.resume(calendar, d("2026-03-04"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.pause(calendar, d("2026-03-05"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.resume(calendar, d("2026-03-03"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PausableDeadline(d("2026-03-09"), null, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PausableDeadline(d("2026-03-09"), d("2026-03-04"), -1)).isInstanceOf(IllegalArgumentException.class);
        // rebuilt from stored process variables
        assertThat(new PausableDeadline(paused.deadline(), paused.pausedOn(), paused.remainingWorkingDays())).isEqualTo(paused);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
