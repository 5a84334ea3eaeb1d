package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The dashboard's data and the cities' plans:
 * <ul>
 *   <li>{@code GET /api/dashboard}: managers, ecology and administrators.</li>
 *   <li>{@code GET /api/me}: whether the caller may open it (the webapps' header link asks).</li>
 *   <li>{@code GET /api/city-plans}, {@code PUT /api/city-plans/{city}} with
 *       {@code {"plannedParks2025": 7, "industrialParks": 14}}: administrators keep the figures.</li>
 * </ul>
 */
@RestController
class DashboardApi {

    /** Who watches the programme's progress: managers, the lead agency and administrators. */
    static final List<String> VIEWERS = List.of(StaffGroup.MANAGERS, Agency.ECOLOGY.groupId(), StaffGroup.ADMINS);

    private final ProgressDashboard dashboard;
    private final CityPlans plans;
    private final EngineAsSystem engine;
    private final IdentityService identityService;

    DashboardApi(ProgressDashboard dashboard, CityPlans plans, EngineAsSystem engine, IdentityService identityService) {
        this.dashboard = dashboard;
        this.plans = plans;
        this.engine = engine;
        this.identityService = identityService;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard() {
        requireViewer();
        return dashboard.compute();
    }

    /** What the webapps' header offers the caller: the dashboard link, for applicants the lookup-code link, for admins the redeploy assistant, for ecology and admins the park registry. */
    @GetMapping("/api/me")
    Map<String, Object> me() {
        return Map.of("userId", identityService.getCurrentAuthentication().getUserId(), "dashboard", isViewer(engine),
                "applicant", engine.callerIsIn(StaffGroup.APPLICANTS), "admin", engine.callerIsIn(StaffGroup.ADMINS),
                "parks", cn.ecopark.flow.park.ParkRegistryPage.mayOpen(engine));
    }

    @GetMapping("/api/city-plans")
    List<CityPlan> cityPlans() {
        requireViewer();
        return plans.all();
    }

    @PutMapping("/api/city-plans/{city}")
    CityPlan save(@PathVariable String city, @RequestBody Map<String, Object> body) {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new AuthorizationException("只有系统管理员可以修改各市创建计划");
        }
        City known = City.byCode(city).orElseThrow(() -> new InvalidInput("city：“" + city + "”不是山东省16个设区市之一"));
        int planned = count(body, "plannedParks2025", "2025年计划命名园区数");
        int industrial = count(body, "industrialParks", "工业园区总数");
        if (planned > industrial) {
            throw new InvalidInput("plannedParks2025：计划命名园区数不能多于工业园区总数（" + industrial + "）");
        }
        return plans.save(known.code(), planned, industrial, identityService.getCurrentAuthentication().getUserId(),
                AppClock.now());
    }

    static boolean isViewer(EngineAsSystem engine) {
        return VIEWERS.stream().anyMatch(engine::callerIsIn);
    }

    private void requireViewer() {
        if (!isViewer(engine)) {
            throw new AuthorizationException("统计看板仅供管理人员、省生态环境厅和系统管理员查看");
        }
    }

    private static int count(Map<String, Object> body, String key, String label) {
        Object value = body.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(key + "：请填写" + label);
        }
        try {
            int n = new java.math.BigDecimal(value.toString().strip()).intValueExact();
            if (n < 0 || n > 1000) {
                throw new InvalidInput(key + "：" + label + "必须在 0 到 1000 之间");
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(key + "：" + label + "必须是整数，收到“" + value + "”");
        }
    }
}
