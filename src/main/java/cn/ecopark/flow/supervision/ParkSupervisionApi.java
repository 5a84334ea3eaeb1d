package cn.ecopark.flow.supervision;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatusChange;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.IdempotentRequests;
import org.camunda.bpm.engine.AuthorizationException;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final ParkRepository parks;
    private final ReviewRepository reviews;
    private final ViolationRepository violations;
    private final ApprovalRecordRepository records;
    private final EngineAsSystem engine;
    private final IdempotentRequests idempotent;

    ParkSupervisionApi(ViolationReports reports, ParkRepository parks, ReviewRepository reviews,
                       ViolationRepository violations, ApprovalRecordRepository records, EngineAsSystem engine, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.reports = reports;
        this.parks = parks;
        this.reviews = reviews;
        this.violations = violations;
        this.records = records;
        this.engine = engine;
    }

    @PostMapping("/{parkId}/violations")
    ResponseEntity<Map<String, Object>> report(@PathVariable Long parkId, @RequestBody Map<String, Object> body,
                                               @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        // One transaction; a retry with the same Idempotency-Key gets the first answer instead of a second case.
        return idempotent.once(key, "POST /api/parks/" + parkId + "/violations", body, Set.of(), () -> file(parkId, body), stored -> stored);
    }

    private ResponseEntity<Map<String, Object>> file(Long parkId, Map<String, Object> body) {
        Violation violation = reports.report(parkId, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", violation.getCaseNo());
        answer.put("parkId", parkId);
        answer.put("status", violation.getStatus().name());
        answer.put("statusName", violation.getStatus().chineseName());
        answer.put("sanction", violation.getSanction().name());
        answer.put("sanctionName", violation.getSanction().chineseName());
        answer.put("explanation", violation.getSanctionExplanation());
        return ResponseEntity.created(URI.create("/api/parks/" + parkId + "/history")).body(answer);
    }

    @GetMapping("/{parkId}/history")
    ParkHistoryView history(@PathVariable Long parkId) {
        // Only ecology and managers read it; anyone else gets exactly what an unknown park gets.
        Park park = parks.findById(parkId).filter(p -> HISTORY_READERS.stream().anyMatch(engine::callerIsIn))
                .orElseThrow(() -> new ViolationReports.ParkNotFound(parkId));
        Map<String, List<ApprovalRecord>> decisions = park.getHistory().stream().map(ParkStatusChange::caseNo)
                .filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), records::findByCaseNoOrderByDecidedAtAscIdAsc));
        return ParkHistoryView.of(park, decisions, reviews.findByParkIdOrderByIdAsc(parkId),
                violations.findByParkIdOrderByIdAsc(parkId));
    }
}
