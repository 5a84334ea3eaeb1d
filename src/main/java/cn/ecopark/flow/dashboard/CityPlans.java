package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.agency.City;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The city_creation_plan table. */
@Component
class CityPlans {

    private static final RowMapper<CityPlan> ROW = (rs, i) -> new CityPlan(rs.getString("city"), rs.getInt("planned_parks_2025"),
            rs.getInt("industrial_parks"), rs.getBoolean("demo"), rs.getString("updated_by"),
            rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant());

    /**
     * Placeholder figures for the embedded demo only: plausible orders of magnitude, NOT official numbers.
     * City → {parks planned to be named by 2025, industrial parks}. An administrator replaces them.
     */
    static final Map<City, int[]> DEMO = Map.ofEntries(
            Map.entry(City.JINAN, new int[]{7, 14}), Map.entry(City.QINGDAO, new int[]{8, 16}),
            Map.entry(City.ZIBO, new int[]{6, 12}), Map.entry(City.ZAOZHUANG, new int[]{4, 8}),
            Map.entry(City.DONGYING, new int[]{5, 10}), Map.entry(City.YANTAI, new int[]{8, 16}),
            Map.entry(City.WEIFANG, new int[]{8, 16}), Map.entry(City.JINING, new int[]{7, 13}),
            Map.entry(City.TAIAN, new int[]{4, 8}), Map.entry(City.WEIHAI, new int[]{5, 9}),
            Map.entry(City.RIZHAO, new int[]{3, 6}), Map.entry(City.LINYI, new int[]{7, 13}),
            Map.entry(City.DEZHOU, new int[]{6, 12}), Map.entry(City.LIAOCHENG, new int[]{5, 10}),
            Map.entry(City.BINZHOU, new int[]{5, 9}), Map.entry(City.HEZE, new int[]{6, 11}));

    private final JdbcClient jdbc;

    CityPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CityPlan> all() {
        return jdbc.sql("SELECT * FROM city_creation_plan").query(ROW).list();
    }

    /** An administrator's figures; they are real from now on (demo = false). */
    @Transactional
    CityPlan save(String city, int plannedParks2025, int industrialParks, String by, Instant at) {
        int updated = jdbc.sql("UPDATE city_creation_plan SET planned_parks_2025 = ?, industrial_parks = ?, demo = FALSE,"
                        + " updated_by = ?, updated_at = ? WHERE city = ?")
                .params(plannedParks2025, industrialParks, by, Timestamp.from(at), city).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO city_creation_plan (city, planned_parks_2025, industrial_parks, demo, updated_by, updated_at)"
                            + " VALUES (?, ?, ?, FALSE, ?, ?)")
                    .params(city, plannedParks2025, industrialParks, by, Timestamp.from(at)).update();
        }
        return jdbc.sql("SELECT * FROM city_creation_plan WHERE city = ?").param(city).query(ROW).single();
    }

    /** Seeds the placeholders into an empty table; never touches a table that has any row. */
    @Transactional
    int seedDemoIfEmpty() {
        if (jdbc.sql("SELECT COUNT(*) FROM city_creation_plan").query(Integer.class).single() > 0) {
            return 0;
        }
        for (City city : City.values()) {
            int[] figures = DEMO.get(city);
            jdbc.sql("INSERT INTO city_creation_plan (city, planned_parks_2025, industrial_parks, demo) VALUES (?, ?, ?, TRUE)")
                    .params(city.code(), figures[0], figures[1]).update();
        }
        return City.values().length;
    }
}
