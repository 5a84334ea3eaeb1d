package cn.ecopark.flow.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One year's official holiday arrangement (法定节假日与调休), as published by the State Council and
 * loaded from one data file ({@code calendar/<year>.json}).
 *
 * @param year           the calendar year the arrangement belongs to
 * @param source         where the data came from (file location), for messages and logs
 * @param daysOff        statutory days off in that year, each mapped to its holiday's name (e.g. 国庆节);
 *                       these may include Saturdays and Sundays that fall inside the holiday
 * @param makeUpWorkdays 调休上班日: Saturdays/Sundays that are working days, each mapped to the name of
 *                       the holiday they make up for
 */
public record HolidayArrangement(int year, String source, Map<LocalDate, String> daysOff,
                                 Map<LocalDate, String> makeUpWorkdays) {

    public HolidayArrangement {
        Objects.requireNonNull(source, "source");
        daysOff = Collections.unmodifiableMap(new TreeMap<>(daysOff));
        makeUpWorkdays = Collections.unmodifiableMap(new TreeMap<>(makeUpWorkdays));
    }
}
