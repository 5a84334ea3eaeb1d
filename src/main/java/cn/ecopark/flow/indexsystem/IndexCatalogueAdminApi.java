package cn.ecopark.flow.indexsystem;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Administrators edit the index system: each PUT saves the whole catalogue as the next version with who, when and
 * why (table index_catalogue_edit); earlier versions stay, so an application's recorded version still says what
 * judged it. New applications are judged by the newest version.
 */
@RestController
@RequestMapping("/api/admin/index-catalogue")
class IndexCatalogueAdminApi {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final IndexCatalogues catalogues;
    private final JdbcClient jdbc;
    private final EngineAsSystem engine;
    private final IdentityService identityService;

    IndexCatalogueAdminApi(IndexCatalogues catalogues, JdbcClient jdbc, EngineAsSystem engine, IdentityService identityService) {
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.engine = engine;
        this.identityService = identityService;
        catalogues.stored(this::stored, () -> jdbc.sql("SELECT content FROM index_catalogue_edit ORDER BY id DESC LIMIT 1")
                .query(String.class).optional().map(IndexCatalogueAdminApi::parse));
    }

    @GetMapping
    Map<String, Object> current() {
        requireAdmin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogue", catalogues.current());
        body.put("history", jdbc.sql("SELECT version, edited_by, edited_at, reason FROM index_catalogue_edit ORDER BY id")
                .query((rs, i) -> Map.of("version", rs.getString("version"), "editedBy", rs.getString("edited_by"),
                        "editedAt", rs.getTimestamp("edited_at").toInstant().toString(), "reason", rs.getString("reason")))
                .list());
        return body;
    }

    /** Body: {"reason": "...", "catalogue": {...}}; the catalogue's version is assigned here (the next one). */
    @PutMapping
    @Transactional
    Map<String, Object> save(@RequestBody Map<String, Object> body) {
        requireAdmin();
        Object reason = body.get("reason");
        if (!(reason instanceof String text) || text.isBlank() || text.length() > 1000) {
            throw new InvalidInput("reason：请填写修改理由（1000字以内）");
        }
        if (!(body.get("catalogue") instanceof Map<?, ?> submitted)) {
            throw new InvalidInput("catalogue：请提交完整的指标体系");
        }
        String version = "v" + (IndexCatalogues.number(catalogues.current()) + 1);
        Map<String, Object> withVersion = new LinkedHashMap<>();
        submitted.forEach((k, v) -> withVersion.put(String.valueOf(k), v));
        withVersion.put("version", version);
        IndexCatalogue catalogue;
        try {
            catalogue = JSON.convertValue(withVersion, IndexCatalogue.class);
            IndexCatalogues.check(catalogue);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("catalogue：指标体系有误：" + e.getMessage());
        }
        if (catalogue.items() == null || catalogue.groups() == null || catalogue.items().isEmpty()) {
            throw new InvalidInput("catalogue：items 和 groups 不能为空");
        }
        String editor = identityService.getCurrentAuthentication().getUserId();
        try {
            jdbc.sql("INSERT INTO index_catalogue_edit (version, content, edited_by, edited_at, reason) VALUES (?, ?, ?, ?, ?)")
                    .params(version, JSON.writeValueAsString(catalogue), editor,
                            Timestamp.from(AppClock.now()), text.strip()).update();
        } catch (DuplicateKeyException e) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.CONFLICT, "指标体系已被他人同时修改，请刷新后重试");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("version", version, "editedBy", editor);
    }

    private Optional<IndexCatalogue> stored(String version) {
        return jdbc.sql("SELECT content FROM index_catalogue_edit WHERE version = ?").param(version)
                .query(String.class).optional().map(IndexCatalogueAdminApi::parse);
    }

    private static IndexCatalogue parse(String json) {
        try {
            return JSON.readValue(json, IndexCatalogue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireAdmin() {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有系统管理员可以查看和修改指标体系");
        }
    }
}
