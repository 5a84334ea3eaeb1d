package cn.ecopark.flow.security;

import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryDriver;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The attacks of issue 9 on forms, variables, tasks and the audit, replayed as the demo users over the engine REST
 * API. Each asserts the refusal and that nothing changed: variables, route, records, audit rows.
 */
@EcoparkSpringTest
class FormContractAttackTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    LibraryDriver library;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    // ---- Forged decisions ----

    @Test
    void scienceCannotTurnCommercesDisagreementIntoAnAgreement() {
        String caseNo = cases.submit(http).caseNo();
        cases.cityPasses(caseNo);
        cases.complete("ecology-clerk", caseNo, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "生态环境厅同意"));
        cases.complete("commerce-clerk", caseNo, "commerceJointReview", Map.of("decision", "DISAGREE", "basis", "产业结构不符合要求"));
        Task science = cases.task(caseNo, "scienceJointReview");
        assertThat(http.post("/engine-rest/task/" + science.getId() + "/claim", "science-clerk",
                Http.json(Map.of("userId", "science-clerk"))).status()).isEqualTo(204);
        String forged = Http.json(Map.of("value", "AGREE", "type", "String"));

        assertRefused(http.put("/engine-rest/task/" + science.getId() + "/variables/commerceJointReviewDecision", "science-clerk", forged), 403);
        assertRefused(http.post("/engine-rest/task/" + science.getId() + "/variables", "science-clerk",
                Http.json(Map.of("modifications", Map.of("commerceJointReviewDecision", Map.of("value", "AGREE"))))), 403);
        assertRefused(http.post("/engine-rest/task/" + science.getId() + "/localVariables", "science-clerk",
                Http.json(Map.of("modifications", Map.of("commerceJointReviewDecision", Map.of("value", "AGREE"))))), 403);
        assertRefused(http.post("/engine-rest/process-instance/" + science.getProcessInstanceId() + "/variables", "science-clerk",
                Http.json(Map.of("modifications", Map.of("commerceJointReviewDecision", Map.of("value", "AGREE"))))), 403);
        assertRefused(http.delete("/engine-rest/task/" + science.getId() + "/variables/commerceJointReviewDecision", "science-clerk"), 403);
        Http.Response extra = http.post("/engine-rest/task/" + science.getId() + "/complete", "science-clerk",
                variables(Map.of("decision", "AGREE", "basis", "科技厅同意", "commerceJointReviewDecision", "AGREE")));
        assertRefused(extra, 400);
        assertThat(extra.json().path("message").asText()).startsWith("commerceJointReviewDecision：");

        // The Java API is held to the same rules as engine-rest.
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.setVariable(science.getId(), "commerceJointReviewDecision", "AGREE")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.as("science-clerk", () -> runtimeService.setVariable(science.getProcessInstanceId(), "commerceJointReviewDecision", "AGREE")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.as("science-clerk", () -> taskService.complete(science.getId(),
                Map.of("decision", "AGREE", "basis", "科技厅同意", "commerceJointReviewDecision", "AGREE"))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("commerceJointReviewDecision：");

        assertThat(runtimeService.getVariable(science.getProcessInstanceId(), "commerceJointReviewDecision")).isEqualTo("DISAGREE");
        assertThat(taskService.createTaskQuery().taskId(science.getId()).count()).isOne();
        assertThat(approvalRecords(caseNo, "scienceJointReview")).isZero();

        assertThat(http.post("/engine-rest/task/" + science.getId() + "/complete", "science-clerk",
                variables(Map.of("decision", "AGREE", "basis", "科技厅同意"))).status()).isEqualTo(204);
        assertThat(cases.task(caseNo, "resolveJointDisagreement")).as("the disagreement still goes to 联审分歧处理").isNotNull();
        assertThat(cases.task(caseNo, "confirmNaming")).isNull();
    }

    @Test
    void reformCannotCompleteItsRecommendationWithEcologysDecision() {
        ProcessInstance green = greenFinanceCase();
        library.opinion("ecology-clerk", green, "ecologyRecommendation", "DISAGREE", "减排效益不足", false);
        Task reform = library.task(green, "reformRecommendation");
        http.post("/engine-rest/task/" + reform.getId() + "/claim", "reform-clerk", Http.json(Map.of("userId", "reform-clerk")));

        Http.Response forged = http.post("/engine-rest/task/" + reform.getId() + "/complete", "reform-clerk", variables(Map.of(
                "decision", "AGREE", "comment", "同意", "basis", "已备案", "shareWithBanks", true, "ecologyRecommendationDecision", "AGREE")));
        assertRefused(forged, 400);
        assertThat(forged.json().path("message").asText()).startsWith("ecologyRecommendationDecision：");
        Http.Response viaForm = http.post("/engine-rest/task/" + reform.getId() + "/submit-form", "reform-clerk", variables(Map.of(
                "decision", "AGREE", "comment", "同意", "ecologyRecommendationDecision", "AGREE")));
        assertRefused(viaForm, 400);

        assertThat(runtimeService.getVariable(green.getId(), "ecologyRecommendationDecision")).isEqualTo("DISAGREE");
        assertThat(taskService.createTaskQuery().taskId(reform.getId()).count()).isOne();
        assertThat(approvalRecords(green.getBusinessKey(), "reformRecommendation")).isZero();
    }

    @Test
    void fieldsAFormOnlyShowsNeverReachTheCase() {
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        Object shownName = formService.getTaskFormVariables(city.getId()).get("parkName");
        http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk", Http.json(Map.of("userId", "weihai-clerk")));

        // Tasklist may send the disabled fields back; a changed one is dropped, not stored.
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", "PASS");
        form.put("comment", "材料齐全");
        form.put("parkName", "篡改后的园区名称");
        form.put("cityName", "济南市");
        form.put("applicationNo", "STGY-2000-0001");
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/submit-form", "weihai-clerk", variables(form)).status()).isEqualTo(204);

        String processInstanceId = city.getProcessInstanceId();
        assertThat(runtimeService.getVariable(processInstanceId, "cityName")).isEqualTo("威海市");
        assertThat(runtimeService.getVariable(processInstanceId, "caseNo")).isEqualTo(caseNo);
        assertThat(runtimeService.getVariable(processInstanceId, "parkName")).isNull();
        assertThat(jdbc.sql("SELECT park_name FROM park_application WHERE application_no = ?").param(caseNo).query(String.class).single())
                .isEqualTo(shownName);
        assertThat(cases.task(caseNo, "ecologyJointReview")).isNotNull();
    }

    // ---- Falsified audit ----

    @Test
    void aBankCannotRenameItsCaseAndTheAuditNamesTheRealOne() {
        ProcessInstance green = greenFinanceCase();
        library.recommend(green);
        library.admit(green);
        Task pboc = library.task(green, "pbocFollowUp");
        long projectId = library.project(green).getId();
        http.post("/engine-rest/task/" + pboc.getId() + "/claim", "pboc-clerk", Http.json(Map.of("userId", "pboc-clerk")));

        assertRefused(http.put("/engine-rest/task/" + pboc.getId() + "/variables/caseNo", "pboc-clerk",
                Http.json(Map.of("value", "STGY-2026-0001", "type", "String"))), 403);
        assertRefused(http.post("/engine-rest/task/" + pboc.getId() + "/variables", "pboc-clerk",
                Http.json(Map.of("modifications", Map.of("projectId", Map.of("value", 1, "type", "Long"))))), 403);
        Http.Response extra = http.post("/engine-rest/task/" + pboc.getId() + "/complete", "pboc-clerk",
                variables(Map.of("decision", "SUPPORT", "amount", 1000, "ratePct", 3.2, "projectId", 1)));
        assertRefused(extra, 400);
        assertThat(extra.json().path("message").asText()).startsWith("projectId：");
        assertThat(runtimeService.getVariable(green.getId(), "caseNo")).isEqualTo(green.getBusinessKey());
        assertThat(((Number) runtimeService.getVariable(green.getId(), "projectId")).longValue()).isEqualTo(projectId);

        // Even were the variables overwritten (here by the system itself), the audit takes the case from the intake.
        runtimeService.setVariable(green.getId(), "caseNo", "LSJR-2000-9999");
        runtimeService.setVariable(green.getId(), "projectId", projectId + 1000);
        int before = auditRows(green.getBusinessKey());
        assertThat(http.get("/engine-rest/task/" + pboc.getId() + "/variables", "pboc-clerk").status()).isEqualTo(200);
        assertThat(auditRows(green.getBusinessKey())).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT project_id FROM financing_data_read WHERE case_no = ? ORDER BY id DESC").param(green.getBusinessKey())
                .query(Long.class).list().get(0)).isEqualTo(projectId);
        assertThat(auditRows("LSJR-2000-9999")).isZero();
        runtimeService.setVariable(green.getId(), "caseNo", green.getBusinessKey());
        runtimeService.setVariable(green.getId(), "projectId", projectId);

        // caseNo is a field the bank's form shows: sent back changed, it is dropped and the completion goes through.
        assertThat(http.post("/engine-rest/task/" + pboc.getId() + "/complete", "pboc-clerk",
                variables(Map.of("decision", "SUPPORT", "amount", 1000, "ratePct", 3.2, "caseNo", "STGY-2026-0001"))).status())
                .isEqualTo(204);
        assertThat(runtimeService.getVariable(green.getId(), "caseNo")).isEqualTo(green.getBusinessKey());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM library_intake WHERE case_no = ?").param(green.getBusinessKey())
                .query(Integer.class).single()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pboc-clerk", "cbirc-clerk", "cdb-clerk", "finsup-clerk"})
    void theFinancialSideCannotLearnFiguresByFilteringOnValues(String user) {
        ProcessInstance green = greenFinanceCase();
        int before = auditRowsTotal();
        String lt = Http.json(Map.of("taskVariables", java.util.List.of(Map.of("name", "requestedLoan", "operator", "lt", "value", 5000))));
        assertRefused(http.post("/engine-rest/task", user, lt), 403);
        assertRefused(http.post("/engine-rest/task/count", user, lt), 403);
        assertRefused(http.get("/engine-rest/task?taskVariables=requestedLoan_lt_5000", user), 403);
        assertRefused(http.post("/engine-rest/task", user, Http.json(Map.of("orQueries", java.util.List.of(Map.of(
                "processVariables", java.util.List.of(Map.of("name", "caseNo", "operator", "like", "value", "LSJR%"))))))), 403);
        assertRefused(http.post("/engine-rest/task", user, Http.json(Map.of("sorting", java.util.List.of(Map.of("sortBy", "taskVariable",
                "sortOrder", "asc", "parameters", Map.of("variable", "requestedLoan", "type", "Double")))))), 403);
        assertRefused(http.get("/engine-rest/variable-instance?variableValues=requestedLoan_gt_1000", user), 403);
        assertRefused(http.post("/engine-rest/variable-instance", user, Http.json(Map.of("variableValues",
                java.util.List.of(Map.of("name", "requestedLoan", "operator", "gteq", "value", 0))))), 403);
        assertRefused(http.get("/engine-rest/history/variable-instance?variableName=requestedLoan&variableValue=3000", user), 403);
        assertRefused(http.get("/engine-rest/process-instance?variables=requestedLoan_gt_0", user), 403);
        assertRefused(http.post("/engine-rest/history/task", user, Http.json(Map.of("taskVariables",
                java.util.List.of(Map.of("name", "requestedLoan", "operator", "eq", "value", 3000))))), 403);
        assertThat(auditRowsTotal()).isEqualTo(before);
        // Their ordinary task list still answers.
        assertThat(http.get("/engine-rest/task", user).status()).isEqualTo(200);
        assertThat(green.getBusinessKey()).startsWith("LSJR-");
    }

    // ---- Identity ----

    @Test
    void anApplicantCannotFileACaseInAnotherAccountsName() {
        Map<String, Object> form = ParkCases.application("weihai", "冒名园区" + System.nanoTime());
        long casesBefore = casesTotal();
        Map<String, Object> asAdmin = new LinkedHashMap<>(form);
        asAdmin.put("applicant", "admin");

        Http.Response start = http.post("/engine-rest/process-definition/key/park-application/start", "park-applicant", variables(asAdmin));
        assertRefused(start, 400);
        assertThat(start.json().path("message").asText()).startsWith("applicant：");
        assertRefused(http.post("/engine-rest/process-definition/key/park-application/submit-form", "park-applicant", variables(asAdmin)), 400);
        Map<String, Object> withCaseNo = new LinkedHashMap<>(form);
        withCaseNo.put("caseNo", "STGY-2026-0001");
        assertRefused(http.post("/engine-rest/process-definition/key/park-application/start", "park-applicant", variables(withCaseNo)), 400);
        assertThat(casesTotal()).isEqualTo(casesBefore);

        assertThat(http.post("/engine-rest/process-definition/key/park-application/submit-form", "park-applicant", variables(form)).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT applicant FROM park_application WHERE park_name = ?").param(form.get("parkName")).query(String.class).single())
                .isEqualTo("park-applicant");
    }

    @Test
    void aClerkCannotMoveOrDeleteAStatutoryDueDateNorRenameTheTask() {
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        Date due = city.getDueDate();
        assertThat(due).isNotNull();
        http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk", Http.json(Map.of("userId", "weihai-clerk")));

        Map<String, Object> update = new LinkedHashMap<>();
        update.put("name", city.getName());
        update.put("due", null);
        update.put("priority", city.getPriority());
        assertRefused(http.put("/engine-rest/task/" + city.getId(), "weihai-clerk", Http.json(update)), 403);
        update.put("due", "2099-01-01T00:00:00.000+0800");
        assertRefused(http.put("/engine-rest/task/" + city.getId(), "weihai-clerk", Http.json(update)), 403);
        assertRefused(http.put("/engine-rest/task/" + city.getId(), "weihai-clerk",
                Http.json(Map.of("name", "改过的名称", "priority", 100, "owner", "weihai-clerk"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/identity-links", "weihai-clerk",
                Http.json(Map.of("groupId", "city-jinan", "type", "candidate"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/delegate", "weihai-clerk", Http.json(Map.of("userId", "jinan-clerk"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/bpmnError", "weihai-clerk", Http.json(Map.of("errorCode", "x"))), 403);

        Task after = taskService.createTaskQuery().taskId(city.getId()).singleResult();
        assertThat(after.getDueDate()).isEqualTo(due);
        assertThat(after.getName()).isEqualTo(city.getName());
        assertThat(after.getPriority()).isEqualTo(city.getPriority());
        assertThat(after.getOwner()).isNull();
        assertThat(taskService.getIdentityLinksForTask(city.getId())).noneMatch(link -> "city-jinan".equals(link.getGroupId()));
    }

    @Test
    void onlyTheClerkWhoClaimedATaskCompletesIt() {
        colleague("weihai-colleague", "city-weihai");
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-colleague",
                Http.json(Map.of("userId", "weihai-colleague"))).status()).isEqualTo(204);

        Http.Response complete = http.post("/engine-rest/task/" + city.getId() + "/complete", "weihai-clerk",
                variables(Map.of("decision", "PASS", "comment", "材料齐全")));
        assertRefused(complete, 403);
        assertThat(complete.json().path("message").asText()).contains("weihai-colleague").contains("认领");
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/submit-form", "weihai-clerk",
                variables(Map.of("decision", "PASS", "comment", "材料齐全"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/assignee", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-clerk"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/unclaim", "weihai-clerk", ""), 403);

        Task after = taskService.createTaskQuery().taskId(city.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getAssignee()).isEqualTo("weihai-colleague");
        assertThat(approvalRecords(caseNo, "cityPreReview")).isZero();
        // The one who claimed it completes it.
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/complete", "weihai-colleague",
                variables(Map.of("decision", "PASS", "comment", "材料齐全"))).status()).isEqualTo(204);
    }

    @Test
    void aTaskGoesOnlyToSomeoneWhoCouldHaveClaimedIt() {
        colleague("weihai-colleague", "city-weihai");
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        // Claiming on the applicant's behalf would let the applicant pass their own review.
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk",
                Http.json(Map.of("userId", "park-applicant"))), 403);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/assignee", "weihai-clerk",
                Http.json(Map.of("userId", "jinan-clerk"))), 403);
        assertThat(taskService.createTaskQuery().taskId(city.getId()).singleResult().getAssignee()).isNull();

        assertThat(http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-clerk"))).status()).isEqualTo(204);
        assertRefused(http.post("/engine-rest/task/" + city.getId() + "/assignee", "weihai-clerk",
                Http.json(Map.of("userId", "park-applicant"))), 403);
        assertThat(taskService.createTaskQuery().taskId(city.getId()).singleResult().getAssignee()).isEqualTo("weihai-clerk");
        // A colleague of the same bureau may take it over from the holder.
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/assignee", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-colleague"))).status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(city.getId()).singleResult().getAssignee()).isEqualTo("weihai-colleague");
    }

    @Test
    void theManagerWritesNoCommentsAndNoAttachmentsAndNorDoesAnotherCity() {
        String caseNo = cases.submit(http).caseNo();
        Task city = cases.task(caseNo, "cityPreReview");
        for (String outsider : new String[]{"manager", "jinan-clerk", "park-applicant"}) {
            // engine-rest answers any engine refusal of a comment or attachment as 400 ("Not enough parameters
            // submitted", "Task id is null"); what counts here is that nothing is stored.
            assertRefused(http.post("/engine-rest/task/" + city.getId() + "/comment/create", outsider,
                    Http.json(Map.of("message", "意见"))), 400, 403, 404);
            assertRefused(multipart("/engine-rest/task/" + city.getId() + "/attachment/create", outsider), 400, 403, 404);
        }
        assertThat(taskService.getTaskComments(city.getId())).isEmpty();
        assertThat(taskService.getTaskAttachments(city.getId())).isEmpty();
        // The city's own clerk may note something on the task it works on (through the engine: engine-rest's comment
        // resource first looks the task up in the history, which clerks may not read).
        actors.as("weihai-clerk", () -> taskService.createComment(city.getId(), null, "已核对申报材料清单"));
        assertThat(taskService.getTaskComments(city.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo("weihai-clerk"));
    }

    // ---- helpers ----

    private ProcessInstance greenFinanceCase() {
        Park park = library.park(ParkStatus.NAMED);
        return library.submit(Library.GREEN_FINANCE, LibraryDriver.greenRequest(LibraryDriver.project(park)));
    }

    private void colleague(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("同事");
            user.setLastName("经办人");
            user.setPassword("demo");
            // A demo colleague, like the seeded demo accounts: the password policy is for real accounts.
            ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
            identityService.createMembership(userId, groupId);
        }
    }

    private int approvalRecords(String caseNo, String step) {
        return jdbc.sql("SELECT COUNT(*) FROM approval_record WHERE case_no = ? AND step_key = ?").param(caseNo).param(step)
                .query(Integer.class).single();
    }

    private int auditRows(String caseNo) {
        return jdbc.sql("SELECT COUNT(*) FROM financing_data_read WHERE case_no = ?").param(caseNo).query(Integer.class).single();
    }

    private int auditRowsTotal() {
        return jdbc.sql("SELECT COUNT(*) FROM financing_data_read").query(Integer.class).single();
    }

    private long casesTotal() {
        return jdbc.sql("SELECT COUNT(*) FROM park_application").query(Long.class).single();
    }

    static String variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("value", value);
            variables.put(name, typed);
        });
        return Http.json(Map.of("variables", variables));
    }

    static void assertRefused(Http.Response response, int... statuses) {
        assertThat(response.status()).as(response.body()).isIn(java.util.Arrays.stream(statuses).boxed().toArray());
    }

    private Http.Response multipart(String path, String user) {
        String boundary = "----ecopark" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n说明.txt\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/plain\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nx\r\n"
                + "--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
