package cn.ecopark.flow.park;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.jdbc.core.simple.JdbcClient;
import cn.ecopark.flow.engine.InvalidInput;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The park registry over HTTP (HTTP Basic):
 * <ul>
 *   <li>{@code POST /api/parks}: ecology registers a park approved to build or named before the system went live
 *       (credit code, name, city, type, area, optional catalogue code, level, 四至范围, leading industries, and
 *       approvedOn + approvalDocumentNo and/or namedOn + namingDocumentNo); 201, 400 naming the field, 403 for
 *       anyone else, 409 when the credit code or the name is already registered.</li>
 *   <li>{@code GET /api/parks/by-credit-code/{code}}: the park's identity, names over time and status history;
 *       for ecology, managers and admins (404 for an unknown code).</li>
 *   <li>{@code GET /api/parks?q=}: the registry searched by credit code or by any name the park has borne (the page
 *       {@code /staff/parks} lists it); the same readers; at most {@value #LIST_LIMIT} parks, newest first.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/parks")
class ParkRegistryApi {

    private static final Set<String> WRITERS = Set.of(Agency.ECOLOGY.groupId(), StaffGroup.ADMINS);
    private static final Set<String> READERS = Set.of(Agency.ECOLOGY.groupId(), StaffGroup.MANAGERS, StaffGroup.ADMINS);
    static final int LIST_LIMIT = 200;

    private final ParkRepository parks;
    private final EngineAsSystem engine;
    private final IdentityService identityService;
    private final JdbcClient jdbc;
    private final ParkLifecycle lifecycle;

    ParkRegistryApi(ParkRepository parks, EngineAsSystem engine, IdentityService identityService, JdbcClient jdbc,
                    ParkLifecycle lifecycle) {
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.parks = parks;
        this.engine = engine;
        this.identityService = identityService;
    }

    @PostMapping
    @Transactional
    ResponseEntity<ParkView> register(@RequestBody Map<String, Object> body) {
        if (WRITERS.stream().noneMatch(engine::callerIsIn)) {
            throw new AuthorizationException("只有省生态环境厅可以补录园区");
        }
        Instant now = AppClock.now();
        ParkRegistration r = ParkRegistration.read(body, now.atZone(AppClock.ZONE).toLocalDate());
        parks.findByCreditCode(r.creditCode()).ifPresent(known -> {
            throw new ApiExceptionHandler.Conflict("统一社会信用代码 " + r.creditCode() + " 已登记为园区“" + known.getName() + "”");
        });
        parks.findByCityAndName(r.city(), r.parkName()).ifPresent(known -> {
            throw new ApiExceptionHandler.Conflict("园区名称“" + r.parkName() + "”已登记（统一社会信用代码 "
                    + (known.getCreditCode() == null ? "未登记" : known.getCreditCode()) + "）");
        });
        Park park;
        try {
            park = lifecycle.registerKnown(r, now, identityService.getCurrentAuthentication().getUserId());
        } catch (DuplicateKeyException e) {
            throw new ApiExceptionHandler.Conflict("统一社会信用代码 " + r.creditCode() + " 或园区名称刚被另一请求登记，请刷新后核对");
        }
        return ResponseEntity.created(URI.create("/api/parks/by-credit-code/" + park.getCreditCode())).body(ParkView.of(park));
    }

    @GetMapping
    List<ParkView> search(@RequestParam(required = false) String q) {
        requireReader();
        String term = q == null ? "" : q.strip();
        if (term.length() > 100) {
            throw new InvalidInput("q：查询条件不能超过100字");
        }
        // Any name the park has borne finds it, so a renamed park is found under its former name too.
        String like = "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<Long> ids = jdbc.sql("SELECT DISTINCT p.id FROM park p LEFT JOIN park_name n ON n.park = p.id"
                        + " WHERE p.credit_code LIKE :q ESCAPE '!' OR p.name LIKE :q ESCAPE '!' OR n.name LIKE :q ESCAPE '!'"
                        + " ORDER BY p.id DESC LIMIT " + LIST_LIMIT)
                .param("q", like).query(Long.class).list();
        Map<Long, Park> found = new java.util.HashMap<>();
        parks.findAllById(ids).forEach(p -> found.put(p.getId(), p));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(ParkView::of).toList();
    }

    @GetMapping("/by-credit-code/{creditCode}")
    ParkView byCreditCode(@PathVariable String creditCode) {
        requireReader();
        return parks.findByCreditCode(CreditCode.normalise(creditCode)).map(ParkView::of)
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有统一社会信用代码为 " + creditCode + " 的园区"));
    }

    private void requireReader() {
        if (READERS.stream().noneMatch(engine::callerIsIn)) {
            throw new AuthorizationException("只有省生态环境厅和管理人员可以查看园区登记信息");
        }
    }

    /** A park as the registry shows it: identity, profile, names over time and every status change. */
    record ParkView(Long parkId, String creditCode, String catalogueCode, String parkName, String city, String cityName,
                    String parkType, BigDecimal areaKm2, String parkLevel, String boundaries, String leadingIndustries,
                    String status, String statusName, LocalDate approvedOn, LocalDate namedOn, List<ParkName> names,
                    List<Change> history) {

        record Change(String toStatus, String toStatusName, LocalDate effectiveOn, String documentNo, String caseNo,
                      String reason, String changedBy, Instant changedAt) {
        }

        static ParkView of(Park p) {
            return new ParkView(p.getId(), p.getCreditCode(), p.getCatalogueCode(), p.getName(), p.getCity(),
                    City.byCode(p.getCity()).map(City::chineseName).orElse(p.getCity()), p.getParkType().name(),
                    p.getAreaKm2(), p.getParkLevel() == null ? null : p.getParkLevel().chineseName(), p.getBoundaries(),
                    p.getLeadingIndustries(), p.getStatus().name(), p.getStatus().chineseName(), p.getApprovedOn(),
                    p.getNamedOn(), p.getNames(), p.getHistory().stream().map(c -> new Change(c.toStatus().name(),
                            c.toStatus().chineseName(), c.effectiveDate(), c.documentNo(), c.caseNo(), c.reason(),
                            c.changedBy(), c.changedAt())).toList());
        }
    }
}
