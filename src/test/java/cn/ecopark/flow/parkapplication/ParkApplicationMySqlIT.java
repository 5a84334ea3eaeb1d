package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.subsidy.SubsidyRepository;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * The park application end to end on MySQL (MariaDB here) through mysql-connector-j, with the production
 * profile: Flyway's domain tables and Camunda's own schema on a fresh database, READ COMMITTED, Chinese text
 * round-tripping, authorization on. Users are seeded with a non-demo password: the profile itself has none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class ParkApplicationMySqlIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ParkApplicationDriver driver;
    @Autowired
    ParkApplicationRepository applications;
    @Autowired
    ParkRepository parks;
    @Autowired
    SubsidyRepository subsidies;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    TaskService taskService;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void runsOnMySql() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
        // MySQL 8 calls it transaction_isolation, MariaDB tx_isolation; the pool sets it on every connection.
        assertThat(jdbc.sql("SHOW SESSION VARIABLES WHERE Variable_name IN ('tx_isolation', 'transaction_isolation')").query((rs, i) -> rs.getString(2)).list())
                .isNotEmpty().allMatch("READ-COMMITTED"::equals);
    }

    @Test
    void aParkIsNamedAndSubsidisedEndToEnd() {
        ProcessInstance instance = driver.submitGood();
        ParkApplication application = applications.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(application.getParkName()).startsWith("威海临港经济技术开发区");

        driver.decide("weihai-clerk", instance, "cityPreReview", "RETURN_FOR_CORRECTION", "缺少规划环评审查意见");
        driver.resubmit(instance, Map.of("planningEiaConclusion", "已补充审查意见：规划实施符合“三线一单”要求。"));
        driver.passCityReview(instance);

        String ecologyTask = driver.task(instance, "ecologyJointReview").getId();
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.claim(ecologyTask, "science-clerk")))
                .isInstanceOf(AuthorizationException.class);

        driver.opinion("ecology-clerk", instance, "ecologyJointReview", "AGREE", "符合管理办法", null);
        driver.opinion("science-clerk", instance, "scienceJointReview", "AGREE_WITH_CONDITIONS", "基本达标", "一年内建成绿色技术服务平台");
        driver.opinion("commerce-clerk", instance, "commerceJointReview", "AGREE", "产业结构合理", null);
        driver.decide("ecology-clerk", instance, "confirmNaming", "APPROVE", "同意命名并公示");
        assertThat(instance).isWaitingAt("noticeGateway");
        execute(job(instance));
        driver.ecologyAgreesToSubsidy(instance);

        Map<String, Object> overCap = new HashMap<>(Map.of("decision", "AWARD", "subsidyAmount", 3_500_000));
        assertThatThrownBy(() -> driver.complete("finance-clerk", instance, "decideSubsidy", overCap))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("300万元");
        driver.complete("finance-clerk", instance, "decideSubsidy", Map.of("decision", "AWARD", "subsidyAmount", 3_000_000));
        driver.complete("finance-clerk", instance, "recordDisbursement", Map.of("decision", "RECORDED",
                "disbursedAmount", 3_000_000, "disbursedOn", "2026-12-15", "voucherNo", "鲁财资环〔2026〕88号"));

        assertThat(instance).isEnded().hasPassed("parkNamedWithSubsidy");
        application = applications.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NAMED);
        assertThat(application.getPlanningEiaConclusion()).isEqualTo("已补充审查意见：规划实施符合“三线一单”要求。");
        assertThat(application.getConditions()).singleElement().extracting(ReviewCondition::text).isEqualTo("一年内建成绿色技术服务平台");
        assertThat(parks.findById(application.getParkId()).orElseThrow().getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(subsidies.findByApplicationNo(application.getApplicationNo()).orElseThrow().getDisbursements())
                .singleElement().satisfies(d -> assertThat(d.voucherNo()).isEqualTo("鲁财资环〔2026〕88号"));
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(application.getApplicationNo()))
                .extracting(r -> r.stepKey() + ":" + r.outcome())
                .containsExactly("cityPreReview:RETURN_FOR_CORRECTION", "correctApplication:RESUBMIT", "cityPreReview:PASS",
                        "ecologyJointReview:AGREE", "scienceJointReview:AGREE_WITH_CONDITIONS", "commerceJointReview:AGREE",
                        "confirmNaming:APPROVE", "ecologySubsidyOpinion:AGREE", "decideSubsidy:AWARD", "recordDisbursement:RECORDED");
    }

    /** Whole seconds: the URL's sendFractionalSeconds=false, which Camunda requires, drops fractions on MySQL. */
    @Test
    void instantsAfter2038AreKept() {
        Park park = ParkFixture.register("2038年后园区" + System.nanoTime(), "heze", ParkType.VENOUS, new BigDecimal("3.5"));
        ParkFixture.strikeOff(park, LocalDate.of(2041, 5, 1), Instant.parse("2041-05-01T02:00:00Z"), "ecology-clerk", "WFCL-2041-0001", "测试");
        Long id = parks.save(park).getId();
        assertThat(parks.findById(id).orElseThrow().getHistory()).singleElement()
                .satisfies(change -> assertThat(change.changedAt()).isEqualTo(Instant.parse("2041-05-01T02:00:00Z")));
    }

    @Test
    void theRestApiWorksOnMySqlToo() {
        Http http = new Http(port);
        assertThat(http.get("/engine-rest/task", null).status()).isEqualTo(401);
        Http.Response created = http.post("/api/park-applications", "park-applicant:it-only-password",
                Http.json(ParkApplicationDriver.goodApplication()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get("/api/park-applications/" + created.json().get("applicationNo").asText(),
                "weihai-clerk:it-only-password").json().get("statusName").asText()).isEqualTo("市级初审");
    }
}
