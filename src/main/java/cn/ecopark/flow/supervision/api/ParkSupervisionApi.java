package cn.ecopark.flow.supervision.api;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.supervision.ParkHistories;
import cn.ecopark.flow.supervision.ParkHistoryView;
import cn.ecopark.flow.supervision.ViolationFiled;
import cn.ecopark.flow.supervision.ViolationReports;
import cn.ecopark.flow.web.IdempotentRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Supervision of a park over HTTP (HTTP Basic, like the engine REST API):
 * <ul>
 *   <li>{@code POST /api/parks/{id}/violations}: ecology reports a serious environmental violation or major
 *       incident (kind, caseReference, occurredOn, description); 201 with the case number and the proposed sanction,
 *       400 naming a bad field, 403 for anyone else, 404 for an unknown park, 409 while a case is open.</li>
 *   <li>{@code GET /api/parks/{id}/history}: the park's standing and every status change with the decisions behind
 *       it, its re-inspections and violation cases; for ecology and managers (anyone else gets the 404 of an unknown park).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/parks")
class ParkSupervisionApi {

    private static final Set<String> HISTORY_READERS = Set.of(Agency.ECOLOGY.groupId(), StaffGroup.MANAGERS, StaffGroup.ADMINS);

    private final ViolationReports reports;
    private final ParkHistories histories;
    private final ParkRepository parks;
    private final EngineAsSystem engine;
    private final IdempotentRequests idempotent;

    ParkSupervisionApi(ViolationReports reports, ParkHistories histories, ParkRepository parks, EngineAsSystem engine,
                       IdempotentRequests idempotent) {
        this.reports = reports;
        this.histories = histories;
        this.parks = parks;
        this.engine = engine;
        this.idempotent = idempotent;
    }

    @PostMapping("/{parkId}/violations")
    ResponseEntity<Map<String, Object>> report(@PathVariable Long parkId, @RequestBody Map<String, Object> body,
                                               @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        // One transaction; a retry with the same Idempotency-Key gets the first answer instead of a second case.
        return idempotent.once(key, "POST /api/parks/" + parkId + "/violations", body, Set.of(), () -> file(parkId, body), stored -> stored);
    }

    private ResponseEntity<Map<String, Object>> file(Long parkId, Map<String, Object> body) {
        ViolationFiled violation = reports.report(parkId, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", violation.caseNo());
        answer.put("parkId", parkId);
        answer.put("status", violation.status());
        answer.put("statusName", violation.statusName());
        answer.put("sanction", violation.sanction());
        answer.put("sanctionName", violation.sanctionName());
        answer.put("explanation", violation.explanation());
        return ResponseEntity.created(URI.create("/api/parks/" + parkId + "/history")).body(answer);
    }

    @GetMapping("/{parkId}/history")
    ParkHistoryView history(@PathVariable Long parkId) {
        // Only ecology and managers read it; anyone else gets exactly what an unknown park gets.
        Park park = parks.findById(parkId).filter(p -> HISTORY_READERS.stream().anyMatch(engine::callerIsIn))
                .orElseThrow(() -> new ViolationReports.ParkNotFound(parkId));
        return histories.of(park);
    }
}
