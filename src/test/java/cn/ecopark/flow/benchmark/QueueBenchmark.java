package cn.ecopark.flow.benchmark;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.util.Arrays;

/**
 * Queue latency on the embedded H2 (see {@link QueueBenchmarkRun}). Not part of {@code mvn verify}:
 * {@code mvn -B -o -Pbenchmark test -Dtest='Queue*Benchmark'}; sizes from {@code -Dqueue.sizes=10000,100000}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueueBenchmark {

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
    void h2() throws Exception {
        new QueueBenchmarkRun("H2", dataSource, false, port, filterService, "demo", configuration)
                .run(driver, managementService, sizes());
    }

    static int[] sizes() {
        return Arrays.stream(System.getProperty("queue.sizes", "10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    }
}
