package cn.ecopark.flow.benchmark;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Queue latency at 10k and 100k open tasks (see {@link QueueLoad}): for ecology (the lead agency, most tasks),
 * science (a joint reviewer), finance (no open work: every walk falls back to Camunda's query) and a city (weihai),
 * over HTTP with authorization on, as the clerk: a page of 15 of the agency's 待办任务 filter, its
 * count, the HAL request Tasklist sends for that page (with the list's variables embedded), the ad-hoc
 * {@code GET /task?candidateGroup=…&maxResults=15}, and the dashboard (ecology only: cities do not see it).
 * p50/p95/p99 over up to {@value #SAMPLES} requests after {@value #WARM_UP} warm-up requests, each series cut off after
 * {@value #BUDGET_SECONDS} s. Prints one table and appends it to BENCHMARKS.md under "## Queues".
 */
class QueueBenchmarkRun {

    static final int SAMPLES = 200;
    /** A server answers clerks for days: the first answers after start-up, which compile the path, are not what they meet. */
    static final int WARM_UP = 20;
    static final int BUDGET_SECONDS = 20;
    /** An answer slower than this is reported once, not sampled. */
    static final long SLOW_MICROS = 10_000_000;
    static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final String database;
    private final QueueLoad load;
    private final Http http;
    private final FilterService filters;
    private final String password;
    private final StringBuilder table = new StringBuilder();

    /**
     * How a clerk's task query is authorized: ours ({@code security.OwnWorkTaskQueries}: the caller's own work from
     * the identity links) or Camunda's own join on the authorization rows, swapped in for the same data.
     */
    enum Design {
        OURS("own work (identity links)"), CAMUNDA("Camunda's authorization join");

        private final String label;

        Design(String label) {
            this.label = label;
        }

        void install(ProcessEngineConfigurationImpl configuration) {
            SessionFactory factory = this == CAMUNDA ? new GenericManagerFactory(AuthorizationManager.class) : ours;
            configuration.getSessionFactories().put(AuthorizationManager.class, factory);
        }

        private static SessionFactory ours;

        @Override
        public String toString() {
            return label;
        }
    }

    private final ProcessEngineConfigurationImpl configuration;

    QueueBenchmarkRun(String database, DataSource dataSource, boolean mysql, int port, FilterService filters, String password,
                      ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        Design.ours = configuration.getSessionFactories().get(AuthorizationManager.class);
        this.database = database;
        this.load = new QueueLoad(dataSource, mysql);
        this.http = new Http(port);
        this.filters = filters;
        this.password = password;
    }

    void run(ParkApplicationDriver driver, ManagementService managementService, int... sizes) throws Exception {
        boolean reuse = Boolean.getBoolean("queue.reuse");
        if (!reuse) {
            load.seed(driver, managementService);
        }
        for (int size : reuse ? new int[] {0} : sizes) {
            long start = System.nanoTime();
            if (!reuse) {
                load.growTo(size);
            }
            long loadSeconds = (System.nanoTime() - start) / 1_000_000_000;
            int open = load.count("SELECT COUNT(*) FROM ACT_RU_TASK");
            int auths = load.count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION");
            int variables = load.count("SELECT COUNT(*) FROM ACT_RU_VARIABLE");
            Map<String, Integer> byGroup = load.openTasksByGroup();
            line("");
            line("%s, %,d open tasks (ecology %,d, science %,d, weihai %,d; %,d authorization rows, %,d runtime variables; %s)"
                    .formatted(database, open, byGroup.getOrDefault("ecology", 0), byGroup.getOrDefault("science", 0),
                            byGroup.getOrDefault("city-weihai", 0), auths, variables,
                            reuse ? "the previous run's data, not loaded again" : "loaded in " + loadSeconds + " s"));
            for (Design design : designs()) {
                design.install(configuration);
                try {
                    measureQueues(design);
                } finally {
                    Design.OURS.install(configuration);
                }
            }
            report(); // after each size: a later one may take long or fail
            table.setLength(0);
        }
    }

    /** Both by default; {@code -Dqueue.designs=OURS} skips the minutes Camunda's join takes at 100k. */
    private static List<Design> designs() {
        return Arrays.stream(System.getProperty("queue.designs", "OURS,CAMUNDA").split(","))
                .map(name -> Design.valueOf(name.trim())).toList();
    }

    private void measureQueues(Design design) {
        {
            line("");
            line("%s — load average before: %s".formatted(design, loadAverage()));
            line("");
            line("| task read check | agency | request | answer | p50 ms | p95 ms | p99 ms | n |");
            line("|---|---|---|---|---|---|---|---|");
            // the lead agency (the most tasks), a second agency, one with no open work, and a city
            for (String agency : List.of("ecology", "science", "finance", "weihai")) {
                String group = agency.equals("weihai") ? "city-" + agency : agency;
                String user = agency + "-clerk:" + password;
                String filter = "/engine-rest/filter/" + queueFilter(group);
                measure(design, agency, "filter 待办任务 list (15)", () -> http.post(filter + "/list?firstResult=0&maxResults=15", user, "{}"));
                measure(design, agency, "filter 待办任务 count", () -> http.post(filter + "/count", user, "{}"));
                measure(design, agency, "Tasklist HAL list (15)", () -> http.postHal(filter + "/list?firstResult=0&maxResults=15", user, TASKLIST_BODY));
                measure(design, agency, "GET /task?candidateGroup (15)", () -> http.get("/engine-rest/task?candidateGroup=" + group
                        + "&firstResult=0&maxResults=15", user));
                if (agency.equals("ecology")) {
                    measure(design, agency, "GET /api/dashboard", () -> http.get("/api/dashboard", user));
                }
            }
        }
    }

    private String queueFilter(String group) {
        for (Filter filter : filters.createTaskFilterQuery().list()) {
            if ((group + ".queue").equals(filter.getProperties().get("ecoparkKey"))) {
                return filter.getId();
            }
        }
        throw new IllegalStateException("No 待办任务 filter for " + group);
    }

    private void measure(Design design, String agency, String request, Supplier<Http.Response> call) {
        String answer = "";
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            long start = System.nanoTime();
            answer = summary(call.get());
            long took = (System.nanoTime() - start) / 1000;
            if (took > SLOW_MICROS) {
                micros.add(took); // minutes per series otherwise: one answer says enough
                line("| %s | %s | %s | %s | %s | %s | %s | 1 |".formatted(design, agency, request, answer, ms(took), "–", "–"));
                return;
            }
        }
        long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        while (micros.size() < SAMPLES && (micros.size() < 3 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            Http.Response response = call.get();
            micros.add((System.nanoTime() - start) / 1000);
            answer = summary(response);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        line("| %s | %s | %s | %s | %s | %s | %s | %d |".formatted(design, agency, request, answer, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), sorted.length));
    }

    private static String summary(Http.Response response) {
        String body = response.body() == null ? "" : response.body();
        if (response.status() != 200) {
            return "HTTP " + response.status();
        }
        if (body.startsWith("[")) {
            return "200, " + response.json().size() + " tasks";
        }
        JsonNode json = body.startsWith("{") ? response.json() : null;
        if (json != null && json.size() == 1 && json.has("count")) {
            return "200, count " + json.get("count").asLong();
        }
        if (json != null && json.has("_embedded")) {
            return "200, " + json.path("_embedded").path("task").size() + " tasks, count " + json.path("count").asLong();
        }
        return "200, " + body.length() / 1024 + " KB";
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long micros) {
        return micros >= 100_000 ? String.valueOf(Math.round(micros / 1000.0)) : "%.1f".formatted(micros / 1000.0);
    }

    private void line(String text) {
        table.append(text).append('\n');
        System.out.println("QUEUE " + text);
    }

    private void report() throws Exception {
        String machine = "%d cores, %d GB RAM".formatted(Runtime.getRuntime().availableProcessors(), totalMemoryGb());
        String section = "\n### " + Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC, " + database
                + ", " + machine + ", `" + command() + "`\n" + table;
        Path file = Path.of("BENCHMARKS.md");
        String heading = "## Queues";
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        if (!existing.contains(heading)) {
            existing = existing.stripTrailing() + "\n\n" + heading + "\n\nRuns appended by the queue benchmark (newest last).\n";
        }
        // At the end of this section, before the next benchmark's section (the file holds several).
        int at = existing.indexOf(heading);
        int next = existing.indexOf("\n## ", at + heading.length());
        Files.writeString(file, next < 0 ? existing.stripTrailing() + "\n" + section
                : existing.substring(0, next).stripTrailing() + "\n" + section + "\n" + existing.substring(next));
        Path copy = Path.of("target", "benchmark", "queues.md");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The command as run, with the queue settings given on it. */
    private static String command() {
        StringBuilder command = new StringBuilder("mvn -B -o -Pbenchmark test -Dtest='" + System.getProperty("test", "Queue*Benchmark") + "'");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("queue.")).sorted()
                .forEach(name -> command.append(" -D").append(name).append('=').append(System.getProperty(name)));
        return command.toString();
    }

    /** Other work on the machine skews every figure: the table says how busy it was. */
    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static long totalMemoryGb() {
        try {
            String memInfo = Files.readString(Path.of("/proc/meminfo"));
            long kb = Long.parseLong(Arrays.stream(memInfo.split("\n")).filter(l -> l.startsWith("MemTotal"))
                    .findFirst().orElseThrow().replaceAll("\\D", ""));
            return Math.round(kb / 1024.0 / 1024.0);
        } catch (Exception e) {
            return -1;
        }
    }
}
