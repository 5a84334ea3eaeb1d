package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.parkapplication.ParkApplication;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.parkapplication.ParkApplicationRepository;
import cn.ecopark.flow.parkcreation.ParkCreation;
import cn.ecopark.flow.parkcreation.ParkCreationDriver;
import cn.ecopark.flow.parkcreation.ParkCreationRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Supervision together with the park application, through the real workflows: a park named by the application is
 * re-inspected two years later; a park struck off under measure 17 is refused by the real application start until
 * its three years are over; a revocation ends the park's open re-inspection.
 */
@EcoparkSpringTest
class SupervisionEndToEndTests {

    @Autowired
    ParkCreationDriver creations;
    @Autowired
    ParkCreationRepository creationRepository;

    @Autowired
    ProcessEngine engine;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver applications;
    @Autowired
    ParkApplicationRepository applicationRepository;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aParkNamedThroughTheApplicationIsReInspectedTwoYearsLaterByItsApplicant() {
        SupervisionDriver.clockAt(SupervisionDriver.named(7, 1));
        ProcessInstance application = applications.submitGood();
        applications.passCityReview(application);
        applications.agreeJointReview(application);
        applications.decide("ecology-clerk", application, "confirmNaming", "APPROVE", "同意命名并公示");
        LocalDate namedOn = SupervisionDriver.named(7, 8);
        SupervisionDriver.clockAt(namedOn);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(application.getId()).singleResult().getId());
        ParkApplication named = applicationRepository.findByProcessInstanceId(application.getId()).orElseThrow();
        Park park = parkOf(named);
        assertThat(park.getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(park.getNamedOn()).isEqualTo(namedOn);

        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        assertThat(review.getContact()).isEqualTo("park-applicant");
        ProcessInstance instance = driver.instanceOf(review);
        assertThat(applications.task(instance, "submitSelfCheck").getAssignee()).isEqualTo("park-applicant");
        assertThat(runtimeService.getVariable(instance.getId(), "caseTitle")).isEqualTo(named.getParkName() + "（第1次复查）");
    }

    @Test
    void aStruckOffParkIsRefusedByTheApplicationUntilThreeYearsHavePassed() {
        LocalDate struckOn = SupervisionDriver.named(9, 15);
        SupervisionDriver.clockAt(struckOn);
        Map<String, Object> form = ParkApplicationDriver.freshApplication();
        Park park = driver.approvedPark((String) form.get("parkName"), struckOn.minusMonths(10));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("MAJOR_INCIDENT", "威环调查〔" + struckOn.getYear() + "〕7号", struckOn.minusDays(5)));
        ProcessInstance instance = driver.instanceOf(violation);
        driver.dueProcess("weihai-clerk", instance);
        applications.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意除名", null);
        applications.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意除名", null);
        applications.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔" + struckOn.getYear() + "〕8号", null);
        assertThat(driver.reload(park).getStruckOffOn()).isEqualTo(struckOn);
        LocalDate threeYears = struckOn.plusYears(3);

        for (LocalDate tooEarly : new LocalDate[]{struckOn.plusYears(2).plusDays(364), threeYears.minusDays(1)}) {
            SupervisionDriver.clockAt(tooEarly);
            ProcessInstance refused = applications.submit(form);
            assertThat(refused).as("applying on " + tooEarly).isWaitingAt("acknowledgeIneligibility");
            assertThat(applicationRepository.findByProcessInstanceId(refused.getId()).orElseThrow().getIneligibleReason())
                    .contains("三年内不得再次申请").contains("除名日期：" + struckOn).contains("自" + threeYears + "起方可重新申报");
            applications.decide("park-applicant", refused, "acknowledgeIneligibility", "ACKNOWLEDGED", null);
        }

        // The ban is over, but a park struck off is no longer approved to build: acceptance is refused, and a new
        // creation application (申请建设) is taken.
        SupervisionDriver.clockAt(threeYears);
        ProcessInstance acceptance = applications.submit(form);
        assertThat(acceptance).isWaitingAt("acknowledgeIneligibility");
        assertThat(applicationRepository.findByProcessInstanceId(acceptance.getId()).orElseThrow().getIneligibleReason())
                .contains("尚未批准建设");
        Map<String, Object> creation = ParkCreationDriver.goodCreation();
        creation.put("creditCode", form.get("creditCode"));
        creation.put("parkName", form.get("parkName"));
        ProcessInstance accepted = creations.submit(creation);
        assertThat(accepted).isWaitingAt("expertReview");
        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.APPLYING);
    }

    @Test
    void aStruckOffParkCannotComeBackUnderAnotherNameWithinThreeYearsButCanAfter() {
        LocalDate struckOn = SupervisionDriver.named(10, 12);
        SupervisionDriver.clockAt(struckOn);
        Map<String, Object> form = ParkCreationDriver.goodCreation();
        String oldName = SupervisionDriver.newParkName();
        Park park = driver.approvedPark((String) form.get("creditCode"), oldName, struckOn.minusMonths(8));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("MAJOR_INCIDENT", "威环调查〔" + struckOn.getYear() + "〕9号", struckOn.minusDays(3)));
        ProcessInstance instance = driver.instanceOf(violation);
        driver.dueProcess("weihai-clerk", instance);
        applications.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "同意除名", null);
        applications.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "同意除名", null);
        applications.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔" + struckOn.getYear() + "〕9号", null);
        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.STRUCK_OFF);

        // Same management committee (credit code), a new name: still the struck-off park, still banned.
        SupervisionDriver.clockAt(struckOn.plusYears(3).minusDays(1));
        ProcessInstance refused = creations.submit(form);
        assertThat(refused).isWaitingAt("acknowledgeCreationIneligibility");
        ParkCreation refusedCreation = creationRepository.findByProcessInstanceId(refused.getId()).orElseThrow();
        assertThat(refusedCreation.getParkId()).isEqualTo(park.getId());
        assertThat(refusedCreation.getIneligibleReason()).contains("三年内不得再次申请");
        assertThat(driver.reload(park).getName()).as("a refused application renames nothing").isEqualTo(oldName);
        creations.decide("park-applicant", refused, "acknowledgeCreationIneligibility", "ACKNOWLEDGED", null);

        SupervisionDriver.clockAt(struckOn.plusYears(3));
        ProcessInstance accepted = creations.submit(form);
        assertThat(accepted).isWaitingAt("expertReview");
        Park renamed = driver.reload(park);
        assertThat(renamed.getStatus()).isEqualTo(ParkStatus.APPLYING);
        assertThat(renamed.getName()).isEqualTo(form.get("parkName"));
        assertThat(renamed.getNames()).extracting(cn.ecopark.flow.park.ParkName::name).containsExactly(oldName, (String) form.get("parkName"));
        assertThat(renamed.nameOn(struckOn)).isEqualTo(oldName);
        assertThat(renamed.getStruckOffOn()).isEqualTo(struckOn);
    }

    @Test
    void revokingATitleForAViolationEndsTheParksOpenReInspection() {
        LocalDate namedOn = SupervisionDriver.named(8, 20);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        ProcessInstance reviewCase = driver.instanceOf(review);

        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔" + (namedOn.getYear() + 2) + "〕3号", namedOn.plusYears(2).minusDays(9)));
        ProcessInstance violationCase = driver.instanceOf(violation);
        driver.dueProcess(violationCase);
        applications.opinion("science-clerk", violationCase, "scienceViolationOpinion", "AGREE", "同意", null);
        applications.opinion("commerce-clerk", violationCase, "commerceViolationOpinion", "AGREE", "同意", null);
        applications.opinion("ecology-clerk", violationCase, "decideViolation", "APPROVE", "鲁环字〔" + (namedOn.getYear() + 2) + "〕5号", null);

        assertThat(driver.reload(park).getStatus()).isEqualTo(ParkStatus.REVOKED);
        Review cancelled = driver.reload(review);
        assertThat(cancelled.getStatus()).isEqualTo(ReviewStatus.CANCELLED);
        assertThat(cancelled.getClosingNote()).contains(violation.getCaseNo());
        assertThat(reviewCase).isEnded();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(reviewCase.getId()).singleResult()
                .getDeleteReason()).contains(violation.getCaseNo());
        assertThat(taskService.createTaskQuery().processInstanceId(reviewCase.getId()).count()).isZero();
    }

    private Park parkOf(ParkApplication application) {
        return driver.park(application.getParkId());
    }
}
