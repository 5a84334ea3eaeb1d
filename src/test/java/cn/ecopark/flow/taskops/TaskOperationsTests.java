package cn.ecopark.flow.taskops;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.parkcreation.ParkCreationDriver;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.CaseFilePages;
import cn.ecopark.flow.support.ParkCases;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11 part A: 退回, 撤回/收回, 转办, 委派, 抄送 on park-application and green-channel, over our REST API. */
@EcoparkSpringTest
class TaskOperationsTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationDriver park;
    @Autowired
    GreenChannelDriver green;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FilterService filterService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ParkCases parkCases;
    @Autowired
    ParkCreationDriver creation;

    Http http;

    @BeforeEach
    void init() {
        // Other classes in the shared context move the engine's clock (e.g. the green channel's fixed Monday).
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        http = new Http(port);
    }

    private String caseNo(ProcessInstance instance) {
        return (String) runtimeService.getVariable(instance.getId(), "caseNo");
    }

    private List<Outcome> outcomes(ProcessInstance instance) {
        return records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()).stream().map(ApprovalRecord::outcome).toList();
    }

    private List<String> openSteps(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    private String status(ProcessInstance instance) {
        return jdbc.sql("SELECT status FROM park_application WHERE process_instance_id = ?").param(instance.getId())
                .query(String.class).single();
    }

    // ---- 退回 ----

    @Test
    void provinceReturnsTheCaseToTheCityWithAReasonTheCitySees() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");
        assertThat(naming).isNotNull();

        Http.Response targets = http.get("/api/tasks/" + naming.getId() + "/operations", "ecology-clerk");
        assertThat(targets.status()).isEqualTo(200);
        assertThat(targets.json().get("returnTargets").findValuesAsText("stepKey"))
                .contains("cityPreReview", "ecologyJointReview", "scienceJointReview", "commerceJointReview");

        Http.Response returned = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "园区面积与规划数据不一致，请市级核实")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("message").asText()).isEqualTo("已退回至「市级初审」");

        assertThat(openSteps(instance)).containsExactly("cityPreReview");
        Task city = park.task(instance, "cityPreReview");
        assertThat(taskService.getVariableLocal(city.getId(), "returnReason")).isEqualTo("园区面积与规划数据不一致，请市级核实");
        assertThat((String) taskService.getVariableLocal(city.getId(), "earlierDecision")).startsWith("通过（weihai-clerk");
        assertThat(status(instance)).isEqualTo("CITY_REVIEW");
        List<ApprovalRecord> all = records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId());
        ApprovalRecord record = all.get(all.size() - 1);
        assertThat(record.outcome()).isEqualTo(Outcome.RETURNED);
        assertThat(record.actor()).isEqualTo("ecology-clerk");
        assertThat(record.agency()).isEqualTo("ecology");
        assertThat(record.comment()).isEqualTo("退回至「市级初审」：园区面积与规划数据不一致，请市级核实");

        // The city sees the reason on its task's operations page, and the case goes on from there.
        Http.Response cityView = http.get("/api/tasks/" + city.getId() + "/operations", "weihai-clerk");
        assertThat(cityView.json().get("returned").get("returnReason").asText()).isEqualTo("园区面积与规划数据不一致，请市级核实");
        park.passCityReview(instance);
        assertThat(openSteps(instance)).containsExactly("commerceJointReview", "ecologyJointReview", "scienceJointReview");
    }

    @Test
    void returningOneAgencysOpinionKeepsTheOthersOpinions() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");

        Http.Response returned = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "scienceJointReview", "reason", "科技厅意见未说明绿色技术指标的核算口径")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(openSteps(instance)).containsExactly("scienceJointReview");

        park.opinion("science-clerk", instance, "scienceJointReview", "AGREE", "已补充核算口径，指标达标", null);
        // Ecology's and commerce's opinions stood at the join: the case is back at the naming step without them redoing.
        assertThat(openSteps(instance)).containsExactly("confirmNaming");
        assertThat(records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()).stream()
                .filter(r -> r.stepKey().equals("commerceJointReview")).count()).isEqualTo(1);
    }

    @Test
    void oneAgencyCannotSendTheWholeCaseBackWhileOthersStillReview() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        Task science = park.task(instance, "scienceJointReview");
        actors.as("science-clerk", () -> taskService.claim(science.getId(), "science-clerk"));

        Http.Response refused = http.post("/api/tasks/" + science.getId() + "/return", "science-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "请市级核实")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("其他环节正在并行办理");
        assertThat(openSteps(instance)).containsExactly("commerceJointReview", "ecologyJointReview", "scienceJointReview");
        assertThat(outcomes(instance)).doesNotContain(Outcome.RETURNED);
    }

    @Test
    void anotherAgencyCannotReturnATaskItDoesNotHold() {
        ProcessInstance instance = park.submitGood();
        Task city = park.task(instance, "cityPreReview");
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");

        Http.Response attack = http.post("/api/tasks/" + naming.getId() + "/return", "commerce-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "越权退回")));
        assertThat(attack.status()).isEqualTo(404);
        Http.Response notEarlier = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "recordDisbursement", "reason", "不存在的环节")));
        assertThat(notEarlier.status()).isEqualTo(409);
        Http.Response noReason = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(openSteps(instance)).containsExactly("confirmNaming");
        assertThat(outcomes(instance)).doesNotContain(Outcome.RETURNED);
        assertThat(city).isNotNull();
    }

    @Test
    void theApprovalSheetAndTheApplicantLookupShowTheReturnInOrder() {
        ParkCases.Submitted submitted = parkCases.submit(http);
        parkCases.cityPasses(submitted.caseNo());
        Task science = parkCases.task(submitted.caseNo(), "scienceJointReview");
        parkCases.jointReviewAgrees(submitted.caseNo(), "依据");
        Task naming = parkCases.task(submitted.caseNo(), "confirmNaming");
        assertThat(http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "园区四至范围需市级复核"))).status()).isEqualTo(200);
        assertThat(science).isNotNull();

        String sheet = CaseFilePages.approvalSheet(http, submitted.caseNo());
        assertThat(sheet).contains("退回至「市级初审」：园区四至范围需市级复核");
        assertThat(sheet.indexOf("省商务厅联合审查")).isLessThan(sheet.indexOf("退回至「市级初审」"));

        Http.Response lookup = http.post("/public/api/progress", null, json(Map.of("caseNo", submitted.caseNo(), "code", submitted.code())));
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.json().get("notices").findValuesAsText("what")).containsExactly("「确认命名建议」退回至「市级初审」重新办理");
        assertThat(lookup.body()).doesNotContain("园区四至范围需市级复核");
        assertThat(lookup.json().get("pending").get(0).get("stepName").asText()).isEqualTo("市级初审");
    }

    @Test
    void anApplicantCannotReturnOrCopyTheirOwnTaskAndAnotherAgencysManagerCannotTransfer() {
        ProcessInstance instance = park.submitGood();
        Task city = park.task(instance, "cityPreReview");
        Http.Response foreignManager = http.post("/api/tasks/" + city.getId() + "/transfer", "ecology-manager",
                json(Map.of("userId", "ecology-manager")));
        assertThat(foreignManager.status()).isEqualTo(404);
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isNull();

        park.decide("weihai-clerk", instance, "cityPreReview", "RETURN_FOR_CORRECTION", "请补充园区规划环评审查意见");
        Task correction = park.task(instance, "correctApplication");
        assertThat(correction.getAssignee()).isEqualTo("park-applicant");
        Http.Response back = http.post("/api/tasks/" + correction.getId() + "/return", "park-applicant",
                json(Map.of("targetStep", "cityPreReview", "reason", "不补了")));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("message").asText()).contains("申报单位的任务，不能退回");
        Http.Response copy = http.post("/api/tasks/" + correction.getId() + "/carbon-copies", "park-applicant",
                json(Map.of("users", List.of("ecology-clerk"))));
        assertThat(copy.status()).isEqualTo(409);
        assertThat(openSteps(instance)).containsExactly("correctApplication");
        assertThat(outcomes(instance)).containsExactly(Outcome.RETURN_FOR_CORRECTION);

        Http.Response caseOps = http.get("/api/cases/" + caseNo(instance) + "/operations", "park-applicant");
        assertThat(caseOps.json().get("mayWithdraw").asBoolean()).isTrue();
        assertThat(http.get("/api/cases/" + caseNo(instance) + "/operations", "other-applicant").status()).isEqualTo(404);
    }

    @Test
    void aStaleSubmitOnAReturnedTaskSaysItWasReturned() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");
        actors.as("ecology-clerk", () -> taskService.claim(naming.getId(), "ecology-clerk"));
        assertThat(http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "请市级复核"))).status()).isEqualTo(200);

        Http.Response stale = http.post("/engine-rest/task/" + naming.getId() + "/complete", "ecology-clerk",
                json(Map.of("variables", Map.of("decision", Map.of("value", "RECOMMEND")))));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("退回");
    }

    @Test
    void theSameReturnWorksOnParkCreation() {
        ProcessInstance instance = creation.submit(ParkCreationDriver.goodCreation());
        creation.expertsPass(instance);
        creation.jointReviewAgrees(instance);
        Task approval = creation.task(instance, "approveToBuild");
        assertThat(approval).isNotNull();

        Http.Response returned = http.post("/api/tasks/" + approval.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "commerceJointReview", "reason", "商务厅意见未写明产业链招商依据")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(openSteps(instance)).containsExactly("commerceJointReview");
        creation.complete("commerce-clerk", instance, "commerceJointReview", Map.of("decision", "AGREE", "basis", "已补充招商依据"));
        assertThat(openSteps(instance)).containsExactly("approveToBuild");
    }

    @Test
    void aSuspendedCaseIsNeitherReturnedNorReassigned() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");
        Http.Response suspended = http.post("/api/cases/" + caseNo(instance) + "/suspension", "ecology-clerk",
                json(Map.of("reason", "园区涉嫌环境违法，待调查结论")));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);

        Http.Response back = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk",
                json(Map.of("targetStep", "cityPreReview", "reason", "请市级复核")));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("message").asText()).contains("案件已中止办理");
        Http.Response moved = http.post("/api/tasks/" + naming.getId() + "/transfer", "ecology-clerk",
                json(Map.of("userId", "ecology-manager")));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(openSteps(instance)).containsExactly("confirmNaming");
        assertThat(park.task(instance, "confirmNaming").getAssignee()).isNull();
        assertThat(outcomes(instance)).doesNotContain(Outcome.RETURNED, Outcome.TRANSFERRED);
    }

    // ---- 撤回 (applicant) and 收回 (clerk) ----

    @Test
    void applicantWithdrawsAnUndecidedApplication() {
        ProcessInstance instance = park.submitGood();
        String caseNo = caseNo(instance);

        Http.Response stranger = http.post("/api/cases/" + caseNo + "/withdrawal", "other-applicant", json(Map.of("reason", "撤回")));
        assertThat(stranger.status()).isEqualTo(404);
        Http.Response clerk = http.post("/api/cases/" + caseNo + "/withdrawal", "weihai-clerk", json(Map.of("reason", "撤回")));
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        Http.Response withdrawn = http.post("/api/cases/" + caseNo + "/withdrawal", "park-applicant",
                json(Map.of("reason", "创建规划需重新编制")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getDeleteReason()).isEqualTo("申请人撤回：创建规划需重新编制");
        assertThat(status(instance)).isEqualTo("WITHDRAWN");
        assertThat(outcomes(instance)).containsExactly(Outcome.WITHDRAWN);

        Http.Response again = http.post("/api/cases/" + caseNo + "/withdrawal", "park-applicant", json(Map.of("reason", "再次撤回")));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void applicantMayWithdrawWhileACorrectionIsRequested() {
        ProcessInstance instance = park.submitGood();
        park.decide("weihai-clerk", instance, "cityPreReview", "RETURN_FOR_CORRECTION", "请补充园区规划环评审查意见");
        Http.Response withdrawn = http.post("/api/cases/" + caseNo(instance) + "/withdrawal", "park-applicant",
                json(Map.of("reason", "需更改园区名称，撤回后重新申报")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(status(instance)).isEqualTo("WITHDRAWN");
        assertThat(outcomes(instance)).containsExactly(Outcome.RETURN_FOR_CORRECTION, Outcome.WITHDRAWN);
    }

    @Test
    void applicantCannotWithdrawOnceAnAgencyDecided() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        Http.Response refused = http.post("/api/cases/" + caseNo(instance) + "/withdrawal", "park-applicant",
                json(Map.of("reason", "不想申报了")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("「市级初审」已由威海市生态环境局作出办理结论（通过）");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(status(instance)).isEqualTo("JOINT_REVIEW");
        assertThat(outcomes(instance)).doesNotContain(Outcome.WITHDRAWN);
    }

    @Test
    void clerkTakesBackTheStepJustCompletedWhileTheNextIsUntouched() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        String caseNo = caseNo(instance);

        Http.Response other = http.post("/api/cases/" + caseNo + "/take-back", "science-clerk", json(Map.of("reason", "x")));
        assertThat(other.status()).isIn(404, 409);
        assertThat(openSteps(instance)).hasSize(3);

        Http.Response taken = http.post("/api/cases/" + caseNo + "/take-back", "weihai-clerk", json(Map.of("reason", "初审意见写错了")));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(openSteps(instance)).containsExactly("cityPreReview");
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isEqualTo("weihai-clerk");
        assertThat(status(instance)).isEqualTo("CITY_REVIEW");
        assertThat(outcomes(instance)).containsExactly(Outcome.PASS, Outcome.TAKEN_BACK);
    }

    @Test
    void takeBackIsRefusedOnceTheNextStepWasClaimed() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        Task science = park.task(instance, "scienceJointReview");
        actors.as("science-clerk", () -> taskService.claim(science.getId(), "science-clerk"));

        Http.Response refused = http.post("/api/cases/" + caseNo(instance) + "/take-back", "weihai-clerk", json(Map.of()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("已有人认领或处理");
        assertThat(openSteps(instance)).containsExactly("commerceJointReview", "ecologyJointReview", "scienceJointReview");
        assertThat(outcomes(instance)).containsExactly(Outcome.PASS);
    }

    // ---- 转办 and 委派 ----

    @Test
    void transferToAColleagueOfTheSameAgencyOnly() {
        ProcessInstance instance = park.submitGood();
        Task city = park.task(instance, "cityPreReview");
        actors.as("weihai-clerk", () -> taskService.claim(city.getId(), "weihai-clerk"));

        Http.Response otherAgencyUser = http.post("/api/tasks/" + city.getId() + "/transfer", "weihai-clerk",
                json(Map.of("userId", "ecology-clerk")));
        assertThat(otherAgencyUser.status()).isEqualTo(400);
        assertThat(otherAgencyUser.json().get("message").asText()).startsWith("userId：").contains("只能转办给本部门的同事");
        Http.Response otherAgency = http.post("/api/tasks/" + city.getId() + "/transfer", "ecology-clerk",
                json(Map.of("userId", "ecology-clerk")));
        assertThat(otherAgency.status()).isEqualTo(404);
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isEqualTo("weihai-clerk");
        assertThat(outcomes(instance)).isEmpty();

        Http.Response moved = http.post("/api/tasks/" + city.getId() + "/transfer", "weihai-clerk",
                json(Map.of("userId", "weihai-manager", "reason", "本人出差")));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isEqualTo("weihai-manager");
        assertThat(records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(ApprovalRecord::outcome, ApprovalRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.TRANSFERRED, "weihai-clerk"));

        // The former holder may no longer move it; the agency's manager may move any of its tasks.
        Http.Response former = http.post("/api/tasks/" + city.getId() + "/transfer", "weihai-clerk", json(Map.of("userId", "weihai-clerk")));
        assertThat(former.status()).isEqualTo(409);
        Http.Response manager = http.post("/api/tasks/" + city.getId() + "/transfer", "weihai-manager", json(Map.of("userId", "weihai-clerk")));
        assertThat(manager.status()).isEqualTo(200);
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isEqualTo("weihai-clerk");
    }

    @Test
    void delegateWorksOnTheTaskAndItComesBackToTheOwner() {
        ProcessInstance instance = park.submitGood();
        Task city = park.task(instance, "cityPreReview");

        Http.Response delegated = http.post("/api/tasks/" + city.getId() + "/delegate", "weihai-clerk",
                json(Map.of("userId", "weihai-manager", "comment", "请核实园区面积")));
        assertThat(delegated.status()).as(delegated.body()).isEqualTo(200);
        Task held = park.task(instance, "cityPreReview");
        assertThat(held.getAssignee()).isEqualTo("weihai-manager");
        assertThat(held.getOwner()).isEqualTo("weihai-clerk");

        // The delegate cannot decide: completing is refused, and so is delegating onwards to another agency.
        assertThatThrownBy(() -> actors.as("weihai-manager", () -> taskService.complete(held.getId(),
                Map.of("decision", "PASS", "comment", "同意")))).isNotNull();
        Http.Response ownerResolves = http.post("/api/tasks/" + city.getId() + "/resolve", "weihai-clerk", json(Map.of("comment", "x")));
        assertThat(ownerResolves.status()).isEqualTo(409);
        Http.Response stranger = http.post("/api/tasks/" + city.getId() + "/resolve", "ecology-clerk", json(Map.of("comment", "x")));
        assertThat(stranger.status()).isEqualTo(404);

        Http.Response resolved = http.post("/api/tasks/" + city.getId() + "/resolve", "weihai-manager",
                json(Map.of("comment", "已核实，面积与规划一致")));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(park.task(instance, "cityPreReview").getAssignee()).isEqualTo("weihai-clerk");
        assertThat(outcomes(instance)).containsExactly(Outcome.DELEGATED, Outcome.DELEGATION_RESOLVED);
        park.passCityReview(instance);
        assertThat(outcomes(instance)).containsExactly(Outcome.DELEGATED, Outcome.DELEGATION_RESOLVED, Outcome.PASS);
    }

    // ---- 抄送 ----

    @Test
    void carbonCopyReachesAnotherAgencysManagersReadOnly() {
        ProcessInstance instance = park.submitGood();
        String caseNo = caseNo(instance);
        Task city = park.task(instance, "cityPreReview");

        assertThat(http.get("/staff/cases/" + caseNo + "/approval-sheet", "ecology-manager").status()).isEqualTo(404);
        Http.Response notHolder = http.post("/api/tasks/" + city.getId() + "/carbon-copies", "ecology-clerk",
                json(Map.of("groups", List.of("ecology-managers"))));
        assertThat(notHolder.status()).isEqualTo(404);
        Http.Response toApplicant = http.post("/api/tasks/" + city.getId() + "/carbon-copies", "weihai-clerk",
                json(Map.of("users", List.of("other-applicant"))));
        assertThat(toApplicant.status()).isEqualTo(400);
        Http.Response toBank = http.post("/api/tasks/" + city.getId() + "/carbon-copies", "weihai-clerk",
                json(Map.of("groups", List.of("cdb"))));
        assertThat(toBank.status()).isEqualTo(400);
        assertThat(outcomes(instance)).isEmpty();

        Http.Response sent = http.post("/api/tasks/" + city.getId() + "/carbon-copies", "weihai-clerk",
                json(Map.of("groups", List.of("ecology-managers"), "note", "请知悉该园区申报情况")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(outcomes(instance)).containsExactly(Outcome.CARBON_COPIED);

        // In the recipient's "抄送我的" filter, with the case panel and the approval sheet readable, nothing writable.
        String filterId = filterService.createTaskFilterQuery().filterName("抄送我的").singleResult().getId();
        List<Task> copies = actors.as("ecology-manager", () -> filterService.<Task>list(filterId));
        Task copy = copies.stream().filter(t -> caseNo.equals(taskService.getVariableLocal(t.getId(), "caseNo"))).findFirst().orElseThrow();
        assertThat(copy.getName()).startsWith("抄送：");
        assertThat(http.get("/api/tasks/" + copy.getId() + "/case-file", "ecology-manager").json().get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(http.get("/staff/cases/" + caseNo + "/approval-sheet", "ecology-manager").status()).isEqualTo(200);
        assertThat(http.post("/api/tasks/" + city.getId() + "/return", "ecology-manager",
                json(Map.of("targetStep", "cityPreReview", "reason", "x"))).status()).isEqualTo(404);
        assertThat(actors.as("ecology-clerk", () -> filterService.<Task>list(filterId)))
                .noneMatch(t -> t.getId().equals(copy.getId()));

        Http.Response mine = http.get("/api/carbon-copies", "ecology-manager");
        long id = mine.json().get(0).get("id").asLong();
        assertThat(http.post("/api/carbon-copies/" + id + "/read", "ecology-clerk", "{}").status()).isEqualTo(404);
        assertThat(http.post("/api/carbon-copies/" + id + "/read", "ecology-manager", "{}").status()).isEqualTo(200);
        assertThat(taskService.createTaskQuery().taskId(copy.getId()).count()).isZero();
    }

    // ---- green channel ----

    @Test
    void greenChannelReturnWithinOneAgencysReviewLeavesTheOthersAlone() {
        ProcessInstance instance = green.submit("park-applicant", GreenChannelDriver.project(green.park("NAMED")));
        green.accept(instance);
        Task science = green.review(instance, "science");
        List<String> othersBefore = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("agencyReview")
                .list().stream().map(Task::getId).filter(id -> !id.equals(science.getId())).sorted().toList();
        actors.as("science-clerk", () -> {
            taskService.claim(science.getId(), "science-clerk");
            taskService.complete(science.getId(), Map.of("decision", "EXPERT_REVIEW", "comment", "组织专家论证工艺先进性"));
        });
        Task procedure = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("recordSpecialProcedure")
                .singleResult();

        Http.Response otherAgency = http.post("/api/tasks/" + procedure.getId() + "/return", "commerce-clerk",
                json(Map.of("targetStep", "agencyReview", "reason", "越权")));
        assertThat(otherAgency.status()).isEqualTo(404);
        Http.Response returned = http.post("/api/tasks/" + procedure.getId() + "/return", "science-clerk",
                json(Map.of("targetStep", "agencyReview", "reason", "无需专家论证，直接出具意见")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);

        Task again = green.review(instance, "science");
        assertThat(again).isNotNull();
        assertThat(again.getId()).isNotEqualTo(science.getId());
        assertThat(taskService.getVariableLocal(again.getId(), "returnReason")).isEqualTo("无需专家论证，直接出具意见");
        List<String> othersAfter = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("agencyReview")
                .list().stream().map(Task::getId).filter(id -> !id.equals(again.getId())).sorted().toList();
        assertThat(othersAfter).isEqualTo(othersBefore);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("recordSpecialProcedure").count()).isZero();
    }

    @Test
    void greenChannelWithdrawalBeforeAnyOpinionOnlyAndTransferStaysInTheAgency() {
        ProcessInstance decided = green.submit("park-applicant", GreenChannelDriver.project(green.park("NAMED")));
        green.accept(decided);
        Task reform = green.review(decided, "reform");
        actors.as("reform-clerk", () -> {
            taskService.claim(reform.getId(), "reform-clerk");
            taskService.complete(reform.getId(), Map.of("decision", "AGREE", "basis", "符合备案要求"));
        });
        String decidedNo = caseNo(decided);
        Http.Response refused = http.post("/api/cases/" + decidedNo + "/withdrawal", "park-applicant", json(Map.of("reason", "撤回")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(decided.getId()).count()).isEqualTo(1);

        Task science = green.review(decided, "science");
        Http.Response crossAgency = http.post("/api/tasks/" + science.getId() + "/transfer", "science-clerk",
                json(Map.of("userId", "commerce-clerk")));
        assertThat(crossAgency.status()).isEqualTo(400);
        assertThat(green.review(decided, "science").getAssignee()).isNull();

        ProcessInstance fresh = green.submit("park-applicant", GreenChannelDriver.project(green.park("NAMED")));
        green.accept(fresh); // 受理 decides nothing on the project: it may still be withdrawn
        Http.Response withdrawn = http.post("/api/cases/" + caseNo(fresh) + "/withdrawal", "park-applicant",
                json(Map.of("reason", "项目投资方案调整")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM green_channel_project WHERE process_instance_id = ?").param(fresh.getId())
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }
}
