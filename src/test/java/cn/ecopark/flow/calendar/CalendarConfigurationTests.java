package cn.ecopark.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import cn.ecopark.flow.calendar.engine.WorkingDayEnginePlugin;

/** Only this package's configuration in a tiny context (the application context is not needed). */
class CalendarConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class) // the application does this with @ConfigurationPropertiesScan
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, CalendarConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void byDefaultUsesTheShippedFilesAndRegistersTheEnginePlugin() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(CalendarProperties.class).directory()).isNull();
            assertThat(ctx.getBean(WorkingDayCalendar.class).yearsWithData()).containsExactly(2026);
            assertThat(ctx.getBean(WorkingDayEnginePlugin.class).getCalendar()).isSameAs(ctx.getBean(WorkingDayCalendar.class));
        });
    }

    @Test
    void directoryPropertyAddsAYear() throws IOException {
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "source": "测试用（非真实安排）", "holidays": [{"name": "测试假日", "from": "2027-01-01"}]}
                """, StandardCharsets.UTF_8);

        runner.withPropertyValues("ecopark.calendar.directory=" + dir).run(ctx -> {
            WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
            assertThat(calendar.yearsWithData()).containsExactly(2026, 2027);
            assertThat(calendar.holidayName(java.time.LocalDate.parse("2027-01-01"))).contains("测试假日");
        });
    }

    @Test
    void invalidFileStopsTheStartWithTheFileAndDateInTheMessage() throws IOException {
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "holidays": [{"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07",
                  "makeUpWorkdays": ["2027-10-03"]}]}
                """, StandardCharsets.UTF_8);

        runner.withPropertyValues("ecopark.calendar.directory=" + dir).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause()
                    .isInstanceOf(CalendarDataException.class)
                    .hasMessageContaining("2027.json")
                    .hasMessageContaining("2027-10-03");
        });
    }
}
