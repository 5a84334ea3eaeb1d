package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Throughput of whole park applications on the embedded H2 (without the coverage recorder the test suite
 * adds). Not part of `mvn verify`; run it with
 * {@code mvn -Pbenchmark test}. Figures land in target/benchmark/ and the README.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class ParkApplicationBenchmark {

    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ManagementService managementService;

    @Test
    void h2() throws Exception {
        ParkApplicationBenchmarkRun run = new ParkApplicationBenchmarkRun(driver, managementService);
        run.measure("H2", 1, 100);
        run.measure("H2", 4, 200);
    }
}
