package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public 公示 page: who is in 公示, for how long (with its source), and how to object; no login, nothing internal. */
@EcoparkSpringTest
class PublicNoticePageTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ParkApplicationRepository applications;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anyoneSeesTheParksInPublicNoticeWithThePeriodAndHowToObject() {
        ProcessInstance instance = driver.submitGood();
        driver.passCityReview(instance);
        driver.agreeJointReview(instance);
        driver.decide("ecology-clerk", instance, "confirmNaming", "APPROVE", "同意命名并公示");
        ParkApplication application = applications.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);

        Http.Response response = http.get("/public/api/notices", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        List<String> parks = new ArrayList<>();
        body.get("notices").forEach(n -> parks.add(n.get("parkName").asText()));
        assertThat(parks).contains(application.getParkName());
        JsonNode mine = null;
        for (JsonNode n : body.get("notices")) {
            if (n.get("parkName").asText().equals(application.getParkName())) {
                mine = n;
            }
        }
        assertThat(mine.get("cityName").asText()).isEqualTo("威海市");
        assertThat(mine.get("endsAt").asText()).startsWith(application.getNoticeEndsAt()
                .atZone(AppClock.ZONE).toLocalDate().toString());
        assertThat(body.get("periodText").asText()).isEqualTo("公示期 7 天（来源：待确认：管理员设置，尚未记录来源文件）");
        assertThat(body.get("howToObject").asText()).contains("书面提出异议").contains("逐件答复");
        // A public notice publishes the park, not the applicant, the opinions or the case's internals.
        assertThat(response.body()).doesNotContain(application.getApplicant(), application.getApplicationNo(), "ecology-clerk");

        Http.Response page = http.get("/public/notices.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("生态工业园区命名公示").contains("/public/api/notices");
    }
}
