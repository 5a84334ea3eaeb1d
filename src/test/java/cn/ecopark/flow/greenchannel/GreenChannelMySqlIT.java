package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static cn.ecopark.flow.greenchannel.GreenChannelDriver.at;
import static cn.ecopark.flow.greenchannel.GreenChannelDriver.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A green-channel case end to end on MySQL (MariaDB here) with the production profile: 容缺 acceptance, a
 * 补正 that pauses and resumes the clocks, an expired time limit flagged for 督办, conflicting conditions and a
 * conditional joint reply, all read back through the REST view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class GreenChannelMySqlIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    GreenChannelDriver driver;
    @Autowired
    GreenChannelProjectRepository projects;
    @Autowired
    GreenChannelOverdueRepository overdue;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        at("2026-03-02T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aProjectGoesThroughTheGreenChannelOnMySql() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
        ProcessInstance instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("APPROVED_TO_BUILD")));
        driver.acceptWithDeficiency(instance, 3);
        at("2026-03-03T10:00");
        driver.complete("park-applicant", driver.task(instance, "supplyMissingDocuments"),
                Map.of("decision", "RESUBMIT", "suppliedDocuments", "节能审查意见.pdf"));
        driver.opinion("ecology", instance, "AGREE_WITH_CONDITIONS", "《环境影响评价法》第二十二条", "POLLUTION_CONTROL",
                "熔炼废气须经袋式除尘后达标排放");

        at("2026-03-05T00:00:30");   // reform's 2 working days ran out at the end of Wednesday
        driver.fire(driver.timer(instance, "deadlineExpired", "reform"));
        driver.complete("ecology-clerk", driver.task(instance, "superviseOverdueReview"),
                Map.of("decision", "URGED", "comment", "电话督办"));

        at("2026-03-05T10:00");
        driver.act("commerce", instance, "RETURN_FOR_CORRECTION", "请补充外国投资者股权结构说明");
        at("2026-03-12T16:00");
        driver.answerCorrection("park-applicant", instance);
        GreenChannelProject project = projects.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(project.review("commerce").getDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(driver.review(instance, "commerce").getDueDate()).isEqualTo(Date.from(endOf("2026-03-16")));

        driver.opinion("commerce", instance, "AGREE_WITH_CONDITIONS", "《外商投资法》", "POLLUTION_CONTROL", "外资方承担污染治理投入");
        driver.agree("reform", instance);
        driver.agree("science", instance);
        driver.jointReply(instance, Map.of("decision", "ISSUED", "basis", "依据各部门意见",
                "comment", "两部门污染防治条件并列告知"));

        assertThat(instance).isEnded().hasPassed("projectApprovedWithConditions");
        project = projects.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED_WITH_CONDITIONS);
        assertThat(project.getObligations()).extracting(GreenChannelObligation::agency, GreenChannelObligation::text)
                .containsExactly(tuple("ecology", "熔炼废气须经袋式除尘后达标排放"), tuple("commerce", "外资方承担污染治理投入"));
        assertThat(project.getPauses()).extracting(GreenChannelPause::agency, GreenChannelPause::remainingDays,
                GreenChannelPause::resumedOn).containsExactlyInAnyOrder(
                tuple("reform", 0, LocalDate.of(2026, 3, 12)), tuple("commerce", 2, LocalDate.of(2026, 3, 12)),
                tuple("science", 2, LocalDate.of(2026, 3, 12)));
        assertThat(overdue.findByAgencyOrderByFlaggedAtAsc("reform")).extracting(GreenChannelOverdue::projectNo)
                .contains(project.getProjectNo());
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(project.getProjectNo())).extracting(r -> r.stepKey() + ":" + r.outcome())
                .containsExactly("acceptProject:ACCEPT_WITH_DEFICIENCY", "supplyMissingDocuments:RESUBMIT",
                        "agencyReview:AGREE_WITH_CONDITIONS", "superviseOverdueReview:URGED", "agencyReview:RETURN_FOR_CORRECTION",
                        "supplyCorrection:RESUBMIT", "agencyReview:AGREE_WITH_CONDITIONS", "agencyReview:AGREE",
                        "agencyReview:AGREE", "issueJointReply:ISSUED");

        Http.Response view = new Http(port).get("/api/green-channel/projects/" + project.getProjectNo(),
                "commerce-clerk:it-only-password");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("statusName").asText()).isEqualTo("附条件同意");
        assertThat(view.json().get("conflicts").get(0).get("kindName").asText()).isEqualTo("条件重叠");
        assertThat(view.json().get("overdue").get(0).get("agencyName").asText()).isEqualTo("省发展改革委");
    }
}
