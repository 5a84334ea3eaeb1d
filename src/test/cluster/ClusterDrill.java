import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster drill (issue 13): two nodes of the built jar on one MariaDB/MySQL schema, started at the same
 * moment, park applications driven through both (timers fire on either node), SIGKILLs of a node under load,
 * the database cut for a while through a loopback proxy this drill owns (only the nodes' own connections go
 * through it; the server itself is never touched), then checks on the database that nothing was lost, done
 * twice or left stuck. Run by drill.sh; the mysql-connector-j jar must be on the class path.
 *
 * <p>Arguments: {@code short|full}. Exit code 0 only when every check holds.
 */
public class ClusterDrill {

    static final String PASSWORD = "Drill#2026-eco";
    static final int PROXY_PORT = Integer.parseInt(env("DRILL_PROXY_PORT", "13307"));
    static final String DB_HOST = env("DRILL_DB_HOST", "127.0.0.1");
    static final int DB_PORT = Integer.parseInt(env("DRILL_DB_PORT", "3306"));
    static final String DB = env("DRILL_DB_NAME", "ecopark_drill");
    static final String DB_USER = env("DRILL_DB_USER", "root");
    static final String DB_PASSWORD = env("DRILL_DB_PASSWORD", "");
    static final Path OUT = Path.of(env("DRILL_OUT", "target/drill"));

    // figures
    static final AtomicInteger requests = new AtomicInteger();
    static final AtomicInteger server5xx = new AtomicInteger();
    static final AtomicInteger unavailable503 = new AtomicInteger();
    static final AtomicInteger transportErrors = new AtomicInteger();
    static final AtomicInteger failedButCommitted = new AtomicInteger();
    static final AtomicInteger unexpected4xx = new AtomicInteger();
    static final AtomicInteger supervisorRestarts = new AtomicInteger();
    static final List<String> problems = new CopyOnWriteArrayList<>();
    static final Map<String, String> parkToCase = new ConcurrentHashMap<>();
    static final AtomicInteger casesDone = new AtomicInteger();
    static volatile boolean outage;
    static final AtomicInteger lost = new AtomicInteger();
    static final AtomicInteger duplicated = new AtomicInteger();
    static final AtomicInteger stuck = new AtomicInteger();

    public static void main(String[] args) {
        // Whatever goes wrong, the drill ends: a thrown error must not leave case threads or nodes running and
        // CI waiting on them (the shutdown hook kills the nodes).
        try {
            System.exit(drill(args));
        } catch (Throwable e) {
            e.printStackTrace();
            System.out.println("RESULT: FAILED\n  the drill itself broke off: " + e);
            System.exit(2);
        }
    }

    static int drill(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        int cases = Integer.parseInt(env("DRILL_CASES", full ? "60" : "8"));
        int workers = full ? 6 : 4;
        int outageSeconds = Integer.parseInt(env("DRILL_OUTAGE_SECONDS", full ? "30" : "10"));
        String jar = env("DRILL_JAR", null);
        Files.createDirectories(OUT);
        Instant begin = Instant.now();

        recreateSchema();
        Proxy proxy = new Proxy(PROXY_PORT, DB_HOST, DB_PORT);
        proxy.start();
        Node a = new Node("node-a", 18081, jar);
        Node b = new Node("node-b", 18082, jar);
        Node[] nodes = {a, b};
        // Whatever happens to the drill, it leaves no node behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Node node : nodes) {
                if (node.alive()) {
                    node.process.destroyForcibly();
                }
            }
        }));
        // Both at the same moment on an empty database.
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(15));
        b.awaitReady(Duration.ofMinutes(15));
        log("both nodes ready after %d s", Duration.between(begin, Instant.now()).toSeconds());
        
        // A webapp login on one node is valid on the other (sessions in the database).
        checkSharedSession(a, b);

        ExecutorService pool = Executors.newFixedThreadPool(workers, work -> {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int n = i;
            running.add(pool.submit(() -> {
                try {
                    new Case(n, nodes).run();
                } catch (Exception e) {
                    problems.add("case " + n + " gave up: " + e);
                }
                casesDone.incrementAndGet();
            }));
        }

        // Faults while the load runs, by the clock (the load lasts a few minutes).
        Instant loadStart = Instant.now();
        int kills = 0;
        int outages = 0;
        sleepUntil(loadStart, full ? 60 : 15);
        a.kill();
        kills++;
        sleep(2000);
        a.start();
        if (full) {
            sleepUntil(loadStart, 150);
            a.awaitReady(Duration.ofMinutes(10));
            b.kill();
            kills++;
            sleep(2000);
            b.start();
            b.awaitReady(Duration.ofMinutes(10));
        }
        // The cut comes while cases are still being worked (a node may still be restarting: all the better).
        sleepUntil(loadStart, full ? 240 : 40);
        log("cutting the database for %d s", outageSeconds);
        outage = true;
        proxy.cut();
        outages++;
        sleep(outageSeconds * 1000L);
        proxy.restore();
        outage = false;
        log("database back");
        a.awaitReady(Duration.ofMinutes(10));
        b.awaitReady(Duration.ofMinutes(10));

        Instant casesDeadline = Instant.now().plus(Duration.ofMinutes(full ? 30 : 10));
        for (Future<?> f : running) {
            try {
                f.get(Math.max(1, Duration.between(Instant.now(), casesDeadline).toSeconds()), java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                problems.add("cases still running when the drill's time was up");
                break;
            }
        }
        pool.shutdown();
        // The nodes settle (jobs that were due fire).
        sleep(5000);

        List<String> checks = check(cases);
        Duration took = Duration.between(begin, Instant.now());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mode", full ? "full" : "short");
        figures.put("cases", cases);
        figures.put("kills", kills);
        figures.put("outages", outages + " x " + outageSeconds + " s");
        figures.put("requests", requests.get());
        figures.put("client 5xx (other than 503)", server5xx.get());
        figures.put("503 (database cut)", unavailable503.get());
        figures.put("transport errors (node killed, timeouts)", transportErrors.get());
        figures.put("failed but committed (answered by the retry)", failedButCommitted.get());
        figures.put("unexpected 4xx", unexpected4xx.get());
        figures.put("restarts by the supervisor (start-up hit by the cut)", supervisorRestarts.get());
        figures.putAll(counts());
        figures.put("minutes", String.format("%.1f", took.toSeconds() / 60.0));
        StringBuilder report = new StringBuilder();
        figures.forEach((k, v) -> report.append(String.format("%-48s %s%n", k, v)));
        problems.addAll(checks);
        if (server5xx.get() > 0) {
            problems.add(server5xx.get() + " answers 5xx other than 503");
        }
        report.append(problems.isEmpty() ? "RESULT: all checks hold\n" : "RESULT: FAILED\n  " + String.join("\n  ", problems) + "\n");
        System.out.print(report);
        Files.writeString(OUT.resolve("figures.txt"), report.toString());

        a.stop();
        b.stop();
        proxy.close();
        return problems.isEmpty() ? 0 : 1;
    }

    // ------------------------------------------------------------------ one case, as its people work it

    static final class Case {
        final int n;
        final Node[] nodes;
        final String park;
        final String creditCode;
        String caseNo;

        Case(int n, Node[] nodes) {
            this.n = n;
            this.nodes = nodes;
            this.park = "演练园区" + n + "-" + UUID.randomUUID().toString().substring(0, 4);
            this.creditCode = creditCode();
        }

        void run() throws Exception {
            // Acceptance is for a park approved to build: ecology registers it first (as for a park approved before go-live).
            register();
            submit();
            complete("weihai-clerk", "cityPreReview", "{\"decision\":{\"value\":\"PASS\"},\"comment\":{\"value\":\"材料齐全\"}}");
            // The three agencies of the joint review at the same moment, each on another node.
            ExecutorService three = Executors.newFixedThreadPool(3);
            try {
                List<Future<Object>> joint = new ArrayList<>();
                for (String[] agency : new String[][] {{"ecology-clerk", "ecologyJointReview"}, {"science-clerk", "scienceJointReview"},
                        {"commerce-clerk", "commerceJointReview"}}) {
                    joint.add(three.submit(() -> {
                        complete(agency[0], agency[1], "{\"decision\":{\"value\":\"AGREE\"},\"basis\":{\"value\":\"符合创建条件\"}}");
                        return null;
                    }));
                }
                for (Future<Object> f : joint) {
                    f.get();
                }
            } finally {
                three.shutdown();
            }
            complete("ecology-clerk", "confirmNaming", "{\"decision\":{\"value\":\"APPROVE\"},\"comment\":{\"value\":\"同意命名并公示\"}}");
            // The 公示 timer (20 s in the drill) fires on whichever node's job executor takes it; then ecology's
            // concurrence with the subsidy (measure 10) comes before finance decides.
            complete("ecology-clerk", "ecologySubsidyOpinion", "{\"decision\":{\"value\":\"AGREE\"},\"basis\":{\"value\":\"同意按第十条给予奖补\"}}");
            complete("finance-clerk", "decideSubsidy", "{\"decision\":{\"value\":\"AWARD\"},\"subsidyAmount\":{\"value\":3000000}}");
        }

        /** A valid 统一社会信用代码 (GB 32100-2015 check character) for this drill park. */
        static String creditCode() {
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            String first17 = "11371000" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
            }
            int check = 31 - sum % 31;
            return first17 + alphabet.charAt(check == 31 ? 0 : check);
        }

        /** Ecology registers the park as approved to build; after a lost answer, a 409 "已登记" means the first one committed. */
        void register() throws Exception {
            String body = """
                    {"creditCode":"%s","parkName":"%s","city":"weihai","parkType":"COMPREHENSIVE","areaKm2":38.5,
                     "approvedOn":"2025-01-15","approvalDocumentNo":"鲁环函〔2025〕%d号"}""".formatted(creditCode, park, n + 1);
            boolean uncertain = false;
            for (int attempt = 0; attempt < 200; attempt++) {
                Answer answer = nodes[(n + attempt) % 2].send("POST", "/api/parks", "ecology-clerk", body);
                if (answer.status == 201 || uncertain && answer.status == 409 && answer.body.contains("已登记")) {
                    return;
                }
                if (answer.status >= 500 || answer.status < 0 || answer.status == 409 && answer.body.contains("刚被另一请求登记")) {
                    uncertain = uncertain || answer.status != 409;
                    sleep(1000);
                    continue;
                }
                unexpected4xx.incrementAndGet();
                throw new IllegalStateException("registration of " + park + " answered " + answer.status + " " + answer.body);
            }
            throw new IllegalStateException("registration of " + park + " never succeeded");
        }

        void submit() throws Exception {
            String key = UUID.randomUUID().toString();
            String body = """
                    {"creditCode":"%s","parkName":"%s","city":"weihai","parkType":"COMPREHENSIVE","areaKm2":38.5,"carbonIntensityReductionPct":21.0,
                     "threeLinesCompliant":true,"greenIslandFacilities":3,"planningEiaStatus":"DONE_APPROVED",
                     "planningEiaConclusion":"规划环评结论：园区布局与“三线一单”管控要求相符。","attachmentNames":"创建申请书.pdf",
                     "contactName":"张明","contactPhone":"13806310000",
                     "lawCompliance":true,"environmentOffice":true,"industryChain":true,"sustainedGrowth":true,
                     "protectionTargets":true,"chemicalParkStandard":true,"monitoredWastewaterPlant":true,
                     "highTechShare":52.0,"cleanerProductionAudit":100,"ecoChainProjects":8,
                     "solidWasteUtilisation":85.0,"renewableResourceRecycling":82.0}""".formatted(creditCode, park);
            boolean uncertain = false;
            for (int attempt = 0; attempt < 200; attempt++) {
                Node node = nodes[(n + attempt) % 2];
                Answer answer = node.send("POST", "/api/park-applications", "park-applicant", body, "Idempotency-Key", key);
                if (answer.status == 201) {
                    caseNo = field(answer.body, "applicationNo");
                    parkToCase.put(park, caseNo);
                    if (uncertain && answer.replayed) {
                        failedButCommitted.incrementAndGet();
                    }
                    return;
                }
                if (answer.status == 409 && (answer.body.contains("正在处理中") || answer.body.contains("稍后重试"))) {
                    sleep(1000);
                    continue;
                }
                if (answer.status >= 500 || answer.status < 0) {
                    uncertain = true;
                    sleep(1000);
                    continue;
                }
                unexpected4xx.incrementAndGet();
                throw new IllegalStateException("submission of " + park + " answered " + answer.status + " " + answer.body);
            }
            throw new IllegalStateException("submission of " + park + " never succeeded");
        }

        void complete(String user, String taskKey, String variables) throws Exception {
            String taskId = awaitTask(user, taskKey);
            boolean uncertain = false;
            for (int attempt = 0; attempt < 200; attempt++) {
                Node node = nodes[ThreadLocalRandom.current().nextInt(2)];
                Answer claim = node.send("POST", "/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + user + "\"}");
                Answer done = claim.status == 204 ? node.send("POST", "/engine-rest/task/" + taskId + "/submit-form", user,
                        "{\"variables\":" + variables + "}") : claim;
                if (done.status == 204) {
                    return;
                }
                if (done.status == 409 || done.status == 404) {
                    if (uncertain && done.body.contains("办理完毕")) {
                        failedButCommitted.incrementAndGet();
                        return;
                    }
                    unexpected4xx.incrementAndGet();
                    throw new IllegalStateException(caseNo + " " + taskKey + " answered " + done.status + " " + done.body);
                }
                if (done.status >= 500 || done.status < 0) {
                    // A completion that failed on the way may still have committed: the retry will tell.
                    uncertain |= done != claim;
                    sleep(1000);
                    continue;
                }
                unexpected4xx.incrementAndGet();
                throw new IllegalStateException(caseNo + " " + taskKey + " answered " + done.status + " " + done.body);
            }
            throw new IllegalStateException(caseNo + " " + taskKey + " never completed");
        }

        String awaitTask(String user, String taskKey) throws Exception {
            Instant until = Instant.now().plus(Duration.ofMinutes(15));
            while (Instant.now().isBefore(until)) {
                Node node = nodes[ThreadLocalRandom.current().nextInt(2)];
                Answer list = node.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNo + "&taskDefinitionKey=" + taskKey,
                        user, null);
                if (list.status == 200) {
                    String id = field(list.body, "id");
                    if (id != null) {
                        return id;
                    }
                }
                sleep(1000);
            }
            throw new IllegalStateException(caseNo + ": task " + taskKey + " never appeared");
        }
    }

    // ------------------------------------------------------------------ the checks

    static List<String> check(int cases) throws SQLException {
        List<String> failed = new ArrayList<>();
        try (Connection db = database()) {
            if (parkToCase.size() != cases) {
                failed.add("cases started " + parkToCase.size() + " of " + cases);
                lost.addAndGet(cases - parkToCase.size());
            }
            for (Map.Entry<String, String> started : parkToCase.entrySet()) {
                long rows = count(db, "SELECT COUNT(*) FROM park_application a JOIN park p ON p.id = a.park_id WHERE p.name = '"
                        + started.getKey() + "'");
                if (rows != 1) {
                    failed.add(started.getKey() + ": " + rows + " applications (expected exactly 1)");
                }
                if (rows == 0) {
                    lost.incrementAndGet();
                } else if (rows > 1) {
                    duplicated.incrementAndGet();
                }
            }
            duplicated.addAndGet((int) count(db, "SELECT COUNT(*) FROM (SELECT task_id FROM approval_record WHERE task_id IS NOT NULL "
                    + "GROUP BY task_id HAVING COUNT(*) > 1) x"));
            stuck.addAndGet((int) (count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0 OR ((DUEDATE_ IS NULL OR DUEDATE_ < NOW() - INTERVAL 2 MINUTE) "
                    + "AND SUSPENSION_STATE_ = 1 AND HANDLER_TYPE_ <> 'timer-start-event')") + count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")));
            expectZero(db, failed, "parks with more than one application",
                    "SELECT COUNT(*) FROM (SELECT park_id FROM park_application GROUP BY park_id HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "tasks decided twice",
                    "SELECT COUNT(*) FROM (SELECT task_id FROM approval_record WHERE task_id IS NOT NULL GROUP BY task_id HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "steps completed twice in one case",
                    "SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_HI_TASKINST WHERE DELETE_REASON_ = 'completed' "
                            + "GROUP BY PROC_INST_ID_, TASK_DEF_KEY_ HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "cases not at the state their steps imply (named, subsidy decided, disbursement open)",
                    "SELECT COUNT(*) FROM park_application a WHERE a.status <> 'NAMED' OR NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t "
                            + "WHERE t.PROC_INST_ID_ = a.process_instance_id AND t.TASK_DEF_KEY_ = 'recordDisbursement')");
            expectZero(db, failed, "open tasks other than the disbursement",
                    "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN park_application a ON a.process_instance_id = t.PROC_INST_ID_ "
                            + "WHERE t.TASK_DEF_KEY_ <> 'recordDisbursement'");
            expectZero(db, failed, "parks named twice",
                    "SELECT COUNT(*) FROM (SELECT park FROM park_status_change WHERE to_status = 'NAMED' GROUP BY park HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "subsidies twice for one application",
                    "SELECT COUNT(*) FROM (SELECT application_no FROM subsidy GROUP BY application_no HAVING COUNT(*) > 1) x");
            long subsidies = count(db, "SELECT COUNT(*) FROM subsidy");
            if (subsidies != parkToCase.size()) {
                failed.add(subsidies + " subsidy rows for " + parkToCase.size() + " cases");
            }
            expectZero(db, failed, "duplicate case numbers",
                    "SELECT COUNT(*) FROM (SELECT application_no FROM park_application GROUP BY application_no HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "duplicate business keys",
                    "SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IS NOT NULL "
                            + "GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) x");
            expectZero(db, failed, "stuck jobs (due over 2 minutes ago, or locked by a dead node past the lock time)",
                    "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ < NOW() - INTERVAL 2 MINUTE) "
                            + "AND SUSPENSION_STATE_ = 1 AND HANDLER_TYPE_ <> 'timer-start-event'");
            expectZero(db, failed, "jobs out of retries", "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0");
            expectZero(db, failed, "open incidents", "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        }
        return failed;
    }

    static Map<String, Object> counts() throws SQLException {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (Connection db = database()) {
            figures.put("cases stored", count(db, "SELECT COUNT(*) FROM park_application"));
            figures.put("task completions", count(db, "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE DELETE_REASON_ = 'completed'"));
            figures.put("approval records", count(db, "SELECT COUNT(*) FROM approval_record"));
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ = 'timer-intermediate-transition' "
                            + "AND JOB_STATE_ = 2 GROUP BY HOSTNAME_")) {
                StringBuilder byNode = new StringBuilder();
                while (rs.next()) {
                    byNode.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
                }
                figures.put("公示 timers fired, by node", byNode.toString().trim());
            }
            figures.put("lost", lost.get());
            figures.put("duplicated", duplicated.get());
            figures.put("stuck", stuck.get());
        }
        return figures;
    }

    static void expectZero(Connection db, List<String> failed, String what, String sql) throws SQLException {
        long n = count(db, sql);
        if (n != 0) {
            failed.add(what + ": " + n);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/" + DB + "?sendFractionalSeconds=false",
                DB_USER, DB_PASSWORD);
    }

    static void recreateSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/", DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    static void checkSharedSession(Node a, Node b) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        browser.send(HttpRequest.newBuilder(a.uri("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(a.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=weihai-clerk&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(b.uri("/camunda/api/admin/auth/user/default"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        boolean shared = login.statusCode() == 200 && onB.statusCode() == 200 && onB.body().contains("weihai-clerk");
        log("webapp login on %s used on %s: %s (login %d, other node %d)", a.name, b.name, shared ? "shared" : "NOT shared",
                login.statusCode(), onB.statusCode());
        if (!shared) {
            problems.add("a webapp login on one node is not valid on the other: " + onB.statusCode() + " " + onB.body());
        }
    }

    // ------------------------------------------------------------------ nodes

    record Answer(int status, String body, boolean replayed) {
    }

    static final class Node {
        final String name;
        final int port;
        final String jar;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        volatile Process process;

        Node(String name, int port, String jar) {
            this.name = name;
            this.port = port;
            this.jar = jar;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void start() throws IOException {
            List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar,
                    "--spring.profiles.active=mysql", "--server.port=" + port,
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    "--ecopark.demo-users.enabled=true", "--ecopark.demo-users.password=" + PASSWORD,
                    "--ecopark.park-application.public-notice-period=PT20S"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(OUT.resolve(name + ".out").toFile()));
            builder.environment().put("ECOPARK_DB_URL", "jdbc:mysql://127.0.0.1:" + PROXY_PORT + "/" + DB
                    + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true"
                    + "&useUnicode=true&characterEncoding=utf8&connectTimeout=5000&socketTimeout=30000");
            builder.environment().put("ECOPARK_DB_USER", DB_USER);
            builder.environment().put("ECOPARK_DB_PASSWORD", DB_PASSWORD);
            builder.environment().put("ECOPARK_ADMIN_USER", "drill-admin");
            builder.environment().put("ECOPARK_ADMIN_PASSWORD", PASSWORD);
            process = builder.start();
            log("%s started (pid %d)", name, process.pid());
        }

        void kill() {
            log("%s: SIGKILL (pid %d)", name, process.pid());
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            process.destroy();
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        void awaitReady(Duration within) throws IOException {
            Instant until = Instant.now().plus(within);
            int restarts = 0;
            while (Instant.now().isBefore(until)) {
                if (!alive()) {
                    // A node that loses its database while starting gives up (fail fast); in production its
                    // supervisor (systemd Restart=on-failure, Kubernetes) starts it again, and so does the drill.
                    if (++restarts > 3) {
                        throw new IllegalStateException(name + " died " + restarts + " times; see " + OUT.resolve(name + ".out"));
                    }
                    log("%s exited (code %d) while starting; restarting it as a supervisor would", name, process.exitValue());
                    supervisorRestarts.incrementAndGet();
                    start();
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sleep(1000);
            }
            throw new IllegalStateException(name + " not ready within " + within);
        }

        Answer send(String method, String path, String user, String json, String... headers) {
            requests.incrementAndGet();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(45))
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 503) {
                    unavailable503.incrementAndGet();
                } else if (r.statusCode() >= 500) {
                    server5xx.incrementAndGet();
                    log("%s %s %s on %s answered %d: %s", user, method, path, name, r.statusCode(), r.body());
                }
                if (r.statusCode() == 200 && r.body().isEmpty() && json != null) {
                    problems.add("empty 200 for " + method + " " + path);
                }
                return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Idempotent-Replayed").isPresent());
            } catch (IOException e) {
                transportErrors.incrementAndGet();
                return new Answer(-1, String.valueOf(e), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, "interrupted", false);
            }
        }
    }

    // ------------------------------------------------------------------ the database cut: a loopback proxy we own

    static final class Proxy implements AutoCloseable {
        final int port;
        final String host;
        final int target;
        final Set<Socket> open = Collections.newSetFromMap(new ConcurrentHashMap<>());
        volatile ServerSocket server;
        volatile boolean closed;

        Proxy(int port, String host, int target) {
            this.port = port;
            this.host = host;
            this.target = target;
        }

        void start() throws IOException {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            Thread accept = new Thread(() -> {
                ServerSocket mine = server;
                while (!mine.isClosed()) {
                    try {
                        Socket client = mine.accept();
                        Socket upstream = new Socket(host, target);
                        open.add(client);
                        open.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException e) {
                        // closed by cut() or close()
                    }
                }
            }, "drill-proxy-accept");
            accept.setDaemon(true);
            accept.start();
        }

        void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16384];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                } catch (IOException e) {
                    // connection ended
                } finally {
                    quietly(from);
                    quietly(to);
                }
            }, "drill-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        /** The database disappears: every open connection is cut and new ones are refused. */
        void cut() throws IOException {
            server.close();
            for (Socket s : open) {
                quietly(s);
            }
            open.clear();
        }

        void restore() throws IOException {
            start();
        }

        @Override
        public void close() throws IOException {
            cut();
        }

        static void quietly(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    // ------------------------------------------------------------------ small things

    static void sleepUntil(Instant start, int seconds) {
        long left = Duration.between(Instant.now(), start.plusSeconds(seconds)).toMillis();
        if (left > 0) {
            sleep(left);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[drill %s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
