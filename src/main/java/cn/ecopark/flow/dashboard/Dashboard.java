package cn.ecopark.flow.dashboard;

import java.time.Instant;
import java.util.List;

/** Everything the progress dashboard draws (measures 5 and 6, and the agencies' workload). */
public record Dashboard(
        Instant generatedAt,
        boolean demoFigures,
        Targets targets,
        List<CityProgress> cities,
        List<Workflow> workflows,
        List<AgencyLoad> agencies,
        String calendarWarning) {

    /**
     * @param namedNow        parks named and not revoked today
     * @param namedBy2022     parks that held the title on 31 Dec 2022, from their status history (measure 5: about 30)
     * @param target2022      30
     * @param industrialParks sum of the cities' industrial parks
     * @param target2025      half of them, rounded up (measure 5: at least 50 % by the end of 2025)
     * @param planned2025     sum of the cities' creation plans (measure 6)
     * @param namedBy2025     parks that held the title on 31 Dec 2025, from their status history
     */
    public record Targets(int namedNow, int namedBy2022, int target2022, int industrialParks, int target2025,
                          int planned2025, int namedBy2025) {
    }

    public record CityProgress(String city, String cityName, int planned2025, int industrialParks, int named,
                               int approvedToBuild, int applying, boolean demo) {
    }

    public record Workflow(String caseType, String caseTypeName, List<StageCount> stages) {
    }

    public record StageCount(String stage, long count) {
    }

    /**
     * @param avgWorkingDays average working days from a task's creation to its completion, last 365 days;
     *                       null when the agency finished none
     */
    public record AgencyLoad(String group, String name, long open, long overdue, long finished, Double avgWorkingDays) {
    }
}
