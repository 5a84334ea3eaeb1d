package cn.ecopark.flow.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value computed by the {@link WorkingDayCalendar}, together with the years it had to look at for
 * which no holiday data file is loaded. For those years only Saturdays and Sundays were treated as
 * days off, so the value may be wrong by the holidays of that year: callers should show
 * {@link #warning()} on the case.
 *
 * @param value             the computed value
 * @param yearsWithoutData  years touched by the computation that have no data file; empty when the
 *                          value is exact
 */
public record CalendarResult<T>(T value, SortedSet<Integer> yearsWithoutData) {

    public CalendarResult {
        Objects.requireNonNull(value, "value");
        yearsWithoutData = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutData));
    }

    /** An exact result (all years touched have data). */
    public static <T> CalendarResult<T> exact(T value) {
        return new CalendarResult<>(value, new TreeSet<>());
    }

    /** True when a year without holiday data was involved. */
    public boolean hasWarning() {
        return !yearsWithoutData.isEmpty();
    }

    /** The warning to show on the case, e.g. "2027 年节假日安排尚未导入，按周末计算". */
    public Optional<String> warning() {
        return hasWarning() ? Optional.of(warningFor(yearsWithoutData)) : Optional.empty();
    }

    /** Same warnings, another value (for types built on top of a calendar result). */
    public <U> CalendarResult<U> map(Function<? super T, ? extends U> f) {
        return new CalendarResult<>(f.apply(value), yearsWithoutData);
    }

    /** Same value, with the missing years of {@code other} added (for values computed in several steps). */
    public CalendarResult<T> withWarningsOf(CalendarResult<?> other) {
        TreeSet<Integer> years = new TreeSet<>(yearsWithoutData);
        years.addAll(other.yearsWithoutData());
        return new CalendarResult<>(value, years);
    }

    /** The warning text for the given years. */
    public static String warningFor(Collection<Integer> years) {
        String list = new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining("、"));
        return list + " 年节假日安排尚未导入，按周末计算（仅周六、周日视为休息日）";
    }
}
