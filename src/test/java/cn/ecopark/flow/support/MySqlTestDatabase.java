package cn.ecopark.flow.support;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL suite's database: a fresh schema on the local MariaDB/MySQL (127.0.0.1:3306, root with an empty
 * password unless ECOPARK_IT_DB_* say otherwise). Where no server answers, the suite is skipped on a
 * developer's machine but fails in CI (CI=true) or when ECOPARK_REQUIRE_MYSQL=true, so it can never pass unseen.
 */
public final class MySqlTestDatabase {

    static final String HOST = env("ECOPARK_IT_DB_HOST", "127.0.0.1:3306");
    static final String USER = env("ECOPARK_IT_DB_USER", "root");
    static final String PASSWORD = env("ECOPARK_IT_DB_PASSWORD", "");
    static final String SCHEMA = env("ECOPARK_IT_DB_NAME", "ecopark_it");

    private MySqlTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, SCHEMA);
    }

    /** A schema of the caller's own (e.g. a benchmark's, which must not share the suite's). */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        recreateSchema(schema);
        use(registry, schema);
    }

    /** The schema as it is (e.g. a benchmark measuring again on the data it loaded before). */
    public static void use(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> "jdbc:mysql://" + HOST + "/" + schema
                + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true"
                + "&useUnicode=true&characterEncoding=utf8");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static void recreateSchema(String schema) {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            boolean required = "true".equals(System.getenv("CI")) || "true".equals(System.getenv("ECOPARK_REQUIRE_MYSQL"));
            if (required) {
                throw new IllegalStateException("MySQL/MariaDB at " + HOST + " is required here and did not answer", e);
            }
            Assumptions.abort("No MySQL/MariaDB at " + HOST + " (" + e.getMessage() + "); start it or run .ci/run");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
