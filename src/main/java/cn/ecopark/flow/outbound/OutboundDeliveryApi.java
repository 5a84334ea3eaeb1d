package cn.ecopark.flow.outbound;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery log for administrators: every delivery of every outbound event, newest first, with each attempt
 * (time, HTTP status or error, duration, node). Anonymous callers get 401 from the staff filter, others 403.
 */
@RestController
@RequestMapping("/api/admin/outbound-deliveries")
class OutboundDeliveryApi {

    private static final Set<String> STATUSES = Set.of(Outbox.PENDING, Outbox.SENDING, Outbox.DELIVERED, Outbox.FAILED);

    private final Outbox outbox;
    private final EngineAsSystem engine;

    OutboundDeliveryApi(Outbox outbox, EngineAsSystem engine) {
        this.outbox = outbox;
        this.engine = engine;
    }

    @GetMapping
    Map<String, Object> deliveries(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size,
                                   @RequestParam(required = false) String status) {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有系统管理员可以查看对外推送记录");
        }
        if (page < 0) {
            throw new InvalidInput("page：页码从0开始");
        }
        if (size < 1 || size > 100) {
            throw new InvalidInput("size：每页条数应在1到100之间");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status：只能是 PENDING、SENDING、DELIVERED 或 FAILED");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> row : outbox.page(status, page * size, size)) {
            Map<String, Object> item = new LinkedHashMap<>();
            long id = ((Number) value(row, "id")).longValue();
            item.put("id", id);
            item.put("eventId", value(row, "event_id"));
            item.put("eventType", value(row, "event_type"));
            item.put("caseType", value(row, "case_type"));
            item.put("caseNo", value(row, "case_no"));
            item.put("endpoint", value(row, "endpoint_url"));
            item.put("status", value(row, "status"));
            item.put("attempts", value(row, "attempts"));
            item.put("nextAttemptAt", value(row, "next_attempt_at"));
            item.put("lastHttpStatus", value(row, "last_http_status"));
            item.put("lastError", value(row, "last_error"));
            item.put("deliveredAt", value(row, "delivered_at"));
            item.put("createdAt", value(row, "created_at"));
            item.put("attemptLog", outbox.attempts(id).stream().map(attempt -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("attempt", value(attempt, "attempt_no"));
                entry.put("at", value(attempt, "attempted_at"));
                entry.put("httpStatus", value(attempt, "http_status"));
                entry.put("error", value(attempt, "error"));
                entry.put("durationMs", value(attempt, "duration_ms"));
                entry.put("node", value(attempt, "node"));
                return entry;
            }).toList());
            items.add(item);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", outbox.count(status));
        answer.put("items", items);
        return answer;
    }

    /** Column labels come back upper-case from H2 and lower-case from MySQL. */
    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            value = row.get(column.toUpperCase());
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value;
    }
}
