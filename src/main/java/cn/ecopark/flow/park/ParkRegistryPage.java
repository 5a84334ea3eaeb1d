package cn.ecopark.flow.park;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
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

/**
 * {@code /staff/parks}: the park registry page for ecology and administrators, behind the Cockpit/Tasklist login (the
 * /staff filter). It lists and searches parks, shows names and status history, registers parks known before go-live
 * through {@code POST /api/parks}, and lets administrators read and edit the index-system catalogue through
 * {@code GET/PUT /api/admin/index-catalogue}; each API keeps its own role check.
 */
@RestController
public class ParkRegistryPage {

    private final EngineAsSystem engine;
    private final String html;

    ParkRegistryPage(EngineAsSystem engine) {
        this.engine = engine;
        this.html = read("staff/parks.html");
    }

    /** Ecology and administrators: who gets the page and its header link. */
    public static boolean mayOpen(EngineAsSystem engine) {
        return engine.callerIsIn(Agency.ECOLOGY.groupId()) || engine.callerIsIn(StaffGroup.ADMINS);
    }

    @GetMapping("/staff/parks")
    ResponseEntity<String> page() {
        if (!mayOpen(engine)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无权查看</title></head>"
                            + "<body style=\"font-family:sans-serif;margin:3em\"><h1>无权查看</h1>"
                            + "<p>园区名录仅供省生态环境厅和系统管理员使用。</p></body></html>");
        }
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
