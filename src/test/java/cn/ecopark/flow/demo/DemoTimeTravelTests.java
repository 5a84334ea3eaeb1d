package cn.ecopark.flow.demo;

import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded demo's time travel: an administrator moves a case past its 公示 in one call, nobody else can. */
@EcoparkSpringTest
class DemoTimeTravelTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ParkRepository parks;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anAdministratorFiresTheNoticePeriodTimerAndTheParkIsNamed() {
        ParkCases.Submitted submitted = inPublicNotice();
        String path = "/api/demo/cases/" + submitted.caseNo() + "/next-timer";

        for (String user : new String[]{"park-applicant", "ecology-clerk", "manager"}) {
            Http.Response refused = http.post(path, user, "");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("系统管理员");
        }
        assertThat(timersOf(submitted.caseNo())).as("nobody but the admin moved the clock").isEqualTo(1);

        Http.Response fired = http.post(path, "admin:admin", "");

        assertThat(fired.status()).isEqualTo(200);
        assertThat(fired.json().get("timer").asText()).isEqualTo("公示期满");
        assertThat(fired.json().get("timersLeft").asLong()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.caseNo())
                .activityIdIn("ecologySubsidyOpinion").count()).isEqualTo(1);
        assertThat(parks.findAll()).anySatisfy(park -> {
            assertThat(park.getName()).isEqualTo(submitted.parkName());
            assertThat(park.getStatus()).isEqualTo(ParkStatus.NAMED);
        });

        Http.Response nothingLeft = http.post(path, "admin:admin", "");
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(nothingLeft.json().get("message").asText()).contains("没有等待中的定时器");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(http.post("/api/demo/cases/STGY-1999-0001/next-timer", "admin:admin", "").status()).isEqualTo(404);
    }

    private ParkCases.Submitted inPublicNotice() {
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityPasses(submitted.caseNo());
        cases.jointReviewAgrees(submitted.caseNo(), "时间快进");
        cases.complete("ecology-clerk", submitted.caseNo(), "confirmNaming",
                Map.of("decision", "APPROVE", "comment", "同意命名并公示"));
        assertThat(timersOf(submitted.caseNo())).isEqualTo(1);
        return submitted;
    }

    private long timersOf(String caseNo) {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instanceId).timers().count();
    }
}
