package cn.ecopark.flow.races;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A park application filed over /api is one transaction, a client retry with the same Idempotency-Key files
 * nothing twice, and the same new park filed twice at once is a 409 naming it with one case stored.
 */
@EcoparkSpringTest
class SubmissionTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndFilesNothingTwice() {
        String park = "幂等测试园区" + UUID.randomUUID().toString().substring(0, 6);
        String body = Http.json(ParkCases.application("weihai", park));
        String key = UUID.randomUUID().toString();

        Http.Response first = http.post("/api/park-applications", "park-applicant", body, "Idempotency-Key", key);
        Http.Response retry = http.post("/api/park-applications", "park-applicant", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("applicationNo").asText()).isEqualTo(first.json().get("applicationNo").asText());
        // The code was shown only in the answer the client lost: the replay gives a new one (only its hash is kept).
        assertThat(retry.json().get("verificationCode").asText()).isNotBlank().isNotEqualTo(first.json().get("verificationCode").asText());
        assertThat(applicationsFor(park)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT response FROM idempotent_request WHERE idem_key = ?").param(key).query(String.class).single())
                .doesNotContain("verificationCode").contains(first.json().get("applicationNo").asText());

        Map<String, Object> other = ParkCases.application("weihai", park + "乙");
        Http.Response reused = http.post("/api/park-applications", "park-applicant", Http.json(other), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("message").asText()).contains("Idempotency-Key").contains("不同");
        assertThat(applicationsFor(park + "乙")).isZero();
    }

    @Test
    void aRefusedFilingStoresNeitherTheCaseNorTheKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = ParkCases.application("weihai", "无效面积园区" + key.substring(0, 6));
        form.put("areaKm2", -3);
        Http.Response refused = http.post("/api/park-applications", "park-applicant", Http.json(form), "Idempotency-Key", key);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("areaKm2");
        RaceTests.assertNeutral(refused.json());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?").param(key).query(Integer.class).single()).isZero();
    }

    @Test
    void theSameNewParkFiledTwiceAtOnceIsOneCaseAndA409NamingIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String park = "并发重复园区" + UUID.randomUUID().toString().substring(0, 6);
                String body = Http.json(ParkCases.application("weihai", park));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Http.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return http.post("/api/park-applications", "park-applicant", body);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Http.Response> answer : answers) {
                    Http.Response response = answer.get();
                    statuses.add(response.status());
                    if (response.status() == 409) {
                        JsonNode json = response.json();
                        assertThat(json.get("message").asText()).contains(park);
                        RaceTests.assertNeutral(json);
                    }
                }
                // 409 when both found no park and one insert lost to the unique key; 422 (already applying) when the
                // second was decided after the first committed.
                assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409 || s == 422);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM park WHERE name = ?").param(park).query(Integer.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM park_application a JOIN park p ON p.id = a.park_id WHERE p.name = ? AND a.status <> 'INELIGIBLE'")
                        .param(park).query(Integer.class).single()).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void apiErrorsNameNoClass() {
        Http.Response notJson = http.post("/api/park-applications", "park-applicant", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        RaceTests.assertNeutral(notJson.json());
        Http.Response unknown = http.get("/api/park-applications/STGY-1999-9999", "ecology-clerk");
        assertThat(unknown.status()).isEqualTo(404);
        RaceTests.assertNeutral(unknown.json());
        Http.Response wrongMethod = http.get("/engine-rest/task/some-id/complete", "ecology-clerk");
        assertThat(wrongMethod.status()).isBetween(400, 499);
        RaceTests.assertNeutral(wrongMethod.json());
        Http.Response badQuery = http.get("/engine-rest/task?dueAfter=not-a-date", "ecology-clerk");
        assertThat(badQuery.status()).isEqualTo(400);
        RaceTests.assertNeutral(badQuery.json());
    }

    private int applicationsFor(String park) {
        return jdbc.sql("SELECT COUNT(*) FROM park_application a JOIN park p ON p.id = a.park_id WHERE p.name = ?")
                .param(park).query(Integer.class).single();
    }
}
