package cn.ecopark.flow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates the holiday data files, one per year.
 *
 * <p>Sources, in order: every {@code calendar/<year>.json} on the classpath (shipped with the
 * application), then every {@code <year>.json} in an optional external directory (property
 * {@code ecopark.calendar.directory}). A year found in the external directory replaces the
 * classpath file for that year as a whole (the files are not merged), so an administrator can add
 * next year's arrangement, or correct a shipped one, without a rebuild (a restart is needed).
 *
 * <p>File format (UTF-8 JSON; the file name must be the year):
 * <pre>{@code
 * {
 *   "year": 2026,
 *   "source": "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
 *   "holidays": [
 *     { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07",
 *       "makeUpWorkdays": ["2026-09-20", "2026-10-10"] }
 *   ]
 * }
 * }</pre>
 * {@code to} may be left out for a one-day holiday; {@code makeUpWorkdays} (调休上班日) may be left
 * out or empty; {@code source} is free text. Unknown fields are rejected so that a misspelt key
 * cannot silently drop data.
 *
 * <p>Validation fails fast with a {@link CalendarDataException} naming the file and the date when:
 * the file name is not {@code <4-digit year>.json}; {@code year} differs from the file name; there is
 * no holiday; a date is malformed; {@code from} is after {@code to} or a holiday is longer than
 * {@value #MAX_HOLIDAY_DAYS} days; a date lies outside the file's year (a holiday that crosses New
 * Year must be split: the earlier days go into the earlier year's file); a day is listed twice; a
 * day is listed both as a day off and as a make-up working day; a make-up working day is not a
 * Saturday or Sunday.
 */
public final class HolidayDataLoader {

    /** Where the shipped files live on the classpath. */
    public static final String CLASSPATH_PATTERN = "classpath*:calendar/*.json";

    /** Longest plausible holiday; longer ranges are almost certainly typing errors. */
    public static final int MAX_HOLIDAY_DAYS = 31;

    private static final Logger LOG = LoggerFactory.getLogger(HolidayDataLoader.class);
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HolidayDataLoader() {
    }

    /**
     * Loads the shipped classpath files and, if {@code externalDirectory} is not null, the files in
     * that directory, which override the classpath file of the same year.
     *
     * @throws CalendarDataException if a file is invalid or the directory does not exist
     */
    public static List<HolidayArrangement> load(Path externalDirectory) {
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>(loadClasspath(CLASSPATH_PATTERN));
        if (externalDirectory != null) {
            for (HolidayArrangement external : loadDirectory(externalDirectory).values()) {
                HolidayArrangement replaced = byYear.put(external.year(), external);
                if (replaced != null) {
                    LOG.info("{} 年节假日安排使用外部文件 {}（替代 {}）", external.year(), external.source(),
                            replaced.source());
                }
            }
        }
        byYear.values().forEach(a -> LOG.info("已加载 {} 年节假日安排：{} 天放假，{} 天调休上班（{}）", a.year(),
                a.daysOff().size(), a.makeUpWorkdays().size(), a.source()));
        return List.copyOf(byYear.values());
    }

    /** Loads every file matching {@code pattern} (a Spring resource pattern), keyed by year. */
    public static Map<Integer, HolidayArrangement> loadClasspath(String pattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(HolidayDataLoader.class.getClassLoader())
                    .getResources(pattern);
        } catch (IOException e) {
            throw new CalendarDataException("无法列出节假日文件 " + pattern + "：" + e.getMessage(), e);
        }
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>();
        for (Resource resource : resources) {
            String name = resource.getFilename();
            String where = describe(resource);
            try (InputStream in = resource.getInputStream()) {
                put(byYear, parse(name, where, in));
            } catch (IOException e) {
                throw new CalendarDataException("节假日文件 " + where + " 无法读取：" + e.getMessage(), e);
            }
        }
        return byYear;
    }

    /** Loads every {@code *.json} file directly inside {@code directory}, keyed by year. */
    public static Map<Integer, HolidayArrangement> loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CalendarDataException("节假日目录 " + directory.toAbsolutePath()
                    + " 不存在或不是目录（配置项 ecopark.calendar.directory）");
        }
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String where = file.toAbsolutePath().toString();
                try (InputStream in = Files.newInputStream(file)) {
                    put(byYear, parse(file.getFileName().toString(), where, in));
                }
            }
        } catch (IOException e) {
            throw new CalendarDataException("节假日目录 " + directory.toAbsolutePath() + " 无法读取：" + e.getMessage(), e);
        }
        return byYear;
    }

    /**
     * Parses and validates one file.
     *
     * @param fileName the bare file name, which must be {@code <year>.json}
     * @param where    the full location, used in messages
     */
    public static HolidayArrangement parse(String fileName, String where, InputStream in) throws IOException {
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            throw invalid(where, "文件名应为“年份.json”，例如 2027.json");
        }
        int fileYear = Integer.parseInt(m.group(1));

        FileJson json;
        try {
            json = MAPPER.readValue(in, FileJson.class);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行）";
            throw new CalendarDataException("节假日文件 " + where + " 不是有效的 JSON" + at + "：" + e.getOriginalMessage(), e);
        }
        if (json == null) {
            throw invalid(where, "文件为空");
        }
        if (json.year() == null || json.year() != fileYear) {
            throw invalid(where, "\"year\" 为 " + json.year() + "，与文件名的年份 " + fileYear + " 不一致");
        }
        if (json.holidays() == null || json.holidays().isEmpty()) {
            throw invalid(where, "\"holidays\" 为空；文件至少应列出一个节日");
        }

        Map<LocalDate, String> off = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        for (HolidayJson h : json.holidays()) {
            if (h == null || h.name() == null || h.name().isBlank()) {
                throw invalid(where, "有节日缺少 \"name\"");
            }
            String name = h.name().strip();
            LocalDate from = date(where, name, "from", h.from());
            LocalDate to = h.to() == null ? from : date(where, name, "to", h.to());
            if (to.isBefore(from)) {
                throw invalid(where, name + " 的 \"from\" " + from + " 晚于 \"to\" " + to);
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_HOLIDAY_DAYS) {
                throw invalid(where, name + " 从 " + from + " 到 " + to + " 超过 " + MAX_HOLIDAY_DAYS + " 天，请检查日期");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                requireYear(where, fileYear, d);
                String previous = off.putIfAbsent(d, name);
                if (previous != null) {
                    throw invalid(where, d + " 重复列为放假日（" + previous + "、" + name + "）");
                }
            }
            if (h.makeUpWorkdays() != null) {
                for (String text : h.makeUpWorkdays()) {
                    LocalDate d = date(where, name, "makeUpWorkdays", text);
                    requireYear(where, fileYear, d);
                    String previous = makeUp.putIfAbsent(d, name);
                    if (previous != null) {
                        throw invalid(where, d + " 重复列为调休上班日（" + previous + "、" + name + "）");
                    }
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        throw invalid(where, "调休上班日 " + d + "（" + name + "）是" + weekday(d) + "，本来就是工作日；调休上班日只能是周六或周日");
                    }
                }
            }
        }
        for (Map.Entry<LocalDate, String> e : makeUp.entrySet()) {
            String offName = off.get(e.getKey());
            if (offName != null) {
                throw invalid(where, e.getKey() + " 同时列为放假日（" + offName + "）和调休上班日（" + e.getValue() + "）");
            }
        }
        String source = json.source() == null || json.source().isBlank() ? where : where + "，" + json.source().strip();
        return new HolidayArrangement(fileYear, source, off, makeUp);
    }

    private static void put(Map<Integer, HolidayArrangement> byYear, HolidayArrangement arrangement) {
        HolidayArrangement previous = byYear.putIfAbsent(arrangement.year(), arrangement);
        if (previous != null) {
            throw new CalendarDataException(arrangement.year() + " 年的节假日文件有两个：" + previous.source()
                    + " 与 " + arrangement.source());
        }
    }

    private static void requireYear(String where, int year, LocalDate d) {
        if (d.getYear() != year) {
            throw invalid(where, "日期 " + d + " 不在 " + year + " 年内；跨年的节日请把 " + d.getYear()
                    + " 年的日期写进 " + d.getYear() + ".json");
        }
    }

    private static LocalDate date(String where, String holiday, String field, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(where, holiday + " 缺少 \"" + field + "\"");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(where, holiday + " 的 \"" + field + "\" 日期 '" + text + "' 无效，格式应为 yyyy-MM-dd");
        }
    }

    private static String weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "星期一";
            case TUESDAY -> "星期二";
            case WEDNESDAY -> "星期三";
            case THURSDAY -> "星期四";
            case FRIDAY -> "星期五";
            case SATURDAY -> "星期六";
            case SUNDAY -> "星期日";
        };
    }

    private static CalendarDataException invalid(String where, String problem) {
        return new CalendarDataException("节假日文件 " + where + " 有误：" + problem);
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    /** Keys arrangements by year, rejecting two arrangements for the same year. */
    static Map<Integer, HolidayArrangement> byYear(Collection<HolidayArrangement> arrangements) {
        Map<Integer, HolidayArrangement> map = new LinkedHashMap<>();
        arrangements.forEach(a -> put(map, a));
        return map;
    }

    record FileJson(Integer year, String source, List<HolidayJson> holidays) {
    }

    record HolidayJson(String name, String from, String to, List<String> makeUpWorkdays) {
    }
}
