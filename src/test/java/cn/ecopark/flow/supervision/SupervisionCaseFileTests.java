package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.CaseFilePages;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-inspections and violation cases on the shared staff pages: approval sheet, case file, dashboard stages. */
@EcoparkSpringTest
class SupervisionCaseFileTests {

    @LocalServerPort
    int port;
    @Autowired
    SupervisionDriver driver;
    @Autowired
    ParkApplicationDriver tasks;
    @Autowired
    CaseFiles caseFiles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSpotCheckedReviewShowsTheParksFiguresAndTheAgenciesDecisions() {
        Http http = new Http(port);
        Map<String, Long> before = CaseFilePages.stages(http, "biennial-review");
        assertThat(before.keySet()).containsExactly("园区自查", "现场抽查", "限期整改", "整改后复查", "撤销称号审定",
                "复查合格", "已撤销称号", "已终止", "不予撤销");
        // November: a batch month no other re-inspection test uses, so this park is drawn alone.
        LocalDate namedOn = SupervisionDriver.named(11, 12);
        Park park = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(namedOn.plusYears(2));
        driver.runDailyCheck();
        Review review = driver.latestReview(park);
        ProcessInstance instance = driver.instanceOf(review);

        CaseFile asked = caseFiles.byCaseNo(review.getReviewNo()).orElseThrow();
        assertThat(asked.applicant()).isEqualTo("park-applicant");
        assertThat(asked.requestedOfApplicant()).isEqualTo("报送复查自查报告及指标数据");
        // The daily check also opens the reviews of other test classes' parks: count from here on.
        Map<String, Long> opened = CaseFilePages.stages(http, "biennial-review");
        assertThat(opened.get("园区自查")).isGreaterThan(before.get("园区自查"));

        driver.selfCheck(instance, SupervisionDriver.goodFigures());
        driver.spotCheck(instance, "AGREE", "AGREE", "AGREE");

        CaseFile file = caseFiles.byProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(file.caseTypeName()).isEqualTo("生态工业园区两年复查");
        assertThat(file.title()).isEqualTo(park.getName());
        assertThat(file.details()).extracting(CaseFile.Field::label).contains("碳排放强度下降率", "园区规划环评");
        String sheet = CaseFilePages.approvalSheet(http, review.getReviewNo());
        assertThat(sheet).contains("生态工业园区两年复查", review.getReviewNo(), park.getName(),
                "park-applicant", "ecology-clerk", "science-clerk", "commerce-clerk");
        assertThat(file.stageName()).isNotEqualTo("园区自查");
        assertThat(CaseFilePages.difference(opened, CaseFilePages.stages(http, "biennial-review")))
                .isEqualTo(Map.of("园区自查", -1L, file.stageName(), 1L));
    }

    @Test
    void aViolationCaseHasNoApplicantAndShowsTheSanctionButNotTheOpinions() {
        Http http = new Http(port);
        Map<String, Long> before = CaseFilePages.stages(http, "violation-handling");
        assertThat(before.keySet()).containsExactly("会商", "已处理", "不予处理", "记录在案");
        Park park = driver.namedPark(AppClock.today().minusYears(1));
        Violation violation = driver.reportViolation(park,
                SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕88号", AppClock.today().minusDays(10)));
        ProcessInstance instance = driver.instanceOf(violation);
        driver.dueProcess(instance);
        tasks.opinion("science-clerk", instance, "scienceViolationOpinion", "AGREE", "内部会商意见甲", null);
        tasks.opinion("commerce-clerk", instance, "commerceViolationOpinion", "AGREE", "内部会商意见乙", null);
        tasks.opinion("ecology-clerk", instance, "decideViolation", "APPROVE", "鲁环字〔2026〕内部依据", null);

        CaseFile file = caseFiles.byCaseNo(violation.getCaseNo()).orElseThrow();
        assertThat(file.applicant()).isNull();
        assertThat(file.closed()).isTrue();
        assertThat(file.stageName()).isEqualTo("已处理");
        assertThat(file.result()).contains("处理意见：撤销称号");
        assertThat(CaseFilePages.allText(file)).contains("鲁环罚〔2026〕88号").doesNotContain("内部会商意见", "内部依据");

        String sheet = CaseFilePages.approvalSheet(http, violation.getCaseNo());
        assertThat(sheet).contains("园区环境违法处理", violation.getCaseNo(), park.getName(),
                "science-clerk", "commerce-clerk", "ecology-clerk");
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "violation-handling")))
                .isEqualTo(Map.of("已处理", 1L));
    }
}
