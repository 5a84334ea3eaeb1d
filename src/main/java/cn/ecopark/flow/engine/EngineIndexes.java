package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexes Camunda lacks on its own tables for our queues (issue 16), from {@value #SCRIPT}: applied after the engine
 * has created or upgraded its tables (Flyway, which owns the domain tables, runs before that on a fresh database),
 * on every start, each index created only when its table has no index of that name, and a retired one dropped
 * while its table still has it. On MySQL the nodes of a cluster start one after the other
 * ({@code cluster.StartupLock}); a node that still meets an index another one just created (or misses one another
 * just dropped) skips it.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/engine-indexes.sql";
    private static final Pattern CREATE = Pattern.compile(
            "CREATE INDEX (\\w+) ON (\\w+) \\(([\\w, ]+)\\);?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("DROP INDEX (\\w+) ON (\\w+);?", Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    /** One line of the script: an index to create on its columns, or (columns {@code null}) a retired one to drop. */
    record EngineIndex(String name, String table, String columns) {
        static EngineIndex retired(String name, String table) {
            return new EngineIndex(name, table, null);
        }

        boolean isRetired() {
            return columns == null;
        }
    }

    private DataSource dataSource;
    private String tablePrefix = "";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
        tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        apply(dataSource, tablePrefix, script());
    }

    static List<EngineIndex> script() {
        String text;
        try {
            text = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProcessEngineException("Cannot read " + SCRIPT, e);
        }
        List<EngineIndex> indexes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String statement = line.strip();
            if (statement.isEmpty() || statement.startsWith("--")) {
                continue;
            }
            Matcher create = CREATE.matcher(statement);
            Matcher drop = DROP.matcher(statement);
            if (create.matches()) {
                indexes.add(new EngineIndex(create.group(1), create.group(2), create.group(3)));
            } else if (drop.matches()) {
                indexes.add(EngineIndex.retired(drop.group(1), drop.group(2)));
            } else {
                throw new ProcessEngineException(SCRIPT + ": neither a CREATE INDEX <name> ON <table> (<columns>) nor a "
                        + "DROP INDEX <name> ON <table> line: " + statement);
            }
        }
        return indexes;
    }

    /** Creates each index whose table has none of that name and drops each retired one it still has; returns their names. */
    static List<String> apply(DataSource dataSource, String tablePrefix, List<EngineIndex> indexes) {
        List<String> created = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            for (EngineIndex index : indexes) {
                String table = tablePrefix + index.table();
                if (exists(connection, table, index.name()) != index.isRetired()) {
                    continue;
                }
                long started = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute(index.isRetired()
                            ? "DROP INDEX " + index.name() + (h2 ? "" : " ON " + table) // H2 names an index alone
                            : "CREATE INDEX " + index.name() + " ON " + table + " (" + index.columns() + ")");
                } catch (SQLException e) {
                    if (exists(connection, table, index.name()) != index.isRetired()) {
                        continue; // another node was quicker
                    }
                    throw e;
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                created.add(index.name());
                LOG.info("{} index {} on {} ({}) in {} ms", index.isRetired() ? "Dropped retired" : "Created", index.name(),
                        table, index.isRetired() ? "" : index.columns(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot apply the engine indexes of " + SCRIPT + ": " + e.getMessage(), e);
        }
        return created;
    }

    private static boolean exists(Connection connection, String table, String index) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rows = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
