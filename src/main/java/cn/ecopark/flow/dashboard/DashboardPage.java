package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.security.EngineAsSystem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code /staff/dashboard}: the dashboard page, only for its viewers and behind the Cockpit/Tasklist login
 * (the /staff filter). The page loads ECharts from the webjar in our own jar (/webjars/echarts/VERSION/...).
 */
@RestController
class DashboardPage {

    static final String ECHARTS_VERSION = echartsVersion();

    private final EngineAsSystem engine;
    private final String html;

    DashboardPage(EngineAsSystem engine) {
        this.engine = engine;
        this.html = read("staff/dashboard.html").replace("${echartsVersion}", ECHARTS_VERSION);
    }

    @GetMapping("/staff/dashboard")
    ResponseEntity<String> page() {
        if (!DashboardApi.isViewer(engine)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无权查看</title></head>"
                            + "<body style=\"font-family:sans-serif;margin:3em\"><h1>无权查看</h1>"
                            + "<p>统计看板仅供管理人员、省生态环境厅和系统管理员查看。</p></body></html>");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store").body(html);
    }

    private static String echartsVersion() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars.npm/echarts/pom.properties").getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The echarts webjar is missing from the classpath", e);
        }
        return properties.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
