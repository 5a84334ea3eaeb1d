package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.park.ParkStatusChange;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

/** Workflow park-creation: 创建申请 → expert review → joint review → 批准建设 (文号, date) → yearly progress reports. */
@EcoparkSpringTest
class ParkCreationProcessTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ParkCreationDriver driver;
    @Autowired
    ParkCreationRepository creations;
    @Autowired
    ParkRepository parks;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFiles caseFiles;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    ParkCreation creationOf(ProcessInstance instance) {
        return creations.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    Park parkOf(ProcessInstance instance) {
        return parks.findById(creationOf(instance).getParkId()).orElseThrow();
    }

    private int approvedToBuildInWeihai() {
        for (JsonNode city : new Http(port).get("/api/dashboard", "manager").json().get("cities")) {
            if (city.get("city").asText().equals("weihai")) {
                return city.get("approvedToBuild").asInt();
            }
        }
        throw new AssertionError("no Weihai on the dashboard");
    }

    @Test
    void anApprovedParkIsOnTheDashboardReportsYearlyAndItsConstructionEndsWhenNamed() {
        int before = approvedToBuildInWeihai();
        ProcessInstance instance = driver.submit(ParkCreationDriver.goodCreation());
        ParkCreation creation = creationOf(instance);
        assertThat(creation.getCaseNo()).matches("CJSQ-\\d{4}-\\d{4}");
        assertThat(instance.getBusinessKey()).isEqualTo(creation.getCaseNo());
        assertThat(instance).isWaitingAt("expertReview");
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.APPLYING);
        assertThat(runtimeService.getVariables(instance.getId())).containsKeys("creationId", "parkId", "caseNo")
                .doesNotContainKeys("creditCode", "buildPlanSummary", "contactPhone");

        driver.expertsPass(instance);
        driver.jointReviewAgrees(instance);
        assertThat(creationOf(instance).getStatus()).isEqualTo(CreationStatus.APPROVAL);
        assertThatThrownBy(() -> driver.complete("ecology-clerk", instance, "approveToBuild", Map.of("decision", "APPROVE",
                "approvedOn", "2026-11-01"))).isInstanceOf(InvalidInput.class).hasMessageStartingWith("approvalDocumentNo：");
        assertThatThrownBy(() -> driver.approve(instance, "鲁环函〔2026〕88号", "2099-01-01"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("approvedOn：");
        assertThat(parkOf(instance).getStatus()).as("a refused submission changes nothing").isEqualTo(ParkStatus.APPLYING);

        driver.approve(instance, "鲁环函〔2026〕88号", "2026-11-01");
        Park park = parkOf(instance);
        assertThat(park.getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
        assertThat(park.getApprovedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        ParkStatusChange approval = park.getHistory().get(park.getHistory().size() - 1);
        assertThat(approval.documentNo()).isEqualTo("鲁环函〔2026〕88号");
        assertThat(approval.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(approval.caseNo()).isEqualTo(creation.getCaseNo());
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("approvalDocumentNo", "approvedOn");
        assertThat(approvedToBuildInWeihai()).as("the dashboard counts the park the workflow approved").isEqualTo(before + 1);
        assertThat(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(r -> r.stepKey() + ":" + r.outcome() + ":" + r.agency())
                .containsExactly("expertReview:PASS:ecology", "ecologyJointReview:AGREE:ecology",
                        "scienceJointReview:AGREE:science", "commerceJointReview:AGREE:commerce", "approveToBuild:APPROVE:ecology");
        CaseFile file = caseFiles.byCaseNo(creation.getCaseNo()).orElseThrow();
        assertThat(file.caseTypeName()).isEqualTo("生态工业园区创建申请（批准建设）");
        assertThat(file.result()).contains("鲁环函〔2026〕88号");

        // A year on: the park, still building, reports its progress; the next year it has been named.
        assertThat(instance).isWaitingAt("constructionYearPassed");
        execute(job(instance));
        assertThat(instance).isWaitingAt("submitProgressReport");
        assertThatThrownBy(() -> driver.decide("park-applicant", instance, "submitProgressReport", "SUBMITTED", null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("progressSummary：");
        driver.complete("park-applicant", instance, "submitProgressReport", Map.of("decision", "SUBMITTED",
                "progressSummary", "新增生态工业链项目3个，集中污水处理厂在线监控已联网。"));
        assertThat(creationOf(instance).getReports()).singleElement()
                .satisfies(r -> assertThat(r.yearNo()).isEqualTo(1));
        assertThat(file = caseFiles.byCaseNo(creation.getCaseNo()).orElseThrow()).isNotNull();
        assertThat(file.result()).contains("第1年度建设进展");

        park = parkOf(instance);
        ParkFixture.name(park, LocalDate.of(2027, 12, 1), Instant.parse("2027-12-01T02:00:00Z"), "system", "STGY-2027-0001");
        parks.save(park);
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("constructionEnded");
        assertThat(creationOf(instance).getStatus()).isEqualTo(CreationStatus.CONSTRUCTION_ENDED);
    }

    @Test
    void aParkAlreadyApprovedToBuildIsToldToApplyForAcceptance() {
        Map<String, Object> form = ParkCreationDriver.goodCreation();
        Park park = ParkFixture.register((String) form.get("creditCode"), (String) form.get("parkName"), "weihai", ParkType.SECTORAL,
                new BigDecimal("18.2"));
        ParkFixture.approveToBuild(park, LocalDate.of(2025, 5, 1), "鲁环函〔2025〕5号", Instant.parse("2025-05-01T02:00:00Z"), "ecology-clerk", null);
        parks.save(park);
        ProcessInstance instance = driver.submit(form);
        assertThat(instance).isWaitingAt("acknowledgeCreationIneligibility");
        assertThat(creationOf(instance).getIneligibleReason()).contains("验收申请");
        driver.decide("park-applicant", instance, "acknowledgeCreationIneligibility", "ACKNOWLEDGED", null);
        assertThat(instance).isEnded().hasPassed("creationNotAccepted");
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
    }

    @Test
    void theExpertsMayRejectThePlan() {
        ProcessInstance instance = driver.submit(ParkCreationDriver.goodCreation());
        driver.decide("ecology-clerk", instance, "expertReview", "REJECT", "建设规划目标不明确，重点任务不可考核。");
        assertThat(instance).isEnded().hasPassed("creationRejected");
        assertThat(creationOf(instance).getStatus()).isEqualTo(CreationStatus.REJECTED);
        assertThat(parkOf(instance).getStatus()).isEqualTo(ParkStatus.NONE);
    }

    @Test
    void aDisagreeingAgencyStopsTheApproval() {
        ProcessInstance instance = driver.submit(ParkCreationDriver.goodCreation());
        driver.expertsPass(instance);
        driver.complete("ecology-clerk", instance, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "同意"));
        driver.complete("science-clerk", instance, "scienceJointReview", Map.of("decision", "DISAGREE", "basis", "缺少绿色技术支撑"));
        driver.complete("commerce-clerk", instance, "commerceJointReview", Map.of("decision", "AGREE", "basis", "同意"));
        assertThat(instance).isEnded().hasPassed("jointOutcomeGateway", "rejectMerge", "creationRejected");
    }

    @Test
    void ecologyMayDeclineToApprove() {
        ProcessInstance instance = driver.submit(ParkCreationDriver.goodCreation());
        driver.expertsPass(instance);
        driver.jointReviewAgrees(instance);
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "REJECT");
        form.put("comment", "园区规划环评尚未审查。");
        driver.complete("ecology-clerk", instance, "approveToBuild", form);
        assertThat(instance).isEnded().hasPassed("approvalGateway", "rejectMerge", "creationRejected");
        assertThat(parkOf(instance).getApprovedOn()).isNull();
    }
}
