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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final WorkingDayCalendar calendar;

    ProgressDashboard(JdbcClient jdbc, ParkRepository parkRepository, CityPlans plans, CaseFiles caseFiles,
                      WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.parkRepository = parkRepository;
        this.plans = plans;
        this.caseFiles = caseFiles;
        this.calendar = calendar;
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

        List<Dashboard.AgencyLoad> agencies = agencyLoads(now, missingYears);
        return new Dashboard(now, demo, targets, cities, workflows, agencies,
                missingYears.isEmpty() ? null : CalendarResult.warningFor(missingYears));
    }

    /**
     * Three aggregate reads of the engine's tables instead of three engine queries per group (75 a call), each
     * answered from an index of {@code db/engine-indexes.sql} (issue 16: 2.2 s at 100k open tasks before):
     * <ul>
     *   <li>open tasks per candidate group (as {@code taskCandidateGroup(g).includeAssignedTasks()} counts them) from
     *       the identity links alone: every task link names an open task;</li>
     *   <li>overdue tasks per group, from the tasks whose due date has passed;</li>
     *   <li>the start and end of each task finished in the window per group it was offered to (as
     *       {@code taskHadCandidateGroup(g).finished().finishedAfter(since)}), two columns a task; a task listed
     *       twice for a group (its group removed and added again) is counted once here rather than by the
     *       database's DISTINCT, which at 52,000 tasks spilled a temporary table to disk (1–2 s).</li>
     * </ul>
     */
    private List<Dashboard.AgencyLoad> agencyLoads(Instant now, TreeSet<Integer> missingYears) {
        List<String> groups = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            groups.add(agency.groupId());
        }
        for (City city : City.values()) {
            groups.add(city.groupId());
        }
        Map<String, long[]> open = new HashMap<>(); // group -> {open, overdue}
        jdbc.sql("""
                        SELECT L.GROUP_ID_ AS grp, COUNT(DISTINCT L.TASK_ID_) AS open_tasks
                        FROM ACT_RU_IDENTITYLINK L
                        WHERE L.TYPE_ = 'candidate' AND L.GROUP_ID_ IS NOT NULL AND L.TASK_ID_ IS NOT NULL
                        GROUP BY L.GROUP_ID_""")
                .query((rs, i) -> open.computeIfAbsent(rs.getString("grp"), g -> new long[2])[0] = rs.getLong("open_tasks"))
                .list();
        jdbc.sql("""
                        SELECT L.GROUP_ID_ AS grp, COUNT(DISTINCT T.ID_) AS overdue
                        FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_
                        WHERE T.DUE_DATE_ < :now AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IS NOT NULL
                        GROUP BY L.GROUP_ID_""")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> open.computeIfAbsent(rs.getString("grp"), g -> new long[2])[1] = rs.getLong("overdue"))
                .list();
        Map<String, long[]> done = new HashMap<>(); // group -> {count, working days in all}
        Map<List<LocalDate>, CalendarResult<Integer>> days = new HashMap<>();
        Set<String> counted = new HashSet<>();
        jdbc.sql("""
                        SELECT L.GROUP_ID_ AS grp, T.ID_ AS id, T.START_TIME_ AS started, T.END_TIME_ AS ended
                        FROM ACT_HI_TASKINST T JOIN ACT_HI_IDENTITYLINK L ON L.TASK_ID_ = T.ID_
                        WHERE L.TYPE_ = 'candidate' AND L.GROUP_ID_ IS NOT NULL
                          AND T.END_TIME_ IS NOT NULL AND T.END_TIME_ > :since""")
                .param("since", Timestamp.from(now.minus(WORKLOAD_WINDOW)))
                .query((rs, i) -> {
                    String group = rs.getString("grp");
                    if (!counted.add(group + '\n' + rs.getString("id"))) {
                        return null;
                    }
                    LocalDate started = WorkingDayCalendar.toLocalDate(rs.getTimestamp("started").toInstant());
                    LocalDate ended = WorkingDayCalendar.toLocalDate(rs.getTimestamp("ended").toInstant());
                    CalendarResult<Integer> taken = days.computeIfAbsent(List.of(started, ended),
                            d -> calendar.workingDaysBetween(started, ended));
                    missingYears.addAll(taken.yearsWithoutData());
                    long[] sum = done.computeIfAbsent(group, g -> new long[2]);
                    sum[0]++;
                    sum[1] += taken.value();
                    return null;
                })
                .list();
        List<Dashboard.AgencyLoad> loads = new ArrayList<>();
        for (String group : groups) {
            long[] openAndOverdue = open.getOrDefault(group, new long[2]);
            long[] finished = done.getOrDefault(group, new long[2]);
            Double average = finished[0] == 0 ? null : Math.round(finished[1] * 10.0 / finished[0]) / 10.0;
            // The nine agencies always show; a city bureau only once it has had work.
            boolean agency = Agency.byGroupId(group).isPresent();
            if (agency || openAndOverdue[0] > 0 || finished[0] > 0) {
                loads.add(new Dashboard.AgencyLoad(group, StaffGroup.displayName(group), openAndOverdue[0], openAndOverdue[1],
                        finished[0], average));
            }
        }
        return loads;
    }
}
