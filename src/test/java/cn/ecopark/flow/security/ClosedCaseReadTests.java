package cn.ecopark.flow.security;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, must-have 6: the agencies that worked a case keep reading its approval sheet and documents after it
 * ends (the engine drops the case's authorizations then); an agency that never had a task in it does not.
 */
@EcoparkSpringTest
class ClosedCaseReadTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    HistoryService historyService;

    @Test
    void theAgenciesThatWorkedACaseReadItsSheetAfterItEnds() {
        Http http = new Http(port);
        ParkCases.Submitted submitted = cases.submit(http);
        String caseNo = submitted.caseNo();
        cases.cityPasses(caseNo);
        cases.jointReviewAgrees(caseNo, "《管理办法》");
        cases.complete("ecology-clerk", caseNo, "confirmNaming", Map.of("decision", "REJECT", "comment", "指标评价未达标，不予命名"));

        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
        assertThat(instance.getEndTime()).as("the case has ended").isNotNull();

        String sheet = "/staff/cases/" + caseNo + "/approval-sheet";
        for (String worked : List.of("weihai-clerk", "ecology-clerk", "science-clerk", "commerce-clerk")) {
            Http.Response page = http.get(sheet, worked);
            assertThat(page.status()).as(worked).isEqualTo(200);
            assertThat(page.body()).as(worked).contains("省科技厅联合审查", "不予命名");
            assertThat(http.get("/api/cases/" + caseNo + "/attachments", worked).status()).as(worked).isEqualTo(200);
        }
        // Never had a task in it: another city, agencies outside the joint review, the banks and finsup.
        for (String never : List.of("jinan-clerk", "reform-clerk", "finance-clerk", "pboc-clerk", "finsup-clerk", "cdb-clerk")) {
            assertThat(http.get(sheet, never).status()).as(never).isEqualTo(404);
            assertThat(http.get("/api/cases/" + caseNo + "/attachments", never).status()).as(never).isEqualTo(404);
        }
        assertThat(http.get(sheet, "park-applicant").status()).isEqualTo(200);
        assertThat(http.get(sheet, "manager").status()).isEqualTo(200);
    }
}
