package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.support.MySqlTestDatabase;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same benchmark on MariaDB/MySQL with the production profile: {@code mvn -Pbenchmark test}. */
@Tag("benchmark")
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=bench-only-password",
        "ecopark.admin.id=bench-admin",
        "ecopark.admin.password=bench-admin-password"})
@ActiveProfiles("mysql")
class ParkApplicationMySqlBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ManagementService managementService;

    @Test
    void mariaDb() throws Exception {
        ParkApplicationBenchmarkRun run = new ParkApplicationBenchmarkRun(driver, managementService);
        run.measure("MariaDB", 1, 50);
        run.measure("MariaDB", 4, 100);
    }
}
