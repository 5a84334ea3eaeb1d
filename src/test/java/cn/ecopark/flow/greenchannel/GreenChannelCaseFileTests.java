package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.support.CaseFilePages;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A green-channel project on the shared staff pages: its approval sheet, its case file, the dashboard's stages. */
@EcoparkSpringTest
class GreenChannelCaseFileTests {

    @LocalServerPort
    int port;
    @Autowired
    GreenChannelDriver driver;
    @Autowired
    CaseFiles caseFiles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aProjectApprovedWithConditionsShowsItsDecisionsAndStagesButNoInternalBasis() {
        Http http = new Http(port);
        Map<String, Long> before = CaseFilePages.stages(http, "green-channel-approval");
        assertThat(before.keySet()).containsExactly("待受理", "并联审查中", "待补正", "待联合答复", "同意", "附条件同意",
                "不予同意", "不予受理", "已终止", "已撤回");

        GreenChannelDriver.at("2026-03-02T09:00");
        ProcessInstance instance = driver.submit("park-applicant", GreenChannelDriver.project(driver.park("NAMED")));
        String projectNo = instance.getBusinessKey();
        driver.accept(instance);
        driver.opinion("ecology", instance, "AGREE_WITH_CONDITIONS", "《环境影响评价法》第二十二条内部依据", "POLLUTION_CONTROL",
                "废水须经预处理达到园区污水厂接管标准");
        driver.agree("reform", instance);
        driver.agree("commerce", instance);
        driver.agree("science", instance);
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "green-channel-approval")))
                .isEqualTo(Map.of("待联合答复", 1L));

        Map<String, Object> reply = new HashMap<>();
        reply.put("decision", "ISSUED");
        reply.put("basis", "依据各部门意见附条件同意（内部）");
        reply.put("comment", "联合答复内部说明");
        driver.jointReply(instance, reply);

        CaseFile file = caseFiles.byCaseNo(projectNo).orElseThrow();
        assertThat(file.caseTypeName()).isEqualTo("重点项目环评审批绿色通道");
        assertThat(file.applicant()).isEqualTo("park-applicant");
        assertThat(file.closed()).isTrue();
        assertThat(file.stageName()).isEqualTo("附条件同意");
        assertThat(file.result()).contains("联合答复：附条件同意", "废水须经预处理达到园区污水厂接管标准");
        assertThat(CaseFilePages.allText(file)).doesNotContain("内部依据", "（内部）", "内部说明");
        assertThat(caseFiles.byProcessInstanceId(instance.getId())).contains(file);

        String sheet = CaseFilePages.approvalSheet(http, projectNo);
        assertThat(sheet).contains("重点项目环评审批绿色通道", projectNo, file.title())
                .contains("附条件同意", "同意", "ecology-clerk", "reform-clerk", "commerce-clerk", "science-clerk");
        assertThat(CaseFilePages.difference(before, CaseFilePages.stages(http, "green-channel-approval")))
                .isEqualTo(Map.of("附条件同意", 1L));
    }

    @Test
    void anotherWorkflowsNumberIsNotAGreenChannelCase() {
        assertThat(caseFiles.providers()).extracting(p -> p.caseType()).containsSubsequence(List.of(
                "park-application", "green-channel-approval", "pollution-library-intake", "green-finance-intake",
                "biennial-review", "violation-handling"));
        assertThat(caseFiles.byCaseNo("LSTD-2026-99999")).isEmpty();
    }
}
