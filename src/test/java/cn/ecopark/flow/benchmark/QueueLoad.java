package cn.ecopark.flow.benchmark;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open tasks in the volume a province reaches, made fast: the engine itself runs one seed case per kind of open
 * work (a city's 市级初审 in each of the 16 cities, a joint review with ecology, science and commerce, ecology's
 * subsidy opinion), with everything our listeners add (task-local variables, the per-task and per-case
 * authorizations); then SQL copies each seed case's rows — runtime execution tree, tasks, identity links,
 * variables with their byte arrays, authorizations, and the history of the process, its tasks and their identity
 * links — rewriting every per-case id (a prefix and a suffix for each copy), so each copy's runtime is what the
 * engine would have written for one more case. The prefix spreads the copies over the id order as the engine's ids
 * spread: they are time-based UUIDs whose first eight digits (the low bits of the time) turn over every seven
 * minutes, so ordered by id a year's open tasks mix every kind of work; a suffix alone would put each seed's copies
 * together (every city's 市级初审 first, ecology's work last), which no real database holds. Not copied, to keep a
 * 100k load within minutes: timers and other jobs (the job executor is off in the benchmarks) and the history of
 * activities and variables (no queue reads them).
 *
 * <p>The spread per 100 open tasks: 20 ecology (12 joint reviews + 8 subsidy opinions), 12 science, 12 commerce
 * (the joint reviews), 56 at the cities' 市级初审 (3.5 per city).
 */
class QueueLoad {

    /** Columns holding a per-case id: rewritten in each copy. */
    private static final Set<String> CASE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
            "PARENT_ID_", "SUPER_EXEC_", "TASK_ID_", "BYTEARRAY_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "VAR_SCOPE_",
            "RESOURCE_ID_", "BUSINESS_KEY_", "PARENT_TASK_ID_", "CALL_PROC_INST_ID_", "VAR_INST_ID_",
            "SUPER_PROCESS_INSTANCE_ID_");

    /** Where a seed case's rows are, per table ({@code ?} is the seed's process instance id). */
    private static final Map<String, String> CASE_ROWS = new LinkedHashMap<>();

    static {
        String tasks = "(SELECT T.ID_ FROM ACT_RU_TASK T WHERE T.PROC_INST_ID_ = ?)";
        CASE_ROWS.put("ACT_GE_BYTEARRAY", "S.ID_ IN (SELECT V.BYTEARRAY_ID_ FROM ACT_RU_VARIABLE V WHERE V.PROC_INST_ID_ = ?)"
                );
        CASE_ROWS.put("ACT_RU_EXECUTION", "S.PROC_INST_ID_ = ?");
        CASE_ROWS.put("ACT_RU_TASK", "S.PROC_INST_ID_ = ?");
        CASE_ROWS.put("ACT_RU_IDENTITYLINK", "S.TASK_ID_ IN " + tasks);
        CASE_ROWS.put("ACT_RU_VARIABLE", "S.PROC_INST_ID_ = ?");
        CASE_ROWS.put("ACT_RU_AUTHORIZATION", "(S.RESOURCE_ID_ = ? OR S.RESOURCE_ID_ IN " + tasks + ")");
        CASE_ROWS.put("ACT_HI_PROCINST", "S.PROC_INST_ID_ = ?");
        CASE_ROWS.put("ACT_HI_TASKINST", "S.PROC_INST_ID_ = ?");
        CASE_ROWS.put("ACT_HI_IDENTITYLINK", "S.ROOT_PROC_INST_ID_ = ?");
    }

    /** A seed case and how many copies of it each 100 open tasks hold. */
    record Seed(String label, String processInstanceId, double copiesPer100Tasks) {
    }

    private final DataSource dataSource;
    private final boolean mysql;
    private final List<Seed> seeds = new ArrayList<>();
    private final Map<String, Integer> copied = new LinkedHashMap<>();

    QueueLoad(DataSource dataSource, boolean mysql) {
        this.dataSource = dataSource;
        this.mysql = mysql;
    }

    /** Runs the seed cases through the engine, as the applicant and the clerks. */
    void seed(ParkApplicationDriver driver, ManagementService managementService) {
        for (City city : City.values()) {
            ProcessInstance atCity = driver.submit(ParkApplicationDriver.approvedApplication(city.code(),
                    city.code() + "基准园区"));
            seeds.add(new Seed("city-" + city.code(), atCity.getId(), 56.0 / City.values().length));
        }
        ProcessInstance joint = driver.submitGood();
        driver.passCityReview(joint);
        seeds.add(new Seed("joint-review", joint.getId(), 12));
        ProcessInstance subsidy = driver.submitGood();
        driver.passCityReview(subsidy);
        driver.agreeJointReview(subsidy);
        driver.decide("ecology-clerk", subsidy, "confirmNaming", "APPROVE", "同意");
        Job notice = managementService.createJobQuery().processInstanceId(subsidy.getId()).singleResult();
        managementService.executeJob(notice.getId());
        seeds.add(new Seed("ecology-subsidy", subsidy.getId(), 8));
    }

    /** Copies seed cases until about {@code openTasks} tasks are open. */
    void growTo(int openTasks) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int networkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0); // one copy statement may take longer than a request may
            try {
                grow(connection, openTasks);
            } finally {
                connection.setNetworkTimeout(Runnable::run, networkTimeout);
            }
        }
    }

    private void grow(Connection connection, int openTasks) throws SQLException {
        {
            connection.setAutoCommit(false);
            ensureNumbers(connection, openTasks);
            referentialIntegrity(connection, false); // a copied execution may come before its copied parent
            for (Seed seed : seeds) {
                int wanted = (int) Math.round(seed.copiesPer100Tasks() * openTasks / 100.0) - 1; // the seed counts
                int done = copied.getOrDefault(seed.label(), 0);
                for (int from = done + 1; from <= wanted; from += 1000) {
                    int to = Math.min(wanted, from + 999);
                    for (Map.Entry<String, String> table : CASE_ROWS.entrySet()) {
                        copy(connection, table.getKey(), table.getValue(), seed.processInstanceId(), from, to);
                    }
                    connection.commit();
                }
                copied.put(seed.label(), Math.max(done, wanted));
            }
            referentialIntegrity(connection, true);
            if (mysql) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : CASE_ROWS.keySet()) {
                        statement.execute("ANALYZE TABLE " + table);
                    }
                }
            }
            connection.commit();
        }
    }

    /** Open tasks per candidate group, as the engine sees them. */
    Map<String, Integer> openTasksByGroup() throws SQLException {
        Map<String, Integer> byGroup = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT I.GROUP_ID_, COUNT(*) FROM ACT_RU_IDENTITYLINK I "
                     + "WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL GROUP BY I.GROUP_ID_ ORDER BY 2 DESC")) {
            while (rows.next()) {
                byGroup.put(rows.getString(1), rows.getInt(2));
            }
        }
        return byGroup;
    }

    int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void copy(Connection connection, String table, String where, String seed, int from, int to) throws SQLException {
        List<String> columns = columns(connection, table);
        StringBuilder select = new StringBuilder();
        for (String column : columns) {
            select.append(select.isEmpty() ? "" : ", ").append(expression(table, column));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM " + table + " S JOIN BENCH_N B ON B.N BETWEEN ? AND ? WHERE " + where;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setInt(1, from);
            insert.setInt(2, to);
            int parameters = (int) where.chars().filter(c -> c == '?').count();
            for (int i = 0; i < parameters; i++) {
                insert.setString(3 + i, seed);
            }
            insert.executeUpdate();
        }
    }

    private String expression(String table, String column) {
        String source = "S." + column;
        if (CASE_IDS.contains(column)) {
            // A function of (value, copy) alone, so a value means the same in every column and references within a
            // copy still meet. Ids (36 characters) get the copy's spread in front; longer values (an activity
            // instance's "activity:id") only the suffix, so none outgrows its column (64).
            String spread = "LPAD(CONCAT('', MOD(B.N * 2654435761, 100000000)), 8, '0')";
            return "CASE WHEN " + source + " IS NULL THEN NULL WHEN CHAR_LENGTH(" + source + ") <= 48 THEN CONCAT(" + spread
                    + ", " + source + ", '-b', B.N) ELSE CONCAT(" + source + ", '-b', B.N) END";
        }
        if (table.equals("ACT_RU_TASK") && (column.equals("DUE_DATE_") || column.equals("CREATE_TIME_"))) {
            // Spread the copies over 30 days, so sorting by due date or creation meets real orderings.
            String minutes = "(-MOD(B.N * 7919, 43200))";
            return mysql ? "DATE_ADD(" + source + ", INTERVAL " + minutes + " MINUTE)"
                    : "DATEADD(MINUTE, " + minutes + ", " + source + ")";
        }
        return source;
    }

    private final Map<String, List<String>> columnsByTable = new LinkedHashMap<>();

    private List<String> columns(Connection connection, String table) throws SQLException {
        List<String> known = columnsByTable.get(table);
        if (known != null) {
            return known;
        }
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getColumns(connection.getCatalog(), null, mysql ? table : table.toUpperCase(), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No columns for " + table);
        }
        columnsByTable.put(table, columns);
        return columns;
    }

    private void referentialIntegrity(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(mysql ? "SET FOREIGN_KEY_CHECKS = " + (on ? 1 : 0) : "SET REFERENTIAL_INTEGRITY " + on);
        }
    }

    private void ensureNumbers(Connection connection, int atLeast) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS BENCH_N (N INT PRIMARY KEY)");
        }
        int have = 0;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM BENCH_N")) {
            rows.next();
            have = rows.getInt(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO BENCH_N (N) VALUES (?)")) {
            for (int n = have + 1; n <= atLeast; n++) {
                insert.setInt(1, n);
                insert.addBatch();
                if (n % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }
}
