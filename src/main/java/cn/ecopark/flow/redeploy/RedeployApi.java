package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The redeploy assistant for administrators only: the page {@code /staff/admin/redeploy} (behind the Cockpit/Tasklist
 * login) and its REST API under {@code /api/admin/redeploy}:
 * <ul>
 *   <li>{@code GET processes}: every process key with its versions and running cases;</li>
 *   <li>{@code GET processes/{key}/assessment?from=1&to=2}: differences, running cases per step, the proposed plan
 *       ({@code POST} the same path with {@code {"mappings": {"oldStep": "newStep"}}} to add the admin's mappings);</li>
 *   <li>{@code POST processes/{key}/dry-run} {@code {from, to, mappings}}: which case would move, which not and why;</li>
 *   <li>{@code POST processes/{key}/migrations} {@code {from, to, mappings, mode?}}: migrates (202 with the change id);</li>
 *   <li>{@code GET migrations/{id}}: progress and report; {@code GET changes?key=}: the model change log.</li>
 * </ul>
 */
@RestController
class RedeployApi {

    private final RedeployAssistant assistant;
    private final EngineAsSystem engine;
    private final String page;

    RedeployApi(RedeployAssistant assistant, EngineAsSystem engine) {
        this.assistant = assistant;
        this.engine = engine;
        this.page = read("staff/redeploy.html");
    }

    @GetMapping("/staff/admin/redeploy")
    ResponseEntity<String> page() {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无权查看</title></head>"
                            + "<body style=\"font-family:sans-serif;margin:3em\"><h1>无权查看</h1>"
                            + "<p>模型更新助手仅供系统管理员使用。</p></body></html>");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store").body(page);
    }

    @GetMapping("/api/admin/redeploy/processes")
    List<RedeployAssistant.ProcessVersions> processes() {
        requireAdmin();
        return assistant.processes();
    }

    @GetMapping("/api/admin/redeploy/processes/{key}/assessment")
    RedeployAssistant.Assessment assessment(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        requireAdmin();
        return assistant.assess(key, from, to, Map.of());
    }

    @PostMapping("/api/admin/redeploy/processes/{key}/assessment")
    RedeployAssistant.Assessment assessment(@PathVariable String key, @RequestBody Map<String, Object> body) {
        requireAdmin();
        return assistant.assess(key, version(body, "from"), version(body, "to"), mappings(body));
    }

    @PostMapping("/api/admin/redeploy/processes/{key}/dry-run")
    RedeployAssistant.DryRun dryRun(@PathVariable String key, @RequestBody Map<String, Object> body) {
        requireAdmin();
        return assistant.dryRun(key, version(body, "from"), version(body, "to"), mappings(body));
    }

    @PostMapping("/api/admin/redeploy/processes/{key}/migrations")
    ResponseEntity<RedeployAssistant.MigrationStarted> migrate(@PathVariable String key, @RequestBody Map<String, Object> body) {
        requireAdmin();
        Object mode = body.get("mode");
        if (mode != null && !List.of("sync", "batch").contains(mode.toString())) {
            throw new InvalidInput("mode：只能是 sync（逐件立即迁移）或 batch（批处理）");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(assistant.migrate(key, version(body, "from"), version(body, "to"),
                mappings(body), mode == null ? null : mode.toString()));
    }

    @GetMapping("/api/admin/redeploy/migrations/{id}")
    RedeployAssistant.Report report(@PathVariable long id) {
        requireAdmin();
        return assistant.report(id);
    }

    /**
     * The webapp session's CSRF token for the page's POSTs: Camunda keeps its XSRF-TOKEN cookie on /camunda, out of the
     * page's reach. Only a same-origin script can read this answer (no CORS), so it gives a foreign site nothing.
     */
    @GetMapping("/api/admin/redeploy/csrf-token")
    Map<String, Object> csrfToken(jakarta.servlet.http.HttpServletRequest request) {
        requireAdmin();
        var session = request.getSession(false);
        Object token = session == null ? null
                : session.getAttribute(org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return java.util.Collections.singletonMap("token", token == null ? null : token.toString());
    }

    @GetMapping("/api/admin/redeploy/changes")
    List<ModelChange> changes(@RequestParam(required = false) String key) {
        requireAdmin();
        return assistant.changes(key);
    }

    private void requireAdmin() {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new AuthorizationException("模型更新助手仅供系统管理员使用");
        }
    }

    private static int version(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value instanceof Number n && n.intValue() > 0) {
            return n.intValue();
        }
        try {
            int version = Integer.parseInt(String.valueOf(value).strip());
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(field + "：请填写版本号（正整数）");
    }

    private static Map<String, String> mappings(Map<String, Object> body) {
        Object value = body.get("mappings");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInput("mappings：应为 {\"旧环节id\": \"新环节id\"}");
        }
        Map<String, String> mappings = new LinkedHashMap<>();
        map.forEach((k, v) -> mappings.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return mappings;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
