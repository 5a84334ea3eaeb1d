package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs whole park applications, submission to disbursement, as the clerks would (authorization on), and
 * reports throughput and memory. Used by the benchmark classes; not part of the test suite.
 */
class ParkApplicationBenchmarkRun {

    private final ParkApplicationDriver driver;
    private final ManagementService managementService;

    ParkApplicationBenchmarkRun(ParkApplicationDriver driver, ManagementService managementService) {
        this.driver = driver;
        this.managementService = managementService;
    }

    void oneCase() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        driver.decide("ecology-clerk", instance, "confirmNaming", "APPROVE", "同意");
        Job notice = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.executeJob(notice.getId());
        driver.ecologyAgreesToSubsidy(instance);
        driver.complete("finance-clerk", instance, "decideSubsidy", Map.of("decision", "AWARD", "subsidyAmount", 3_000_000));
        driver.complete("finance-clerk", instance, "recordDisbursement", Map.of("decision", "RECORDED",
                "disbursedAmount", 3_000_000, "disbursedOn", "2026-12-15", "voucherNo", "BENCH"));
    }

    /** Runs {@code cases} cases on {@code threads} threads; returns a report line. */
    String measure(String database, int threads, int cases) throws Exception {
        for (int i = 0; i < 5; i++) {
            oneCase(); // warm-up
        }
        System.gc();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            runs.add(pool.submit(this::oneCase));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        String line = "%s, %d thread(s): %d complete cases (12 steps each) in %.1f s = %.2f cases/s, %.0f ms per case; heap used %d MB"
                .formatted(database, threads, cases, took.toMillis() / 1000.0, cases * 1000.0 / took.toMillis(),
                        (double) took.toMillis() * threads / cases, heapMb);
        Path report = Path.of("target", "benchmark", "park-application.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("BENCHMARK " + line);
        return line;
    }
}
