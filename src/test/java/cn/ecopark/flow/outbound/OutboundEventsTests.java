package cn.ecopark.flow.outbound;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbound events reach a neighbour's HTTP endpoint (a real server on 127.0.0.1): once per state change, signed,
 * again after a failure, never inside the request that made the change; the admin reads the delivery log.
 */
@EcoparkSpringTest
class OutboundEventsTests {

    private static final String SECRET = "测试共享密钥-s3cret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    OutboundProperties properties;
    @Autowired
    OutboundDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    Http http;
    HttpServer server;
    ExecutorService serverThreads;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** HTTP statuses the endpoint answers in turn; 200 once they are used up. */
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    final AtomicBoolean blocking = new AtomicBoolean();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    List<OutboundProperties.Endpoint> configured;
    Duration configuredFirstRetry;
    int configuredMaxAttempts;

    @BeforeEach
    void endpoint() throws IOException {
        http = new Http(port);
        serverThreads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst(OutboundSignature.EVENT_ID_HEADER),
                    exchange.getRequestHeaders().getFirst(OutboundSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(OutboundSignature.SIGNATURE_HEADER), body));
            if (blocking.get()) {
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = answers.isEmpty() ? 200 : answers.remove(0);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        // The suite shares one Spring context: point its endpoints at this server for this test only.
        configured = properties.getEndpoints();
        configuredFirstRetry = properties.getFirstRetry();
        configuredMaxAttempts = properties.getMaxAttempts();
        properties.setEndpoints(List.of(new OutboundProperties.Endpoint(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/events", SECRET, List.of())));
        properties.setFirstRetry(Duration.ofHours(1)); // the poller never retries during a test; the test does
    }

    @AfterEach
    void stop() {
        release.countDown();
        properties.setEndpoints(configured);
        properties.setFirstRetry(configuredFirstRetry);
        properties.setMaxAttempts(configuredMaxAttempts);
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void eachStateChangeArrivesOnceSignedWithThePlatformsId() throws Exception {
        Map<String, Object> form = ParkCases.application("weihai", "威海临港生态园区" + System.nanoTime());
        form.put("platformApplicationId", "YWTB-EVT-" + System.nanoTime());
        Http.Response submitted = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(submitted.status()).isEqualTo(201);
        String caseNo = submitted.json().get("applicationNo").asText();

        cases.cityReturns(caseNo, "缺少规划环评审查意见");
        awaitTrue(() -> eventsOf(caseNo).size() == 2);

        List<JsonNode> events = eventsOf(caseNo);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("case.accepted", "case.correction-requested");
        JsonNode correction = events.get(1);
        assertThat(correction.get("caseType").asText()).isEqualTo("park-application");
        assertThat(correction.get("platformApplicationId").asText()).isEqualTo(form.get("platformApplicationId"));
        assertThat(correction.get("outcome").asText()).isEqualTo("RETURN_FOR_CORRECTION");
        assertThat(correction.get("agency").asText()).isEqualTo("city-weihai");
        assertThat(correction.get("step").asText()).isEqualTo("cityPreReview");
        assertThat(correction.get("stepName").asText()).isEqualTo("市级初审");
        assertThat(correction.get("occurredAt").asText()).isNotBlank();
        for (Received request : receivedFor(caseNo)) {
            assertThat(request.signature()).isEqualTo(OutboundSignature.sign(SECRET, request.timestamp(), request.body()));
            assertThat(request.signature()).isNotEqualTo(OutboundSignature.sign("another secret", request.timestamp(), request.body()));
            assertThat(request.eventId()).isEqualTo(JSON.readTree(request.body()).get("eventId").asText());
        }

        // A month on, everything due is sent, other tests' pending deliveries too; this case's two were delivered and stay so.
        dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(30)));
        assertThat(receivedFor(caseNo)).as("a delivered event is never sent again").hasSize(2);
        assertThat(deliveries(caseNo)).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.get("status")).isEqualTo("DELIVERED");
            assertThat(((Number) delivery.get("attempts")).intValue()).isEqualTo(1);
        });
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameEventAndLogged() throws Exception {
        answers.add(500);
        ParkCases.Submitted submitted = cases.submit(http);
        awaitTrue(() -> deliveries(submitted.caseNo()).stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() == 1));
        assertThat(deliveries(submitted.caseNo())).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("PENDING"));

        assertThat(dispatcher.deliverDue(Instant.now().plus(Duration.ofHours(2)))).isEqualTo(1);

        List<Received> requests = receivedFor(submitted.caseNo());
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).eventId()).isEqualTo(requests.get(0).eventId());
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());

        Http.Response log = http.get("/api/admin/outbound-deliveries?size=100", "admin:admin");
        assertThat(log.status()).isEqualTo(200);
        JsonNode delivery = findDelivery(log.json(), submitted.caseNo());
        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.get("eventType").asText()).isEqualTo("case.accepted");
        assertThat(delivery.get("attemptLog")).hasSize(2);
        assertThat(delivery.get("attemptLog").get(0).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(delivery.get("attemptLog").get(1).get("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void twoNodesPollingAtOnceSendADueDeliveryOnce() throws Exception {
        answers.add(500);
        ParkCases.Submitted submitted = cases.submit(http);
        awaitTrue(() -> deliveries(submitted.caseNo()).stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() == 1));
        Instant later = Instant.now().plus(Duration.ofHours(2));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> rounds = List.of(
                    nodes.submit(() -> { start.await(); return dispatcher.deliverDue(later); }),
                    nodes.submit(() -> { start.await(); return dispatcher.deliverDue(later); }));
            start.countDown();
            assertThat(rounds.get(0).get(30, TimeUnit.SECONDS) + rounds.get(1).get(30, TimeUnit.SECONDS))
                    .as("the conditional UPDATE lets one round claim it").isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(receivedFor(submitted.caseNo())).hasSize(2);
        assertThat(deliveries(submitted.caseNo())).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("DELIVERED"));
    }

    @Test
    void aDeliveryThatKeepsFailingStopsAtTheLastAttempt() {
        properties.setMaxAttempts(2);
        answers.addAll(List.of(500, 503, 500));
        ParkCases.Submitted submitted = cases.submit(http);
        awaitTrue(() -> deliveries(submitted.caseNo()).stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() == 1));

        dispatcher.deliverDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(30)))).isZero();

        assertThat(receivedFor(submitted.caseNo())).hasSize(2);
        assertThat(deliveries(submitted.caseNo())).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("FAILED"));
    }

    @Test
    void aBlockedEndpointDoesNotHoldUpTheTaskCompletion() throws Exception {
        ParkCases.Submitted submitted = cases.submit(http);
        awaitTrue(() -> receivedFor(submitted.caseNo()).size() == 1);
        blocking.set(true);

        cases.cityPasses(submitted.caseNo());

        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the decision's event is being sent").isTrue();
        assertThat(release.getCount()).as("the completion returned while the endpoint still blocks").isEqualTo(1);
        assertThat(deliveries(submitted.caseNo())).extracting(d -> d.get("status")).containsExactly("DELIVERED", "SENDING");
        release.countDown();
        awaitTrue(() -> deliveries(submitted.caseNo()).stream().allMatch(d -> "DELIVERED".equals(d.get("status"))));
    }

    @Test
    void onlyAdministratorsReadTheDeliveryLog() {
        assertThat(http.get("/api/admin/outbound-deliveries", null).status()).isEqualTo(401);
        for (String user : new String[]{"ecology-clerk", "manager", "park-applicant"}) {
            Http.Response refused = http.get("/api/admin/outbound-deliveries", user);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("系统管理员");
        }
        Http.Response badSize = http.get("/api/admin/outbound-deliveries?size=1000", "admin:admin");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("field").asText()).isEqualTo("size");
    }

    private List<Received> receivedFor(String caseNo) {
        return received.stream().filter(r -> r.body().contains("\"" + caseNo + "\"")).toList();
    }

    private List<JsonNode> eventsOf(String caseNo) {
        return receivedFor(caseNo).stream().map(r -> {
            try {
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<Map<String, Object>> deliveries(String caseNo) {
        return jdbc.sql("SELECT d.status, d.attempts FROM outbound_delivery d JOIN outbound_event e ON e.event_id = d.event_id "
                        + "WHERE e.case_no = :caseNo ORDER BY d.id")
                .param("caseNo", caseNo).query().listOfRows();
    }

    private static JsonNode findDelivery(JsonNode log, String caseNo) {
        for (JsonNode item : log.get("items")) {
            if (caseNo.equals(item.get("caseNo").asText())) {
                return item;
            }
        }
        throw new AssertionError("No delivery of " + caseNo + " in " + log);
    }

    /** Waits for the delivery threads (they run after the commit, outside the request). */
    private static void awaitTrue(BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Condition not met within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    record Received(String eventId, String timestamp, String signature, String body) {
    }
}
