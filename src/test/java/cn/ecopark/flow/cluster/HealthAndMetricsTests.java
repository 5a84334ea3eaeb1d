package cn.ecopark.flow.cluster;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes for the load balancer (public, UP/DOWN only) and the operators' figures (managers and admins only). */
@EcoparkSpringTest
class HealthAndMetricsTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void livenessAndReadinessArePublicAndTellNothingElse() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Http.Response response = http.get(probe, null);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().get("status").asText()).isEqualTo("UP");
            assertThat(response.json().has("components")).isFalse();
            assertThat(response.json().has("details")).isFalse();
        }
    }

    @Test
    void metricsAreForManagersAndAdministratorsOnly() {
        assertThat(http.get("/actuator/metrics/ecopark.tasks.open", null).status()).isEqualTo(401);
        Http.Response clerk = http.get("/actuator/metrics/ecopark.tasks.open", "weihai-clerk");
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.json().get("message").asText()).contains("管理人员");
        assertThat(http.get("/actuator/metrics/ecopark.incidents.open", "manager").status()).isEqualTo(200);
        assertThat(http.get("/actuator/metrics/ecopark.jobs.failing", "admin:admin").status()).isEqualTo(200);
    }

    @Test
    void openTasksArePerAgencyOrCity() {
        String caseNo = cases.submit(http).caseNo();
        Http.Response weihai = http.get("/actuator/metrics/ecopark.tasks.open?tag=group:city-weihai", "manager");
        assertThat(weihai.status()).isEqualTo(200);
        assertThat(weihai.json().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(cases.task(caseNo, "cityPreReview")).isNotNull();
        Http.Response overdue = http.get("/actuator/metrics/ecopark.tasks.overdue?tag=group:ecology", "manager");
        assertThat(overdue.status()).isEqualTo(200);
    }
}
