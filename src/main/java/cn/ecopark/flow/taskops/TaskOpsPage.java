package cn.ecopark.flow.taskops;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /staff/task-ops?task=…}: the 办理操作 page Tasklist's case panel links to (退回, 转办, 委派, 抄送, 撤回, 收回),
 * behind the webapps' login like every /staff page. What it offers comes from {@code /api/tasks/{id}/operations},
 * which checks the caller; the page itself holds no case data.
 */
@RestController
class TaskOpsPage {

    private final String html = read("staff/task-ops.html");

    @GetMapping("/staff/task-ops")
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store").body(html);
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
