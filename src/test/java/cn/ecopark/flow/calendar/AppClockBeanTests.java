package cn.ecopark.flow.calendar;

import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's Clock bean is the one clock: China's zone, the engine's time. */
@EcoparkSpringTest
class AppClockBeanTests {

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theClockBeanReadsTheEnginesTime() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-10T02:00:00Z")));

        assertThat(clock).isSameAs(AppClock.INSTANCE);
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2027, 2, 10, 10, 0));
    }
}
