package cn.ecopark.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayDataLoaderTests {

    @TempDir
    Path dir;

    @Test
    void shippedFileHoldsExactly2026ArrangementFromDomainBrief() {
        Map<Integer, HolidayArrangement> shipped = HolidayDataLoader.loadClasspath(HolidayDataLoader.CLASSPATH_PATTERN);

        assertThat(shipped).containsOnlyKeys(2026); // 2027 is not published: never shipped
        HolidayArrangement y2026 = shipped.get(2026);
        assertThat(y2026.daysOff()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(y2026.daysOff())
                .containsEntry(d("2026-01-01"), "元旦").containsEntry(d("2026-01-03"), "元旦")
                .containsEntry(d("2026-02-15"), "春节").containsEntry(d("2026-02-23"), "春节")
                .containsEntry(d("2026-04-04"), "清明节").containsEntry(d("2026-04-06"), "清明节")
                .containsEntry(d("2026-05-01"), "劳动节").containsEntry(d("2026-05-05"), "劳动节")
                .containsEntry(d("2026-06-19"), "端午节").containsEntry(d("2026-06-21"), "端午节")
                .containsEntry(d("2026-09-25"), "中秋节").containsEntry(d("2026-09-27"), "中秋节")
                .containsEntry(d("2026-10-01"), "国庆节").containsEntry(d("2026-10-07"), "国庆节")
                .doesNotContainKeys(d("2026-01-04"), d("2026-02-14"), d("2026-02-24"), d("2026-10-08"));
        assertThat(y2026.makeUpWorkdays()).containsExactlyInAnyOrderEntriesOf(Map.of(
                d("2026-01-04"), "元旦",
                d("2026-02-14"), "春节",
                d("2026-02-28"), "春节",
                d("2026-05-09"), "劳动节",
                d("2026-09-20"), "国庆节",
                d("2026-10-10"), "国庆节"));
    }

    @Test
    void externalFileAddsAYearAndOverridesTheShippedOne() throws IOException {
        // Test fixtures, not real arrangements.
        write("2027.json", """
                {"year": 2027, "source": "测试用（非真实安排）",
                 "holidays": [{"name": "测试假日", "from": "2027-01-01", "makeUpWorkdays": ["2027-01-09"]}]}
                """);
        write("2026.json", """
                {"year": 2026, "holidays": [{"name": "只有元旦", "from": "2026-01-01", "to": "2026-01-03"}]}
                """);
        write("notes.txt", "ignored: not a .json file");

        List<HolidayArrangement> loaded = HolidayDataLoader.load(dir);

        assertThat(loaded).extracting(HolidayArrangement::year).containsExactly(2026, 2027);
        HolidayArrangement y2026 = loaded.get(0);
        assertThat(y2026.source()).contains(dir.resolve("2026.json").toAbsolutePath().toString());
        assertThat(y2026.daysOff()).containsOnlyKeys(d("2026-01-01"), d("2026-01-02"), d("2026-01-03"));
        assertThat(y2026.makeUpWorkdays()).isEmpty();
        assertThat(loaded.get(1).daysOff()).containsOnlyKeys(d("2027-01-01"));
        assertThat(loaded.get(1).source()).contains("测试用");
    }

    @Test
    void withoutDirectoryOnlyShippedFilesAreLoaded() {
        assertThat(HolidayDataLoader.load(null)).extracting(HolidayArrangement::year).containsExactly(2026);
    }

    @Test
    void missingDirectoryIsRejected() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> HolidayDataLoader.load(missing))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("ecopark.calendar.directory");
    }

    @Test
    void dateListedAsDayOffAndMakeUpDayIsRejected() throws IOException {
        write("2027.json", """
                {"year": 2027, "holidays": [
                  {"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07", "makeUpWorkdays": ["2027-10-02"]}]}
                """);
        assertThatThrownBy(() -> HolidayDataLoader.load(dir))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(dir.resolve("2027.json").toAbsolutePath().toString())
                .hasMessageContaining("2027-10-02")
                .hasMessageContaining("同时列为放假日");
    }

    @Test
    void dateOutsideTheFilesYearIsRejected() {
        assertThatThrownBy(() -> parse("2027.json", """
                {"year": 2027, "holidays": [{"name": "元旦", "from": "2026-12-31", "to": "2027-01-01"}]}
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027.json").hasMessageContaining("2026-12-31").hasMessageContaining("不在 2027 年内");
        assertThatThrownBy(() -> parse("2027.json", """
                {"year": 2027, "holidays": [{"name": "国庆节", "from": "2027-10-01", "makeUpWorkdays": ["2028-01-08"]}]}
                """))
                .hasMessageContaining("2028-01-08");
    }

    @Test
    void yearFieldMustMatchFileName() {
        assertThatThrownBy(() -> parse("2027.json", """
                {"year": 2026, "holidays": [{"name": "元旦", "from": "2026-01-01"}]}
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027.json").hasMessageContaining("2026");
    }

    @Test
    void fileNameMustBeTheYear() throws IOException {
        write("2027-draft.json", """
                {"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01"}]}
                """);
        assertThatThrownBy(() -> HolidayDataLoader.load(dir))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027-draft.json").hasMessageContaining("年份.json");
    }

    @Test
    void makeUpWorkdayOnAWeekdayIsRejected() {
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23",
                  "makeUpWorkdays": ["2026-02-13"]}]}
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2026-02-13").hasMessageContaining("星期五");
    }

    @Test
    void malformedOrMissingDatesAreRejected() {
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "春节", "from": "2026-2-15"}]}
                """))
                .hasMessageContaining("'2026-2-15'").hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "春节", "to": "2026-02-23"}]}
                """))
                .hasMessageContaining("春节").hasMessageContaining("\"from\"");
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-07", "to": "2026-10-01"}]}
                """))
                .hasMessageContaining("晚于");
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-01-01", "to": "2026-10-07"}]}
                """))
                .hasMessageContaining("超过 31 天");
    }

    @Test
    void overlappingHolidaysAndRepeatedMakeUpDaysAreRejected() {
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [
                  {"name": "中秋节", "from": "2026-09-25", "to": "2026-10-02"},
                  {"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}]}
                """))
                .hasMessageContaining("2026-10-01").hasMessageContaining("中秋节").hasMessageContaining("国庆节");
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [
                  {"name": "中秋节", "from": "2026-09-25", "makeUpWorkdays": ["2026-09-20"]},
                  {"name": "国庆节", "from": "2026-10-01", "makeUpWorkdays": ["2026-09-20"]}]}
                """))
                .hasMessageContaining("2026-09-20").hasMessageContaining("重复");
    }

    @Test
    void misspeltKeysBrokenJsonAndEmptyFilesAreRejected() {
        assertThatThrownBy(() -> parse("2026.json", """
                {"year": 2026, "holidays": [{"name": "春节", "from": "2026-02-15", "makeupWorkdays": ["2026-02-14"]}]}
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2026.json").hasMessageContaining("makeupWorkdays");
        assertThatThrownBy(() -> parse("2026.json", "{\"year\": 2026, \"holidays\": [ }"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("不是有效的 JSON");
        assertThatThrownBy(() -> parse("2026.json", "{\"year\": 2026, \"holidays\": []}"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("\"holidays\" 为空");
    }

    @Test
    void utf8ByteOrderMarkFromWindowsEditorsIsAccepted() throws IOException {
        byte[] json = "{\"year\": 2027, \"holidays\": [{\"name\": \"元旦\", \"from\": \"2027-01-01\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        HolidayArrangement a = HolidayDataLoader.parse("2027.json", "2027.json", new ByteArrayInputStream(withBom));

        assertThat(a.daysOff()).containsEntry(d("2027-01-01"), "元旦");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static HolidayArrangement parse(String name, String json) throws IOException {
        return HolidayDataLoader.parse(name, "test:" + name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
