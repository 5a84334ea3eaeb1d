package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.CalendarResult;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes the dashboard: named parks against measure 5's targets (about 30 by the end of 2022, half of the
 * industrial parks by the end of 2025), each city's creation plan against its parks (measure 6), the cases of
 * every workflow by stage, and each agency's open, overdue and finished tasks with the average working days
 * a task took. The caller's right to see it is checked before; the figures are read as the system.
 */
@Component
class ProgressDashboard {

    static final int TARGET_2022 = 30;
    static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final Duration WORKLOAD_WINDOW = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final ParkRepository parkRepository;
    private final CityPlans plans;
    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final WorkingDayCalendar calendar;
    private final EngineAsSystem engine;

    ProgressDashboard(JdbcClient jdbc, ParkRepository parkRepository, CityPlans plans, CaseFiles caseFiles,
                      TaskService taskService, HistoryService historyService, WorkingDayCalendar calendar,
                      EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.parkRepository = parkRepository;
        this.plans = plans;
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.historyService = historyService;
        this.calendar = calendar;
        this.engine = engine;
    }

    Dashboard compute() {
        Instant now = AppClock.now();
        TreeSet<Integer> missingYears = new TreeSet<>();

        Map<String, Map<String, Integer>> parksByCity = new HashMap<>();
        jdbc.sql("SELECT city, status, COUNT(*) AS n FROM park GROUP BY city, status").query((rs, i) -> {
            parksByCity.computeIfAbsent(rs.getString("city"), c -> new HashMap<>()).put(rs.getString("status"), rs.getInt("n"));
            return null;
        }).list();
        // Measure 5's targets count the parks that held the title at the end of their year, from each park's
        // status history (parks registered with their pre-go-live naming date count from that date).
        int namedBy2022 = 0;
        int namedBy2025 = 0;
        for (Park park : parkRepository.findAll()) {
            namedBy2022 += park.statusOn(END_2022) == ParkStatus.NAMED ? 1 : 0;
            namedBy2025 += park.statusOn(END_2025) == ParkStatus.NAMED ? 1 : 0;
        }

        Map<String, CityPlan> planByCity = new HashMap<>();
        plans.all().forEach(p -> planByCity.put(p.city(), p));
        List<Dashboard.CityProgress> cities = new ArrayList<>();
        int namedNow = 0;
        int industrial = 0;
        int planned = 0;
        boolean demo = false;
        for (City city : City.values()) {
            Map<String, Integer> parks = parksByCity.getOrDefault(city.code(), Map.of());
            CityPlan plan = planByCity.get(city.code());
            int named = parks.getOrDefault("NAMED", 0);
            cities.add(new Dashboard.CityProgress(city.code(), city.chineseName(), plan == null ? 0 : plan.plannedParks2025(),
                    plan == null ? 0 : plan.industrialParks(), named, parks.getOrDefault("APPROVED_TO_BUILD", 0),
                    parks.getOrDefault("APPLYING", 0), plan != null && plan.demo()));
            namedNow += named;
            industrial += plan == null ? 0 : plan.industrialParks();
            planned += plan == null ? 0 : plan.plannedParks2025();
            demo |= plan != null && plan.demo();
        }
        Dashboard.Targets targets = new Dashboard.Targets(namedNow, namedBy2022, TARGET_2022, industrial,
                (industrial + 1) / 2, planned, namedBy2025);

        List<Dashboard.Workflow> workflows = new ArrayList<>();
        for (CaseFileProvider provider : caseFiles.providers()) {
            workflows.add(new Dashboard.Workflow(provider.caseType(), provider.caseTypeName(), provider.countByStage()
                    .entrySet().stream().map(e -> new Dashboard.StageCount(e.getKey(), e.getValue())).toList()));
        }

        List<Dashboard.AgencyLoad> agencies = engine.call(() -> agencyLoads(now, missingYears));
        return new Dashboard(now, demo, targets, cities, workflows, agencies,
                missingYears.isEmpty() ? null : CalendarResult.warningFor(missingYears));
    }

    private List<Dashboard.AgencyLoad> agencyLoads(Instant now, TreeSet<Integer> missingYears) {
        List<String> groups = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            groups.add(agency.groupId());
        }
        for (City city : City.values()) {
            groups.add(city.groupId());
        }
        Date since = Date.from(now.minus(WORKLOAD_WINDOW));
        List<Dashboard.AgencyLoad> loads = new ArrayList<>();
        for (String group : groups) {
            long open = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
            long overdue = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                    .dueBefore(Date.from(now)).count();
            List<HistoricTaskInstance> done = historyService.createHistoricTaskInstanceQuery().taskHadCandidateGroup(group)
                    .finished().finishedAfter(since).list();
            Double average = null;
            if (!done.isEmpty()) {
                long total = 0;
                for (HistoricTaskInstance task : done) {
                    CalendarResult<Integer> days = calendar.workingDaysBetween(
                            WorkingDayCalendar.toLocalDate(task.getStartTime()), WorkingDayCalendar.toLocalDate(task.getEndTime()));
                    missingYears.addAll(days.yearsWithoutData());
                    total += days.value();
                }
                average = Math.round(total * 10.0 / done.size()) / 10.0;
            }
            // The nine agencies always show; a city bureau only once it has had work.
            boolean agency = Agency.byGroupId(group).isPresent();
            if (agency || open > 0 || !done.isEmpty()) {
                loads.add(new Dashboard.AgencyLoad(group, StaffGroup.displayName(group), open, overdue, done.size(), average));
            }
        }
        return loads;
    }
}
