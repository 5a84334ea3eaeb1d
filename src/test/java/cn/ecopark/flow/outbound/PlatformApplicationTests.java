package cn.ecopark.flow.outbound;

import cn.ecopark.flow.parkapplication.ParkApplicationRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** An application from the provincial service platform (一网通办): its own id makes a retry answer, never a second case. */
@EcoparkSpringTest
class PlatformApplicationTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationRepository applications;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSamePlatformIdAnswersWithTheSameCaseAndAnotherBodyIsAConflict() {
        String parkName = "荣成石岛生态园区" + System.nanoTime();
        String platformId = "YWTB-2026-" + System.nanoTime();
        Map<String, Object> form = ParkCases.application("weihai", parkName);
        form.put("platformApplicationId", platformId);

        Http.Response first = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("platformApplicationId").asText()).isEqualTo(platformId);
        String caseNo = first.json().get("applicationNo").asText();

        Http.Response again = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("applicationNo").asText()).isEqualTo(caseNo);
        assertThat(again.json().has("verificationCode")).as("the code is shown once only").isFalse();

        form.put("contactPhone", "13900000000");
        Http.Response changed = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("field").asText()).isEqualTo("platformApplicationId");
        assertThat(changed.json().get("message").asText()).doesNotContain(caseNo);

        assertThat(StreamSupport.stream(applications.findAll().spliterator(), false)
                .filter(a -> a.getParkName().equals(parkName)).count()).as("one case only").isEqualTo(1);
        assertThat(applications.findByApplicationNo(caseNo).orElseThrow().getPlatformApplicationId()).isEqualTo(platformId);
    }

    @Test
    void aMalformedPlatformIdIsRefusedNamingTheField() {
        Map<String, Object> form = ParkCases.application("weihai", "乳山生态园区" + System.nanoTime());
        form.put("platformApplicationId", "带空格 的编号");
        Http.Response refused = http.post("/api/park-applications", "park-applicant", Http.json(form));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("platformApplicationId");
    }

    @Test
    void anApplicationWithoutAPlatformIdIsUnchanged() {
        Http.Response plain = http.post("/api/park-applications", "park-applicant",
                Http.json(ParkCases.application("weihai", "文登生态园区" + System.nanoTime())));
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().has("platformApplicationId")).isFalse();
    }
}
