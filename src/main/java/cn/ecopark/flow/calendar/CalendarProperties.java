package cn.ecopark.flow.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar.
 *
 * @param directory {@code ecopark.calendar.directory}: optional folder with extra holiday data
 *                  files ({@code 2027.json}, …) that an administrator adds without a rebuild; a file
 *                  there replaces the shipped file of the same year. Default: none (only the files
 *                  shipped in the application, under {@code classpath:calendar/}). Read at start-up;
 *                  if set, the folder must exist.
 */
@ConfigurationProperties("ecopark.calendar")
public record CalendarProperties(Path directory) {
}
