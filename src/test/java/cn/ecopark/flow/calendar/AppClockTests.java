package cn.ecopark.flow.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's now is the engine's: setting the engine's clock moves every date the application reads. */
class AppClockTests {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void nowAndTodayFollowTheEnginesClockInChinasZone() {
        // 16:30 UTC on 30 Sep is 00:30 on 1 Oct in Beijing: the date is China's, not the server's.
        Instant engineTime = Instant.parse("2026-09-30T16:30:00Z");
        ClockUtil.setCurrentTime(Date.from(engineTime));

        assertThat(AppClock.now()).isEqualTo(engineTime);
        assertThat(AppClock.INSTANCE.instant()).isEqualTo(engineTime);
        assertThat(AppClock.today()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(LocalDate.now(AppClock.INSTANCE)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(WorkingDayCalendar.toLocalDate(AppClock.now())).isEqualTo(AppClock.today());

        ClockUtil.setCurrentTime(Date.from(engineTime.plusSeconds(86_400)));
        assertThat(AppClock.today()).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void oneZoneAndOneDisplayPattern() {
        assertThat(AppClock.ZONE.getId()).isEqualTo("Asia/Shanghai");
        assertThat(WorkingDayCalendar.ZONE).isSameAs(AppClock.ZONE);
        assertThat(AppClock.INSTANCE.getZone()).isEqualTo(AppClock.ZONE);
        assertThat(AppClock.DATE_TIME.format(Instant.parse("2026-09-30T16:30:00Z"))).isEqualTo("2026-10-01 00:30");
        assertThat(AppClock.DATE_TIME.format(LocalDateTime.of(2026, 10, 1, 0, 30))).isEqualTo("2026-10-01 00:30");
    }
}
