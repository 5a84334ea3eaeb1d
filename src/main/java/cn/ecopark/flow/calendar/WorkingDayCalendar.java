package cn.ecopark.flow.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar (法定节假日与调休) used for statutory time limits (限时办结) and task due
 * dates. Plain Java, immutable after construction and thread-safe; Spring exposes one instance as
 * the bean {@code workingDayCalendar} (see {@link CalendarConfiguration}).
 *
 * <h2>Which days are working days</h2>
 * For a year with a data file: Monday to Friday are working days unless listed as a day off;
 * Saturday and Sunday are days off unless listed as a make-up working day (调休上班).
 * For a year <em>without</em> a data file (e.g. 2027 before the State Council publishes it and an
 * administrator adds {@code 2027.json}) only Saturdays and Sundays are days off. Every calculation
 * that touches such a year returns a {@link CalendarResult} carrying a warning, and the warning is
 * logged once per year (not once per call).
 *
 * <h2>Counting convention</h2>
 * A time limit of <i>n</i> working days starting on date <i>S</i> (e.g. the day of 受理) does not
 * count <i>S</i> itself, whether or not it is a working day: <b>day 1 is the first working day after
 * <i>S</i></b>, and the deadline is the <i>n</i>-th working day after <i>S</i>; the whole of that
 * day is still in time (see {@link #endOfDay(LocalDate)}). {@link #workingDaysBetween} counts the
 * same way, so {@code workingDaysBetween(s, addWorkingDays(s, n).value()).value() == n}.
 *
 * <h2>Time zone</h2>
 * Instants and {@link Date}s are turned into calendar dates in {@link #ZONE} (Asia/Shanghai),
 * whatever the JVM's default time zone is.
 */
public final class WorkingDayCalendar {

    /** The zone in which instants become calendar dates. */
    public static final ZoneId ZONE = AppClock.ZONE;

    /** The last moment of a deadline day that is stored as a due date (whole seconds, so that databases without fractional seconds keep the day). */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<Integer, HolidayArrangement> years;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * @param arrangements at most one arrangement per year; years not given count weekends only
     */
    public WorkingDayCalendar(Collection<HolidayArrangement> arrangements) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(HolidayDataLoader.byYear(arrangements)));
    }

    /**
     * The calendar from the shipped classpath files plus, if not null, the files in
     * {@code externalDirectory} (which override the classpath file of the same year).
     *
     * @throws CalendarDataException if a file is invalid
     */
    public static WorkingDayCalendar load(Path externalDirectory) {
        return new WorkingDayCalendar(HolidayDataLoader.load(externalDirectory));
    }

    /** The years that have a holiday data file. */
    public SortedSet<Integer> yearsWithData() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean hasDataFor(int year) {
        return years.containsKey(year);
    }

    /**
     * Whether {@code date} is a working day. For a year without data only weekends are days off
     * (and the missing year is logged once).
     */
    public boolean isWorkingDay(LocalDate date) {
        return dayType(date).isWorking();
    }

    /** The kind of day {@code date} is; see {@link #isWorkingDay(LocalDate)} for years without data. */
    public DayType dayType(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!hasDataFor(date.getYear())) {
            warnOnce(Set.of(date.getYear()));
        }
        return classify(date);
    }

    /**
     * The holiday {@code date} belongs to: the holiday's name for a statutory day off, and for a
     * make-up working day the name of the holiday it makes up for; empty for ordinary days.
     */
    public Optional<String> holidayName(LocalDate date) {
        HolidayArrangement a = years.get(date.getYear());
        if (a == null) {
            return Optional.empty();
        }
        String name = a.daysOff().get(date);
        return Optional.ofNullable(name != null ? name : a.makeUpWorkdays().get(date));
    }

    /**
     * The deadline of a limit of {@code workingDays} working days starting on {@code start}.
     * {@code start} itself is never counted; day 1 is the first working day after {@code start}, and
     * the result is the {@code workingDays}-th working day after {@code start} (always a working day
     * when {@code workingDays >= 1}). {@code workingDays == 0} returns {@code start} unchanged.
     *
     * <p>Example: 5 working days from Tue 2026-09-29 → 30 Sep (1), National Day 1–7 Oct off,
     * 8 Oct (2), 9 Oct (3), Sat 10 Oct 调休 (4), 12 Oct (5) → 2026-10-12.
     *
     * @throws IllegalArgumentException if {@code workingDays < 0}
     */
    public CalendarResult<LocalDate> addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate d = start;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            noteMissing(d, missing);
            if (classify(d).isWorking()) {
                counted++;
            }
        }
        warnOnce(missing);
        return new CalendarResult<>(d, missing);
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to} (the first date excluded,
     * the last included, matching {@link #addWorkingDays}). Negative when {@code to} is before
     * {@code from}: then minus the number of working days with {@code to < d <= from}.
     * Zero when both dates are equal.
     */
    public CalendarResult<Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        boolean backwards = to.isBefore(from);
        LocalDate lo = backwards ? to : from;
        LocalDate hi = backwards ? from : to;
        SortedSet<Integer> missing = new TreeSet<>();
        int count = 0;
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            noteMissing(d, missing);
            if (classify(d).isWorking()) {
                count++;
            }
        }
        warnOnce(missing);
        return new CalendarResult<>(backwards ? -count : count, missing);
    }

    /** The calendar date of {@code instant} in Asia/Shanghai. */
    public static LocalDate toLocalDate(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The calendar date of {@code date} in Asia/Shanghai. */
    public static LocalDate toLocalDate(Date date) {
        return toLocalDate(date.toInstant());
    }

    /**
     * The moment a deadline day ends, as stored in due dates: {@code date} at 23:59:59 Asia/Shanghai.
     * A task or timer due then is still in time for the whole deadline day.
     */
    public static Instant endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    private DayType classify(LocalDate date) {
        HolidayArrangement a = years.get(date.getYear());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (a != null) {
            if (a.daysOff().containsKey(date)) {
                return DayType.HOLIDAY;
            }
            if (a.makeUpWorkdays().containsKey(date)) {
                return DayType.MAKE_UP_WORKDAY;
            }
        }
        return weekend ? DayType.WEEKEND : DayType.WORKDAY;
    }

    private void noteMissing(LocalDate d, Set<Integer> missing) {
        if (!years.containsKey(d.getYear())) {
            missing.add(d.getYear());
        }
    }

    private void warnOnce(Set<Integer> missingYears) {
        for (Integer year : missingYears) {
            if (warnedYears.add(year)) {
                LOG.warn("{}；请在 {}.json 中导入国务院公布的 {} 年节假日安排（期限计算会随之改变）",
                        CalendarResult.warningFor(Set.of(year)), year, year);
            }
        }
    }
}
