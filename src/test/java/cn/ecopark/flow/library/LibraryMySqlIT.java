package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * One project through both libraries end to end on MySQL (MariaDB here) with the production profile: Flyway's
 * V3 tables, Chinese text round-tripping, the list's paging and priority order in MySQL's SQL, the opinion
 * filter and the read audit, authorization on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class LibraryMySqlIT {

    static final String INTERNAL = "生态环境厅内部：园区污水厂曾超标排放";
    static final String SHARED = "发改委共享：已完成固定资产投资项目备案";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LibraryDriver driver;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    FinancingDataReadRepository audit;
    @Autowired
    FormService formService;
    @Autowired
    Actors actors;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aProjectGoesThroughBothLibrariesOnMySql() {
        Park park = driver.park(ParkStatus.NAMED);
        Map<String, Object> form = LibraryDriver.pollutionRequest(park);
        ProcessInstance pollution = driver.submit(Library.POLLUTION_PREVENTION, form);
        driver.opinion("ecology-clerk", pollution, "ecologyEntryReview", "APPROVE", INTERNAL, false);
        driver.fund(pollution, "FIRST", 450.5, "2027-03-01", 149.5, "2027-10-15");
        assertThat(pollution).isEnded().hasPassed("projectAdmitted");

        ProcessInstance green = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(form));
        driver.opinion("ecology-clerk", green, "ecologyRecommendation", "AGREE", INTERNAL, false);
        driver.opinion("reform-clerk", green, "reformRecommendation", "AGREE", SHARED, true);
        driver.admit(green);
        String cdbTask = driver.task(green, "cdbFollowUp").getId();
        String shown = actors.as("cdb-clerk", () -> formService.getTaskFormVariables(cdbTask)).toString();
        assertThat(shown).contains(SHARED).doesNotContain(INTERNAL);

        driver.decide("pboc-clerk", green, "pbocFollowUp", "DECLINE", "项目不属于再贷款支持领域");
        driver.complete("cbirc-clerk", green, "cbircFollowUp", Map.of("decision", "SUPPORT",
                "measures", "督促辖内银行开辟绿色审批通道", "extensionMonths", 36));
        driver.complete("cdb-clerk", green, "cdbFollowUp", new HashMap<>(Map.of("decision", "LOAN_APPROVED", "amount", 2500,
                "ratePct", 3.2, "termMonths", 180, "comment", "同意贷款2500万元")));
        assertThat(green).isEnded().hasPassed("followUpCompleted");

        LibraryProject project = driver.project(green);
        long projectId = project.getId();
        assertThat(project.data().projectName()).isEqualTo(form.get("projectName"));
        assertThat(project.intake(pollution.getBusinessKey()).getStatus()).isEqualTo(IntakeStatus.ADMITTED_PARTIALLY_FUNDED);
        assertThat(project.tranchesOf(pollution.getBusinessKey())).extracting(FundingTranche::amount, FundingTranche::plannedOn)
                .containsExactly(tuple(new BigDecimal("450.50"), LocalDate.of(2027, 3, 1)),
                        tuple(new BigDecimal("149.50"), LocalDate.of(2027, 10, 15)));
        assertThat(project.intake(green.getBusinessKey()).getStatus()).isEqualTo(IntakeStatus.ADMITTED_PARTIALLY_FINANCED);
        assertThat(project.intake(green.getBusinessKey()).preferences().names()).hasSize(4);
        assertThat(project.bankActionsOf(green.getBusinessKey()))
                .extracting(BankAction::bank, BankAction::outcome, BankAction::reason, BankAction::measures, BankAction::termMonths)
                .containsExactly(tuple("pboc", Outcome.DECLINE, "项目不属于再贷款支持领域", null, null),
                        tuple("cbirc", Outcome.SUPPORT, null, "督促辖内银行开辟绿色审批通道", null),
                        tuple("cdb", Outcome.LOAN_APPROVED, null, null, 180));
        assertThat(records.findByCaseNoOrderByDecidedAtAscIdAsc(green.getBusinessKey())).hasSize(6);

        Http http = new Http(port);
        assertThat(http.get("/api/libraries/green-finance/projects", null).status()).isEqualTo(401);
        JsonNode view = http.get("/api/library-projects/" + projectId, "cdb-clerk:it-only-password").json();
        assertThat(view.toString()).contains(SHARED).doesNotContain(INTERNAL);
        assertThat(view.get("intakes").get(0).get("tranches")).hasSize(2);
        JsonNode list = http.get("/api/libraries/pollution-prevention/projects?page=0&size=5", "finance-clerk:it-only-password").json();
        assertThat(list.get("projects").get(0).get("caseNo").asText()).isEqualTo(pollution.getBusinessKey());
        assertThat(list.get("projects").get(0).get("fundedAmount").decimalValue()).isEqualByComparingTo("600");
        assertThat(http.get("/api/libraries/green-finance/projects?page=1&size=5", "pboc-clerk:it-only-password")
                .json().get("projects")).isEmpty();

        assertThat(audit.findByProjectIdOrderByReadAtAscIdAsc(projectId))
                .extracting(FinancingDataRead::reader, FinancingDataRead::readVia)
                .containsExactly(tuple("cdb-clerk", "TASK"), tuple("cdb-clerk", "REST"));
    }
}
