package cn.ecopark.flow.library;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.CaseFilePages;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Library intakes on the shared staff pages: one workflow per library, each with its approval sheet and stages. */
@EcoparkSpringTest
class LibraryCaseFileTests {

    @LocalServerPort
    int port;
    @Autowired
    LibraryDriver driver;
    @Autowired
    CaseFiles caseFiles;

    @Test
    void aFundedPollutionIntakeShowsItsDecisionsAndFundsButNoInternalOpinion() {
        Http http = new Http(port);
        Map<String, Long> before = CaseFilePages.stages(http, "pollution-library-intake");
        assertThat(before.keySet()).containsExactly("审核中", "已入库（储备项目）", "已入库，已安排资金", "已入库，部分安排资金",
                "已入库，暂未安排资金", "不予入库");
        Park park = driver.park(ParkStatus.NAMED);
        ProcessInstance instance = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(park));
        String caseNo = instance.getBusinessKey();
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "pollution-library-intake")))
                .isEqualTo(Map.of("审核中", 1L));
        driver.opinion("ecology-clerk", instance, "ecologyEntryReview", "APPROVE", "内部审核意见：符合入库条件", false);
        driver.fund(instance, "FIRST", 500, "2027-03-01", 300.0, "2027-09-01");

        CaseFile file = caseFiles.byCaseNo(caseNo).orElseThrow();
        assertThat(file.caseTypeName()).isEqualTo("污染防治项目入库");
        assertThat(file.applicant()).isEqualTo("park-applicant");
        assertThat(file.closed()).isTrue();
        assertThat(file.closedAt()).isNotNull();
        assertThat(file.stageName()).isEqualTo("已入库，已安排资金");
        assertThat(file.result()).contains("支持等级：优先支持", "500.00 万元", "300.00 万元");
        assertThat(CaseFilePages.allText(file)).doesNotContain("内部审核意见");
        // The other library's provider does not answer for this number.
        assertThat(caseFiles.providers().stream().filter(p -> p.caseType().equals("green-finance-intake")).findFirst()
                .orElseThrow().byCaseNo(caseNo)).isEmpty();

        String sheet = CaseFilePages.approvalSheet(http, caseNo);
        assertThat(sheet).contains("污染防治项目入库", caseNo, file.title(), "ecology-clerk", "finance-clerk");
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "pollution-library-intake")))
                .isEqualTo(Map.of("已入库，已安排资金", 1L));
    }

    @Test
    void aGreenFinanceIntakeUnderRecommendationIsCountedAndHasItsSheet() {
        Http http = new Http(port);
        Map<String, Long> before = CaseFilePages.stages(http, "green-finance-intake");
        assertThat(before.keySet()).containsExactly("审核中", "已入库，银行跟进中", "已入库，已获贷款支持",
                "已入库，部分获得金融支持", "已入库，银行均未予支持", "不予入库");
        ProcessInstance instance = driver.submit(Library.GREEN_FINANCE,
                LibraryDriver.greenRequest(LibraryDriver.project(driver.park(ParkStatus.NAMED))));
        String caseNo = instance.getBusinessKey();
        driver.opinion("ecology-clerk", instance, "ecologyRecommendation", "AGREE", "内部推荐意见", false);

        CaseFile file = caseFiles.byCaseNo(caseNo).orElseThrow();
        assertThat(file.caseType()).isEqualTo("green-finance-intake");
        assertThat(file.closed()).isFalse();
        assertThat(file.result()).isEqualTo("办理中，当前环节：审核中");
        assertThat(CaseFilePages.allText(file)).doesNotContain("内部推荐意见");
        assertThat(CaseFilePages.approvalSheet(http, caseNo)).contains("绿色金融项目入库", caseNo, file.title(), "ecology-clerk");
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "green-finance-intake")))
                .isEqualTo(Map.of("审核中", 1L));
    }
}
