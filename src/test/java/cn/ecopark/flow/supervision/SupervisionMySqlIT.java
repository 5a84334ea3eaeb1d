package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.parkcreation.ParkCreationDriver;
import cn.ecopark.flow.parkapplication.ParkApplicationRepository;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Supervision end to end on MySQL (MariaDB here) with the production profile: the V4 tables, the daily timer, the
 * reproducible draw, the rectification deadline timer, revocation and strike-off with the three-year ban read by the
 * real application start, and the park's history over HTTP, all with Chinese text round-tripping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class SupervisionMySqlIT {

    @Autowired
    ParkCreationDriver creations;

    private static final String PASSWORD = ":it-only-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver tasks;
    @Autowired
    ParkApplicationRepository applications;
    @Autowired
    SpotCheckDrawRepository draws;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aParkThatFailsAgainAfterRectificationLosesItsTitleOnMySql() {
        LocalDate namedOn = SupervisionDriver.named(3, 20);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        assertThat(draws.findById(YearMonth.from(review.getDueOn()).toString()).orElseThrow().getDrawnParkIds())
                .containsExactly(park.getId());
        ProcessInstance instance = driver.instanceOf(review);

        Map<String, Object> failing = SupervisionDriver.figures(8.5, true, 1, "DONE_WITH_ISSUES");
        failing.put("monitoredWastewaterPlant", false);
        driver.selfCheck(instance, failing);
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");
        assertThat(instance).isWaitingAt("submitRectificationReport");
        Review ordered = driver.reload(review);
        assertThat(ordered.getVerdictReason()).contains("限期整改");
        assertThat(ordered.getIndexCatalogueVersion()).isEqualTo("v1");
        assertThat(ordered.getIndexBlocking()).contains("具备安装有自动在线监控装置的污水集中处理设施");
        assertThat(ordered.getSelfCheckReport()).contains("绿岛共享设施");

        Job deadline = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        SupervisionDriver.clockAt(ordered.getRectificationDeadline().plus(Duration.ofMinutes(5)));
        managementService.executeJob(deadline.getId());
        driver.spotCheck(instance, "DISAGREE", "AGREE", "AGREE");
        driver.dueProcess(instance);
        tasks.complete("ecology-clerk", instance, "confirmRevocation", Map.of("decision", "APPROVE", "basis", "鲁环函〔" + (namedOn.getYear() + 2) + "〕9号",
                "comment", "省科技厅、省商务厅现场未发现问题，但省生态环境厅核查的污水处理设施仍未达标，不采纳"));

        assertThat(instance).isEnded().hasPassed("titleRevoked");
        Park revoked = driver.reload(park);
        assertThat(revoked.getStatus()).isEqualTo(ParkStatus.REVOKED);
        assertThat(revoked.getHistory()).last().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("ecology-clerk");
            assertThat(change.reason()).contains("整改后复查仍不合格").contains("逾期未提交整改报告");
        });
        JsonNode history = new Http(port).get("/api/parks/" + park.getId() + "/history", "manager" + PASSWORD).json();
        assertThat(history.get("reviews").get(0).get("statusName").asText()).isEqualTo("已撤销称号");
        // Eight steps of the review, then the written notice and the park's statement before the revocation.
        assertThat(history.get("changes").get(1).get("decisions")).hasSize(10);
    }

    @Test
    void aStruckOffParkWaitsThreeYearsOnMySql() {
        LocalDate struckOn = SupervisionDriver.named(9, 15);
        SupervisionDriver.clockAt(struckOn);
        Map<String, Object> form = ParkApplicationDriver.freshApplication();
        Park park = driver.approvedPark((String) form.get("parkName"), struckOn.minusMonths(6));
        Http http = new Http(port);
        Http.Response created = http.post("/api/parks/" + park.getId() + "/violations", "ecology-clerk" + PASSWORD,
                Http.json(SupervisionDriver.report("SERIOUS_VIOLATION", "威环罚〔" + struckOn.getYear() + "〕12号", struckOn)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("sanctionName").asText()).isEqualTo("除名");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(created.json().get("caseNo").asText()).singleResult();
        driver.dueProcess("weihai-clerk", instance);
        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意", null);
        tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔" + struckOn.getYear() + "〕30号", null);
        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.STRUCK_OFF);

        SupervisionDriver.clockAt(struckOn.plusYears(2).plusDays(364));
        ProcessInstance refused = tasks.submit(form);
        assertThat(refused).isWaitingAt("acknowledgeIneligibility");
        assertThat(applications.findByProcessInstanceId(refused.getId()).orElseThrow().getIneligibleReason())
                .contains("自" + struckOn.plusYears(3) + "起方可重新申报");
        tasks.decide("park-applicant", refused, "acknowledgeIneligibility", "ACKNOWLEDGED", null);

        // After three years the park applies to build again (park-creation), under its credit code.
        SupervisionDriver.clockAt(struckOn.plusYears(3));
        Map<String, Object> creation = ParkCreationDriver.goodCreation();
        creation.put("creditCode", form.get("creditCode"));
        creation.put("parkName", form.get("parkName"));
        assertThat(creations.submit(creation)).isWaitingAt("expertReview");
        JsonNode history = http.get("/api/parks/" + park.getId() + "/history", "ecology-clerk" + PASSWORD).json();
        assertThat(history.get("struckOffOn").asText()).isEqualTo(struckOn.toString());
        assertThat(history.get("mayApplyAgainFrom").isNull()).as("applying again lifts the struck-off standing").isTrue();
        assertThat(history.get("changes")).extracting(c -> c.get("toStatus").asText())
                .containsExactly("APPROVED_TO_BUILD", "STRUCK_OFF", "APPLYING");
    }

    /** Production never fires a timer early: the demo's time travel is refused even to the administrator. */
    @Test
    void demoTimeTravelIsRefusedInTheMysqlProfile() {
        Http.Response refused = new Http(port).post("/api/demo/cases/STGY-2026-0001/next-timer",
                "it-admin:it-admin-password", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("生产配置");
    }
}
