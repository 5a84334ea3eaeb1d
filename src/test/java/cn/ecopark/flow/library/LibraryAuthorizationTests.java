package cn.ecopark.flow.library;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * finsup and the banks see a project's financing data but never the environmental agencies' internal opinions,
 * through the Java API and through REST alike; every read of financing data by a bank user leaves an audit row;
 * each library's list is for the agencies concerned with it.
 */
@EcoparkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryAuthorizationTests {

    static final String ECOLOGY_POLLUTION_INTERNAL = "生态环境厅内部：该企业2024年曾受环境行政处罚";
    static final String FINANCE_SHARED = "财政厅共享：已列入2027年污染防治资金计划";
    static final String ECOLOGY_GREEN_INTERNAL = "生态环境厅内部意见：减排效益显著";
    static final String REFORM_SHARED = "发改委共享意见：项目已备案，符合产业政策";

    @LocalServerPort
    int port;
    @Autowired
    LibraryDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Actors actors;
    @Autowired
    FinancingDataReadRepository audit;
    @Autowired
    HistoryService history;

    Http http;
    ProcessInstance pollution;
    ProcessInstance green;
    long projectId;
    Task pbocTask;

    /**
     * One project through both libraries, now waiting for the banks; ecology keeps its opinions internal. Built
     * once, at the first test (the coverage recorder accepts process instances only while a test runs).
     */
    @BeforeEach
    void aProjectWaitingForTheBanks() {
        http = new Http(port);
        if (green != null) {
            return;
        }
        Park park = driver.park(ParkStatus.NAMED);
        Map<String, Object> form = LibraryDriver.pollutionRequest(park);
        pollution = driver.submit(Library.POLLUTION_PREVENTION, form);
        driver.opinion("ecology-clerk", pollution, "ecologyEntryReview", "APPROVE", ECOLOGY_POLLUTION_INTERNAL, false);
        driver.complete("finance-clerk", pollution, "financeFundingReview", Map.of("decision", "NO_FUND", "priority", "SECOND",
                "comment", FINANCE_SHARED, "shareWithBanks", true));
        green = driver.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(form));
        driver.opinion("ecology-clerk", green, "ecologyRecommendation", "AGREE", ECOLOGY_GREEN_INTERNAL, false);
        driver.opinion("reform-clerk", green, "reformRecommendation", "AGREE", REFORM_SHARED, true);
        driver.admit(green);
        pbocTask = driver.task(green, "pbocFollowUp");
        projectId = driver.project(green).getId();
    }

    int audited() {
        return audit.findByProjectIdOrderByReadAtAscIdAsc(projectId).size();
    }

    FinancingDataRead lastRead() {
        List<FinancingDataRead> reads = audit.findByProjectIdOrderByReadAtAscIdAsc(projectId);
        return reads.get(reads.size() - 1);
    }

    static void assertNoInternalOpinion(String shown) {
        assertThat(shown).doesNotContain(ECOLOGY_POLLUTION_INTERNAL).doesNotContain(ECOLOGY_GREEN_INTERNAL);
    }

    // ---- Task form and variables: Java API ----

    @Test
    void aBankClerksTaskFormShowsSharedOpinionsOnlyAndEachReadIsAudited() {
        int before = audited();
        Map<String, Object> form = actors.as("pboc-clerk", () -> formService.getTaskFormVariables(pbocTask.getId()));
        String shown = form.toString();
        assertNoInternalOpinion(shown);
        assertThat(shown).contains(REFORM_SHARED).contains(FINANCE_SHARED).contains("同意纳入省绿色金融项目库");
        assertThat(form).containsEntry("requestedLoan", 3000.0).containsEntry("totalInvestment", 6000.0)
                .doesNotContainKeys("shareWithBanks", "comment", "basis");
        assertThat(audited()).isEqualTo(before + 1);
        FinancingDataRead read = lastRead();
        assertThat(read.reader()).isEqualTo("pboc-clerk");
        assertThat(read.agency()).isEqualTo("pboc");
        assertThat(read.caseNo()).isEqualTo(green.getBusinessKey());
        assertThat(read.readVia()).isEqualTo("TASK");
        assertThat(read.source()).contains("pbocFollowUp").contains(pbocTask.getId()).contains("GetTaskFormVariablesCmd");
        assertThat(read.readAt()).isNotNull();

        // What the form shows is computed for it, never a variable: the task's variables are the case's ids and
        // decisions (no opinion, no financing figure), and their read is audited all the same.
        Map<String, Object> variables = actors.as("pboc-clerk", () -> taskService.getVariables(pbocTask.getId()));
        assertNoInternalOpinion(variables.toString());
        assertThat(variables).containsKey("caseNo").doesNotContainKeys("opinionsSummary", "requestedLoan", "totalInvestment");
        assertThat(actors.as("pboc-clerk", () -> taskService.getVariableLocal(pbocTask.getId(), "opinionsSummary"))).isNull();
        assertThat(audited()).isEqualTo(before + 3);
        assertThat(lastRead().source()).contains("GetTaskVariableCmd");
    }

    @Test
    void finsupsAdmissionFormHidesTheInternalOpinionsTooAndTheEngineKeepsNoCopy() {
        ProcessInstance other = driver.submit(Library.GREEN_FINANCE,
                LibraryDriver.greenRequest(LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED))));
        driver.opinion("ecology-clerk", other, "ecologyRecommendation", "AGREE", ECOLOGY_GREEN_INTERNAL, false);
        driver.opinion("reform-clerk", other, "reformRecommendation", "AGREE", REFORM_SHARED, true);
        String shown = (String) driver.formShows("finsup-clerk", other, "finsupAdmission").get("opinionsSummary");
        assertNoInternalOpinion(shown);
        assertThat(shown).contains(REFORM_SHARED);
        // No variable, runtime or historic, holds the internal opinion or any task's opinion summary.
        for (ProcessInstance instance : List.of(other, green)) {
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list())
                    .noneMatch(v -> String.valueOf(v.getValue()).contains(ECOLOGY_GREEN_INTERNAL));
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                    .noneMatch(v -> String.valueOf(v.getValue()).contains(ECOLOGY_GREEN_INTERNAL)
                            || "opinionsSummary".equals(v.getName()));
        }
    }

    @Test
    void theEnvironmentalSideReadsEveryOpinionAndIsNotAudited() {
        int before = audited();
        ProcessInstance other = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        driver.opinion("ecology-clerk", other, "ecologyEntryReview", "APPROVE", "生态环境厅：另案内部意见", false);
        Task financeTask = driver.task(other, "financeFundingReview");
        assertThat(actors.as("finance-clerk", () -> formService.getTaskFormVariables(financeTask.getId())).toString())
                .contains("生态环境厅：另案内部意见");
        assertThat(audit.findAll()).noneMatch(r -> r.reader().equals("finance-clerk") || r.reader().equals("ecology-clerk"));
        assertThat(audited()).isEqualTo(before);
    }

    @Test
    void aBankClerkCannotOpenAnotherAgencysTaskNorTheProcess() {
        Task cdbTask = driver.task(green, "cdbFollowUp");
        assertThatThrownBy(() -> actors.as("pboc-clerk", () -> taskService.getVariables(cdbTask.getId())))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.as("pboc-clerk", () -> runtimeService.getVariables(green.getId())))
                .isInstanceOf(AuthorizationException.class);
        assertThat(actors.as("pboc-clerk", () -> taskService.createTaskQuery().processInstanceId(green.getId()).list()))
                .extracting(Task::getTaskDefinitionKey).containsExactly("pbocFollowUp");
    }

    // ---- Task form and variables: REST ----

    @Test
    void throughTheEngineRestApiABankClerkSeesNoInternalOpinionAndEveryReadIsAudited() {
        int before = audited();
        String base = "/engine-rest/task/" + pbocTask.getId();
        Http.Response form = http.get(base + "/form-variables", "pboc-clerk");
        assertThat(form.status()).isEqualTo(200);
        assertNoInternalOpinion(form.body());
        assertThat(form.json().get("opinionsSummary").get("value").asText()).contains(REFORM_SHARED).contains(FINANCE_SHARED);
        assertThat(form.json().get("requestedLoan").get("type").asText()).isEqualTo("Double");
        // The variable reads answer the case's ids and decisions: what the form shows is not among them.
        for (String path : List.of(base + "/variables", base + "/localVariables",
                "/engine-rest/task?processInstanceId=" + green.getId() + "&withTaskVariablesInReturn=true",
                "/engine-rest/variable-instance?processInstanceIdIn=" + green.getId())) {
            Http.Response response = http.get(path, "pboc-clerk");
            assertThat(response.status()).as(path).isEqualTo(200);
            assertNoInternalOpinion(response.body());
            assertThat(response.body()).as(path).doesNotContain(REFORM_SHARED).doesNotContain("requestedLoan");
        }
        // Each read of the task's variables is audited; the variable-instance list holds no task's variables (and no
        // financing data), so it is not.
        assertThat(audited()).isEqualTo(before + 4);
        assertThat(audit.findByProjectIdOrderByReadAtAscIdAsc(projectId).subList(before, before + 4))
                .allSatisfy(r -> assertThat(r.reader()).isEqualTo("pboc-clerk"))
                .extracting(r -> r.source().substring(r.source().lastIndexOf('：') + 1))
                .containsExactly("GetTaskFormVariablesCmd", "GetTaskVariablesCmd", "GetTaskVariablesCmd", "GetTaskVariablesCmd");
        assertThat(http.get("/engine-rest/process-instance/" + green.getId() + "/variables", "pboc-clerk").status())
                .isIn(403, 404);
        assertThat(http.get("/engine-rest/history/variable-instance?processInstanceId=" + green.getId(), "pboc-clerk")
                .body()).doesNotContain(ECOLOGY_GREEN_INTERNAL);
    }

    // ---- The project view ----

    @Test
    void theProjectViewShowsBanksAndFinsupTheSharedOpinionsOnlyAndAuditsThemAll() {
        int before = audited();
        JsonNode bank = http.get("/api/library-projects/" + projectId, "cdb-clerk").json();
        assertNoInternalOpinion(bank.toString());
        assertThat(texts(bank.get("opinions"), "comment")).contains(REFORM_SHARED, FINANCE_SHARED, "同意纳入省绿色金融项目库")
                .doesNotContain(ECOLOGY_POLLUTION_INTERNAL, ECOLOGY_GREEN_INTERNAL);
        assertThat(bank.get("opinions")).allSatisfy(o -> assertThat(o.get("agency").asText().equals("finsup")
                || o.get("sharedWithBanks").asBoolean()).isTrue());
        assertThat(texts(bank.get("intakes"), "caseNo")).containsExactly(pollution.getBusinessKey(), green.getBusinessKey());
        assertThat(bank.get("intakes").get(1).get("requestedAmount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(audited()).isEqualTo(before + 1);
        assertThat(lastRead().reader()).isEqualTo("cdb-clerk");
        assertThat(lastRead().readVia()).isEqualTo("REST");
        assertThat(lastRead().source()).isEqualTo("GET /api/library-projects/" + projectId);

        JsonNode finsup = http.get("/api/library-projects/" + projectId, "finsup-clerk").json();
        assertNoInternalOpinion(finsup.toString());
        assertThat(finsup.toString()).contains(REFORM_SHARED);
        assertThat(audited()).as("finsup reads financing data too: audited like a bank").isEqualTo(before + 2);
        assertThat(lastRead().reader()).isEqualTo("finsup-clerk");
        assertThat(lastRead().agency()).isEqualTo("finsup");

        JsonNode ecology = http.get("/api/library-projects/" + projectId, "ecology-clerk").json();
        assertThat(texts(ecology.get("opinions"), "comment")).contains(ECOLOGY_POLLUTION_INTERNAL, ECOLOGY_GREEN_INTERNAL, REFORM_SHARED);
        assertThat(audited()).as("the environmental agencies' reads are not audited").isEqualTo(before + 2);
    }

    @Test
    void theProjectViewIsForTheAgenciesConcernedOnly() {
        String path = "/api/library-projects/" + projectId;
        assertThat(http.get(path, null).status()).isEqualTo(401);
        for (String user : List.of("ecology-clerk", "finance-clerk", "reform-clerk", "finsup-clerk", "pboc-clerk",
                "cbirc-clerk", "cdb-clerk", "manager")) {
            assertThat(http.get(path, user).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("science-clerk", "commerce-clerk", "weihai-clerk", "park-applicant")) {
            assertThat(http.get(path, user).status()).as(user).isEqualTo(404);
        }
        assertThat(http.get("/api/library-projects/999999999", "ecology-clerk").status()).isEqualTo(404);
        Http.Response bad = http.get("/api/library-projects/abc", "ecology-clerk");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("projectId");

        // A project only in the pollution-prevention library is none of the banks' business.
        ProcessInstance reserve = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(driver.park(ParkStatus.NAMED)));
        long reserveId = driver.project(reserve).getId();
        assertThat(http.get("/api/library-projects/" + reserveId, "cdb-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/library-projects/" + reserveId, "reform-clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/library-projects/" + reserveId, "finance-clerk").status()).isEqualTo(200);
    }

    // ---- The library lists ----

    @Test
    void eachLibraryListIsForTheAgenciesConcernedWithIt() {
        String pollutionList = "/api/libraries/pollution-prevention/projects";
        String greenList = "/api/libraries/green-finance/projects";
        assertThat(http.get(pollutionList, null).status()).isEqualTo(401);
        assertThat(http.get(greenList, null).status()).isEqualTo(401);
        for (String user : List.of("ecology-clerk", "finance-clerk", "manager")) {
            assertThat(http.get(pollutionList, user).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("reform-clerk", "finsup-clerk", "pboc-clerk", "cbirc-clerk", "cdb-clerk", "science-clerk",
                "weihai-clerk", "park-applicant")) {
            assertThat(http.get(pollutionList, user).status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("ecology-clerk", "reform-clerk", "finsup-clerk", "pboc-clerk", "cbirc-clerk", "cdb-clerk", "manager")) {
            assertThat(http.get(greenList + "?size=1", user).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("finance-clerk", "science-clerk", "commerce-clerk", "jinan-clerk", "park-applicant")) {
            assertThat(http.get(greenList, user).status()).as(user).isEqualTo(403);
        }
        assertThat(http.get("/api/libraries/carbon/projects", "ecology-clerk").status()).isEqualTo(404);
    }

    @Test
    void aLibraryListsItsAdmittedProjectsByPriorityOnePageAtATime() {
        ProcessInstance refused = driver.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(driver.park(ParkStatus.NONE)));
        JsonNode all = http.get("/api/libraries/pollution-prevention/projects?size=100", "ecology-clerk").json();
        assertThat(all.get("libraryName").asText()).isEqualTo("污染防治项目库");
        List<JsonNode> entries = list(all.get("projects"));
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.get("status").asText()).startsWith("ADMITTED_"));
        assertThat(texts(all.get("projects"), "caseNo")).contains(pollution.getBusinessKey()).doesNotContain(refused.getBusinessKey());
        List<Integer> ranks = entries.stream().map(e -> Priority.valueOf(e.get("priority").asText()).ordinal()).toList();
        assertThat(ranks).isSorted();
        JsonNode mine = entries.stream().filter(e -> e.get("caseNo").asText().equals(pollution.getBusinessKey())).findFirst().orElseThrow();
        assertThat(mine.get("statusName").asText()).isEqualTo("已入库，暂未安排资金");
        assertThat(mine.get("priorityName").asText()).isEqualTo("一般支持");
        assertThat(mine.get("cityName").asText()).isEqualTo("威海市");

        long total = all.get("totalElements").asLong();
        assertThat(total).isEqualTo(entries.size());
        JsonNode first = http.get("/api/libraries/pollution-prevention/projects?page=0&size=1", "finance-clerk").json();
        JsonNode second = http.get("/api/libraries/pollution-prevention/projects?page=1&size=1", "finance-clerk").json();
        assertThat(first.get("totalPages").asLong()).isEqualTo(total);
        assertThat(first.get("projects")).hasSize(1);
        assertThat(first.get("projects").get(0).get("caseNo").asText()).isEqualTo(entries.get(0).get("caseNo").asText());
        if (total > 1) {
            assertThat(second.get("projects").get(0).get("caseNo").asText()).isEqualTo(entries.get(1).get("caseNo").asText());
        }
        assertThat(http.get("/api/libraries/pollution-prevention/projects?page=" + total + "&size=1", "ecology-clerk")
                .json().get("projects")).isEmpty();

        Http.Response badPage = http.get("/api/libraries/pollution-prevention/projects?page=-1", "ecology-clerk");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("field").asText()).isEqualTo("page");
        Http.Response badSize = http.get("/api/libraries/green-finance/projects?size=101", "ecology-clerk");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("field").asText()).isEqualTo("size");
    }

    @Test
    void aBankReadingTheGreenListIsAuditedForEveryProjectOnThePage() {
        JsonNode page = http.get("/api/libraries/green-finance/projects?size=100", "cbirc-clerk").json();
        JsonNode mine = list(page.get("projects")).stream().filter(e -> e.get("projectId").asLong() == projectId)
                .findFirst().orElseThrow();
        assertThat(mine.get("statusName").asText()).isEqualTo("已入库，银行跟进中");
        assertThat(texts(mine.get("preferences"))).contains("期限延长");
        assertThat(mine.get("requestedAmount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(lastRead().reader()).isEqualTo("cbirc-clerk");
        assertThat(lastRead().source()).isEqualTo("GET /api/libraries/green-finance/projects?page=0&size=100");
        long audited = list(page.get("projects")).stream().count();
        assertThat(audit.findAll()).filteredOn(r -> r.reader().equals("cbirc-clerk")
                && r.source().equals("GET /api/libraries/green-finance/projects?page=0&size=100")).hasSize((int) audited);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText(null)));
        return texts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
