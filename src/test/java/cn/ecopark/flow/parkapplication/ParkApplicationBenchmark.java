package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.EcoparkFlowApplication;
import cn.ecopark.flow.parkapplication.ParkApplicationBenchmarkRun.Shape;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps, start-up and memory (issue 16): in one run, on MariaDB (schema ecopark_bench_steps, recreated) and then
 * on H2, approval steps per second with 1 and 8 clerks on park-application and green-channel, through the Java
 * API and through REST as Tasklist calls it, each interleaved with a bare Camunda model of the same shape
 * ({@link BareCamundaModels}) in the same JVM; statements per case; the time from starting the application to its
 * first answer and the process's RSS after {@code bench.rss-cases} (1,000) cases. Prints one table and appends
 * it to BENCHMARKS.md, section "Steps, start-up and memory". Not part of the test suite:
 * {@code mvn -B -o -Pbenchmark test -Dtest=ParkApplicationBenchmark}. Settings (system properties):
 * bench.cycles (interleaved rounds per row, 4), bench.cases (cases per round and clerk count: 1 clerk ×2, 8 clerks ×8),
 * bench.rss-cases (1000), bench.databases (mariadb,h2), bench.tally (kinds of statement listed, 12).
 */
@Tag("benchmark")
class ParkApplicationBenchmark {

    private static final String SCHEMA = "ecopark_bench_steps";
    private static final int CYCLES = Integer.getInteger("bench.cycles", 4);
    private static final int RSS_CASES = Integer.getInteger("bench.rss-cases", 1000);
    /** How many kinds of statement the tallies of ours and bare list (bench.tally). */
    private static final int TALLY = Integer.getInteger("bench.tally", 12);

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void stepsStartUpAndMemory() throws Exception {
        String databases = System.getProperty("bench.databases", "mariadb,h2");
        try {
            if (databases.contains("mariadb")) {
                measure("MariaDB", mariaDbSettings(), "bench-only-password");
            }
            if (databases.contains("h2")) {
                measure("H2", new String[]{"spring.profiles.active=test", "ecopark.demo-users.password=demo"}, "demo");
            }
        } catch (Exception | Error e) {
            notes.add("The run stopped early: " + e); // what was measured until then is still reported
            throw e;
        } finally {
            report();
        }
    }

    private static String[] mariaDbSettings() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new String[]{"spring.profiles.active=mysql",
                "spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + SCHEMA + "?sendFractionalSeconds=false"
                        + "&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true&useUnicode=true&characterEncoding=utf8",
                "spring.datasource.username=root", "spring.datasource.password=",
                "camunda.bpm.job-execution.enabled=false",
                "ecopark.demo-users.enabled=true", "ecopark.demo-users.password=bench-only-password",
                "ecopark.admin.id=bench-admin", "ecopark.admin.password=bench-admin-password"};
    }

    private void measure(String database, String[] settings, String password) throws Exception {
        StatementCounter counter = new StatementCounter();
        if (database.equals("MariaDB")) {
            // The first start creates the schema; a node restarts against an existing one, which is what counts.
            long begin = System.nanoTime();
            try (ConfigurableApplicationContext first = start(settings, new StatementCounter())) {
                notes.add("%s: first start on an empty database (creates every table) to the first answer %.1f s"
                        .formatted(database, (System.nanoTime() - begin) / 1e9));
            }
        }
        long begin = System.nanoTime();
        try (ConfigurableApplicationContext context = start(settings, counter)) {
            double startUp = (System.nanoTime() - begin) / 1e9;
            notes.add("%s: %s to the first answer (GET /actuator/health/liveness) %.1f s".formatted(database,
                    database.equals("MariaDB") ? "restart against the existing database" : "start (in-memory database)", startUp));
            BareCamundaModels.deploy(context.getBean(RepositoryService.class), context.getBean(AuthorizationService.class));
            ParkApplicationBenchmarkRun run = new ParkApplicationBenchmarkRun(context, password);
            int done = 0;
            for (Shape[] pair : List.of(new Shape[]{ParkApplicationBenchmarkRun.PARK, ParkApplicationBenchmarkRun.BARE_PARK},
                    new Shape[]{ParkApplicationBenchmarkRun.GREEN, ParkApplicationBenchmarkRun.BARE_GREEN})) {
                for (boolean rest : new boolean[]{false, true}) {
                    for (int clerks : new int[]{1, 8}) {
                        done += row(database, run, counter, pair[0], pair[1], rest, clerks);
                    }
                }
            }
            if (database.equals("MariaDB")) {
                long started = System.nanoTime();
                int more = Math.max(0, RSS_CASES - done);
                run.run(ParkApplicationBenchmarkRun.PARK, false, 8, more);
                notes.add("%s: RSS %d MB, heap used %d MB (committed %d MB, max %d MB) after %d park-application cases (%d more to reach it took %.0f s)"
                        .formatted(database, rssMb(), heapMb(false), heapMb(true), Runtime.getRuntime().maxMemory() >> 20,
                                done + more, more, (System.nanoTime() - started) / 1e9));
            }
        }
    }

    /** Starts the application (as command-line arguments: they outrank the profile's files) and waits for its first answer. */
    private static ConfigurableApplicationContext start(String[] settings, StatementCounter counter) throws Exception {
        List<String> args = new ArrayList<>();
        for (String setting : settings) {
            args.add("--" + setting);
        }
        args.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EcoparkFlowApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
                .run(args.toArray(String[]::new));
        Http http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        while (http.get("/actuator/health/liveness", null).status() != 200) {
            Thread.sleep(50);
        }
        return context;
    }

    /** Ours and bare interleaved over the cycles; returns the number of our cases run. */
    private int row(String database, ParkApplicationBenchmarkRun run, StatementCounter counter, Shape ours, Shape bare,
                    boolean rest, int clerks) throws Exception {
        int cases = Integer.getInteger("bench.cases", 1) * (clerks == 1 ? 2 : 8);
        run.run(ours, rest, clerks, clerks); // warm-up
        run.run(bare, rest, clerks, clerks);
        long oursNanos = 0;
        long bareNanos = 0;
        long oursStatements = 0;
        long bareStatements = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            long before = counter.count();
            counter.takeTally(0);
            oursNanos += run.run(ours, rest, clerks, cases);
            long middle = counter.count();
            boolean tally = cycle == 0 && clerks == 1 && !rest;
            if (tally) {
                notes.add("%s, %s, Java API: statements of %d cases by kind (most first): %s".formatted(database, ours.name(),
                        cases, String.join(", ", counter.takeTally(TALLY))));
            }
            bareNanos += run.run(bare, rest, clerks, cases);
            if (tally) {
                notes.add("%s, %s (bare), Java API: statements of %d cases by kind (most first): %s".formatted(database, bare.name(),
                        cases, String.join(", ", counter.takeTally(TALLY))));
            }
            oursStatements += middle - before;
            bareStatements += counter.count() - middle;
        }
        int total = cases * CYCLES;
        double oursRate = total * ours.stepsPerCase() / (oursNanos / 1e9);
        double bareRate = total * bare.stepsPerCase() / (bareNanos / 1e9);
        String line = "| %s | %s | %s | %d | %d×%d | %.1f | %.1f | **%.2f** | %.0f | %.0f | %.0f |".formatted(database, ours.name(),
                rest ? "REST" : "Java", clerks, CYCLES, cases, oursRate, bareRate, oursRate / bareRate,
                oursNanos / 1e6 / (total * ours.stepsPerCase()) * clerks, (double) oursStatements / total, (double) bareStatements / total);
        System.out.println("BENCHMARK " + line);
        rows.add(line);
        return total + clerks;
    }

    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static long heapMb(boolean committed) {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return (committed ? heap.getCommitted() : heap.getUsed()) >> 20;
    }

    private void report() throws Exception {
        String machine = "%d cores, %d MB RAM, %s %s, MariaDB on the same machine, load average at the end %s (shared with other work)"
                .formatted(Runtime.getRuntime().availableProcessors(), totalRamMb(), System.getProperty("java.vm.name"),
                        System.getProperty("java.version"), Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        StringBuilder table = new StringBuilder();
        table.append("\n### Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n")
                .append("Machine: ").append(machine).append(". Command: `mvn -B -o -Pbenchmark test -Dtest=ParkApplicationBenchmark")
                .append(System.getProperty("bench.note", "")).append("`; JVM options ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
                        .toList()).append(".\n\n")
                .append("| database | process | API | clerks | rounds×cases | ours steps/s | bare steps/s | ours/bare | ms per step (ours) | statements/case ours | statements/case bare |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append(r).append('\n'));
        table.append('\n');
        notes.forEach(n -> table.append("- ").append(n).append('\n'));
        System.out.println(table);
        Path file = Path.of("BENCHMARKS.md");
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String heading = "## Steps, start-up and memory";
        if (!existing.contains(heading)) {
            existing = existing.stripTrailing() + "\n\n" + heading + "\n\nRuns appended by `ParkApplicationBenchmark` (newest last).\n";
        }
        // Appended at the end of this section, before any later section of another benchmark.
        int at = existing.indexOf(heading);
        int next = existing.indexOf("\n## ", at + heading.length());
        String updated = next < 0 ? existing.stripTrailing() + "\n" + table
                : existing.substring(0, next).stripTrailing() + "\n" + table + existing.substring(next);
        Files.writeString(file, updated);
    }

    private static long totalRamMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

}
