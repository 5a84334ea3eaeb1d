package cn.ecopark.flow.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The application's one clock and one zone. "Now" is the process engine's clock (Camunda's ClockUtil, which timers,
 * due dates and history read), so a case's records, deadlines and the engine's jobs agree, also in tests that set
 * the engine's time. Every date is a China Standard Time date (the notice's periods are counted in Beijing time).
 * Also the {@link Clock} bean ({@link AppClockConfiguration}) for code that takes a Clock.
 */
public final class AppClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How staff pages, case files, exports and the approval sheet show a date and time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    /** A date in exports and data files (an instant is read in China's zone). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    /** A date as official documents write it (the case file, the approval sheet): 2026年3月9日. */
    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZONE);

    /** A time of day in messages (催办 at 14:05). */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    public static final AppClock INSTANCE = new AppClock(ZONE);

    private final ZoneId zone;

    private AppClock(ZoneId zone) {
        this.zone = zone;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today's date in China. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    @Override
    public Instant instant() {
        return now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new AppClock(other);
    }
}
