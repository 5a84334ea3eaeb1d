package cn.ecopark.flow.benchmark;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.MySqlTestDatabase;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

/**
 * Queue latency on MariaDB/MySQL with the production profile, in its own schema {@code ecopark_bench_queue};
 * {@code -Dqueue.reuse=true} measures again on the tasks the previous run left there, without loading.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=bench-only-password",
        "ecopark.admin.id=bench-admin",
        "ecopark.admin.password=bench-admin-password"})
@ActiveProfiles("mysql")
class QueueMySqlBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String schema = System.getProperty("queue.schema", "ecopark_bench_queue");
        if (Boolean.getBoolean("queue.reuse")) {
            MySqlTestDatabase.use(registry, schema); // measure again on the tasks a previous run loaded
        } else {
            MySqlTestDatabase.register(registry, schema);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    FilterService filterService;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void mariaDb() throws Exception {
        new QueueBenchmarkRun("MariaDB", dataSource, true, port, filterService, "bench-only-password", configuration)
                .run(driver, managementService, QueueBenchmark.sizes());
    }
}
