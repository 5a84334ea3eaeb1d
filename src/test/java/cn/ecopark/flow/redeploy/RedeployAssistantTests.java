package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, points 3 to 5 and the done-when: version 2 of park-application (one step removed, one added) deployed as
 * the Modeler does; the assistant shows the differences and where the running cases wait, dry-runs and migrates;
 * cases at unchanged steps move and run to the end on version 2, with their tasks' working-day due dates and their
 * domain records untouched; a case at the removed step is reported and finishes on version 1. Version 2 is deleted
 * afterwards, so the rest of the suite sees version 1 as the latest again.
 */
@EcoparkSpringTest
class RedeployAssistantTests {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ParkCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ModelChangeLog changeLog;
    @Autowired
    RedeployAssistant assistant;
    Http http;
    String v2DeploymentId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void removeVersion2() {
        if (v2DeploymentId != null) {
            ParkApplicationV2.rollBack(v2DeploymentId, assistant, repositoryService);
        }
    }

    @Test
    void casesAtUnchangedStepsMoveToVersion2AndFinishThereWhileACaseAtTheRemovedStepIsReported() {
        String atCity = cases.submit(http).caseNo();
        String atJoint = cases.submit(http).caseNo();
        cases.cityPasses(atJoint);
        cases.complete("ecology-clerk", atJoint, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        String atDisagreement = cases.submit(http).caseNo();
        cases.cityPasses(atDisagreement);
        cases.complete("ecology-clerk", atDisagreement, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        cases.complete("science-clerk", atDisagreement, "scienceJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        cases.complete("commerce-clerk", atDisagreement, "commerceJointReview", Map.of("decision", "DISAGREE", "basis", "产业数据不符"));
        assertThat(cases.task(atDisagreement, "resolveJointDisagreement")).isNotNull();
        int v1 = latestVersion();

        Map<String, Object> domainBefore = domainRecords(atCity, atJoint, atDisagreement);
        Map<String, Date> dueBefore = dueDates(atCity, atJoint);

        // The Modeler deploys version 2 with its new form.
        v2DeploymentId = ParkApplicationV2.deploy(port);
        int v2 = latestVersion();
        assertThat(v2).isEqualTo(v1 + 1);

        // The differences and where the old version's cases wait.
        JsonNode assessment = http.get("/api/admin/redeploy/processes/park-application/assessment?from=" + v1 + "&to=" + v2, "admin:admin").json();
        assertThat(ids(assessment.path("diff").path("added"))).containsExactly("announceNaming");
        assertThat(ids(assessment.path("diff").path("removed"))).containsExactlyInAnyOrder("resolveJointDisagreement", "disagreementGateway");
        assertThat(assessment.path("diff").path("formsAdded").toString()).contains("parkNamingAnnouncement");
        assertThat(assessment.path("diff").path("formsRemoved").toString()).contains("parkJointDisagreement");
        Map<String, JsonNode> waiting = new HashMap<>();
        assessment.path("waiting").forEach(w -> waiting.put(w.path("activityId").asText(), w));
        assertThat(waiting.get("cityPreReview").path("cases").asLong()).isPositive();
        assertThat(waiting.get("cityPreReview").path("mappedTo").asText()).isEqualTo("cityPreReview");
        assertThat(waiting.get("resolveJointDisagreement").path("removed").asBoolean()).isTrue();
        assertThat(waiting.get("resolveJointDisagreement").path("mappedTo").isNull()).isTrue();
        assertThat(assessment.path("planProblems")).isEmpty();

        // Dry run: nothing changes.
        String body = Http.json(Map.of("from", v1, "to", v2));
        JsonNode dryRun = http.post("/api/admin/redeploy/processes/park-application/dry-run", "admin:admin", body).json();
        Map<String, JsonNode> tried = byCase(dryRun.path("cases"));
        assertThat(tried.get(atCity).path("movable").asBoolean()).isTrue();
        assertThat(tried.get(atJoint).path("movable").asBoolean()).isTrue();
        assertThat(tried.get(atDisagreement).path("movable").asBoolean()).isFalse();
        assertThat(tried.get(atDisagreement).path("reason").asText()).contains("联审分歧处理").contains("留在旧版本");
        assertThat(definitionVersionOf(atCity)).isEqualTo(v1);

        // A clerk may not migrate.
        assertThat(http.post("/api/admin/redeploy/processes/park-application/migrations", "ecology-clerk", body).status()).isEqualTo(403);
        assertThat(definitionVersionOf(atCity)).isEqualTo(v1);

        // Migration and its report (case by case: other test classes may have left more than 20 cases running).
        Http.Response started = http.post("/api/admin/redeploy/processes/park-application/migrations", "admin:admin",
                Http.json(Map.of("from", v1, "to", v2, "mode", "sync")));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("mode").asText()).isEqualTo("sync");
        JsonNode report = http.get("/api/admin/redeploy/migrations/" + started.json().path("changeId").asLong(), "admin:admin").json();
        Map<String, JsonNode> outcome = byCase(report.path("cases"));
        assertThat(outcome.get(atCity).path("outcome").asText()).isEqualTo("已迁移");
        assertThat(outcome.get(atJoint).path("outcome").asText()).isEqualTo("已迁移");
        assertThat(outcome.get(atDisagreement).path("outcome").asText()).isEqualTo("未迁移");
        assertThat(outcome.get(atDisagreement).path("reason").asText()).contains("联审分歧处理");
        assertThat(report.path("change").path("actor").asText()).isEqualTo("admin");
        assertThat(definitionVersionOf(atCity)).isEqualTo(v2);
        assertThat(definitionVersionOf(atJoint)).isEqualTo(v2);
        assertThat(definitionVersionOf(atDisagreement)).isEqualTo(v1);

        // Domain data follows: the same records, the same working-day due dates.
        assertThat(domainRecords(atCity, atJoint, atDisagreement)).isEqualTo(domainBefore);
        assertThat(dueDates(atCity, atJoint)).isEqualTo(dueBefore);

        // The moved cases run to the end on version 2, through the new step.
        cases.cityPasses(atCity);
        cases.jointReviewAgrees(atCity, "迁移后");
        runToTheEnd(atCity);
        cases.complete("science-clerk", atJoint, "scienceJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        cases.complete("commerce-clerk", atJoint, "commerceJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        runToTheEnd(atJoint);
        // The case at the removed step is not broken: it finishes on version 1.
        cases.complete("ecology-clerk", atDisagreement, "resolveJointDisagreement", Map.of("decision", "REJECT", "comment", "联审意见分歧，不予通过"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(atDisagreement).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(historic(atDisagreement))
                .activityId("applicationRejected").count()).isEqualTo(1);

        // The change log shows the deployment and the migration.
        List<ModelChange> logged = changeLog.latest("park-application", 5);
        assertThat(logged).extracting(ModelChange::kind).startsWith(ModelChange.Kind.MIGRATION, ModelChange.Kind.DEPLOYED);
        assertThat(logged.get(1).source()).isEqualTo("Camunda Modeler");
    }

    @Test
    void manyCasesMoveAsABatchWithProgress() {
        String first = cases.submit(http).caseNo();
        String second = cases.submit(http).caseNo();
        int v1 = latestVersion();
        v2DeploymentId = ParkApplicationV2.deploy(port);
        int v2 = latestVersion();

        Http.Response started = http.post("/api/admin/redeploy/processes/park-application/migrations", "admin:admin",
                Http.json(Map.of("from", v1, "to", v2, "mode", "batch")));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long changeId = started.json().path("changeId").asLong();
        JsonNode pending = http.get("/api/admin/redeploy/migrations/" + changeId, "admin:admin").json();
        assertThat(pending.path("progress").path("finished").asBoolean()).isFalse();
        assertThat(byCase(pending.path("cases")).get(first).path("reason").asText()).isEqualTo("批量迁移进行中");

        // The job executor is off in tests: run the batch's jobs (seed, migration, monitor) as it would.
        var batch = managementService.createBatchQuery().batchId(started.json().path("batchId").asText()).singleResult();
        List<String> batchJobDefinitions = List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId());
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = managementService.createJobQuery().list().stream()
                    .filter(job -> job.getJobDefinitionId() != null && batchJobDefinitions.contains(job.getJobDefinitionId())).toList();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        JsonNode done = http.get("/api/admin/redeploy/migrations/" + changeId, "admin:admin").json();
        assertThat(done.path("progress").path("finished").asBoolean()).isTrue();
        assertThat(byCase(done.path("cases")).get(first).path("outcome").asText()).isEqualTo("已迁移");
        assertThat(byCase(done.path("cases")).get(second).path("outcome").asText()).isEqualTo("已迁移");
        assertThat(definitionVersionOf(first)).isEqualTo(v2);
    }

    @Test
    void onlyAdministratorsOpenTheAssistant() {
        assertThat(http.get("/api/admin/redeploy/processes", "ecology-clerk").status()).isEqualTo(403);
        assertThat(http.get("/api/admin/redeploy/changes", "manager").status()).isEqualTo(403);
        assertThat(http.get("/staff/admin/redeploy", "manager").status()).isEqualTo(403);
        assertThat(http.get("/staff/admin/redeploy", "admin:admin").status()).isEqualTo(200);
        assertThat(http.get("/api/admin/redeploy/processes/park-application/assessment?from=1&to=999", "admin:admin").status()).isEqualTo(404);
    }

    private void runToTheEnd(String caseNo) {
        cases.complete("ecology-clerk", caseNo, "confirmNaming", Map.of("decision", "APPROVE", "comment", "指标评价达标，同意命名并公示"));
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        Job notice = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
        managementService.executeJob(notice.getId());
        cases.complete("ecology-clerk", caseNo, "announceNaming", Map.of("decision", "RECORDED", "comment", "鲁环字〔2026〕1号"));
        cases.complete("ecology-clerk", caseNo, "ecologySubsidyOpinion", Map.of("decision", "AGREE", "basis", "同意按第十条给予奖补"));
        cases.complete("finance-clerk", caseNo, "decideSubsidy", Map.of("decision", "NO_AWARD", "comment", "本年度专项资金已用完"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).activityId("announceNaming")
                .finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getProcessDefinitionVersion()).isEqualTo(latestVersion());
    }

    private int latestVersion() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("park-application").latestVersion()
                .singleResult().getVersion();
    }

    private int definitionVersionOf(String caseNo) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
        return repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    private String historic(String caseNo) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    private Map<String, Object> domainRecords(String... caseNos) {
        Map<String, Object> records = new LinkedHashMap<>();
        for (String caseNo : caseNos) {
            records.put(caseNo + "/application", jdbc.sql("SELECT * FROM park_application WHERE application_no = ?")
                    .param(caseNo).query().listOfRows());
            records.put(caseNo + "/approvals", jdbc.sql("SELECT * FROM approval_record WHERE process_instance_id = ? ORDER BY id")
                    .param(historic(caseNo)).query().listOfRows());
        }
        return records;
    }

    private Map<String, Date> dueDates(String... caseNos) {
        Map<String, Date> due = new LinkedHashMap<>();
        for (String caseNo : caseNos) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list()) {
                assertThat(task.getDueDate()).as("due date of " + task.getTaskDefinitionKey()).isNotNull();
                due.put(caseNo + "/" + task.getId() + "/" + task.getTaskDefinitionKey(), task.getDueDate());
            }
        }
        return due;
    }

    private static List<String> ids(JsonNode activities) {
        List<String> ids = new ArrayList<>();
        activities.forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    private static Map<String, JsonNode> byCase(JsonNode list) {
        Map<String, JsonNode> byCase = new HashMap<>();
        list.forEach(c -> byCase.put(c.path("caseNo").asText(), c));
        return byCase;
    }
}
