package cn.ecopark.flow.security;

import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryDriver;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.parkcreation.ParkCreationDriver;
import cn.ecopark.flow.supervision.SupervisionDriver;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what on each workflow's kinds of task, tried over the engine REST API as every kind of user. One open
 * task of each kind, all probed in one pass: completing is tried with an invalid decision, so a permitted completion
 * answers 400 from the form's validation and changes nothing; a permitted claim or variable write is undone.
 */
@EcoparkSpringTest
class AuthorizationMatrixTests {

    /**
     * Letters: L list the task, R read its variables, C claim it, K complete it, S set a variable on it, H read its
     * history; "-" refused. Columns are the tasks below (workflow: task, its candidates). A task assigned to someone
     * cannot be claimed, not even by an administrator (who reassigns instead).
     */
    static final String EXPECTED = """
            user              cityPre  science  correct  ecoEntry finsup   pboc     cdb      gcScience violCommerce    creation selfCheck
            ecology-clerk     ------   ------   ------   LRCK--   ------   ------   ------   ------    ------    LRCK--   ------
            science-clerk     ------   LRCK--   ------   ------   ------   ------   ------   LRCK--    ------    ------   ------
            commerce-clerk    ------   ------   ------   ------   ------   ------   ------   ------    LRCK--    ------   ------
            finance-clerk     ------   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            reform-clerk      ------   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            finsup-clerk      ------   ------   ------   ------   LRCK--   ------   ------   ------    ------    ------   ------
            pboc-clerk        ------   ------   ------   ------   ------   LRCK--   ------   ------    ------    ------   ------
            cbirc-clerk       ------   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            cdb-clerk         ------   ------   ------   ------   ------   ------   LRCK--   ------    ------    ------   ------
            weihai-clerk      LRCK--   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            jinan-clerk       ------   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            park-applicant    ------   ------   LRCK--   ------   ------   ------   ------   ------    ------    ------   LRCK--
            other-applicant   ------   ------   ------   ------   ------   ------   ------   ------    ------    ------   ------
            manager           LR---H   LR---H   LR---H   LR---H   LR---H   LR---H   LR---H   LR---H    LR---H    LR---H   LR---H
            admin             LRCKSH   LRCKSH   LR-KSH   LRCKSH   LRCKSH   LRCKSH   LRCKSH   LRCKSH    LRCKSH    LRCKSH   LR-KSH
            """;

    /** The columns: park-application 市级初审 (city-weihai), 省科技厅联合审查 (science), 补正申报材料 (the applicant's
     * own task); pollution-library 入库审核 (ecology); green-finance 入库审核 (finsup), 人民银行跟进 (pboc), 国开行贷款决策
     * (cdb); green-channel 部门并联审查 of science; violation-handling 商务厅会商意见 (commerce); park-creation 组织专家评审
     * (ecology); biennial-review 提交复查自查报告 (the park's own task). */
    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    LibraryDriver library;
    @Autowired
    GreenChannelDriver greenChannel;
    @Autowired
    SupervisionDriver supervision;
    @Autowired
    ParkCreationDriver creations;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void everyUserMayDoExactlyWhatTheTableSays() {
        Http http = new Http(port);
        Map<String, Task> tasks = openTaskOfEachKind(http);
        List<String> lines = EXPECTED.strip().lines().toList();
        List<String> columns = List.of(lines.get(0).trim().split("\\s+")).subList(1, lines.get(0).trim().split("\\s+").length);
        assertThat(columns).containsExactlyElementsOf(tasks.keySet());

        List<String> unexpected = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            String user = cells[0];
            StringBuilder actualLine = new StringBuilder("%-18s".formatted(user));
            for (int i = 0; i < columns.size(); i++) {
                String actual = probe(http, user, tasks.get(columns.get(i)));
                actualLine.append("%-9s".formatted(actual));
                if (!actual.equals(cells[i + 1])) {
                    unexpected.add(user + " on " + columns.get(i) + ": expected " + cells[i + 1] + ", got " + actual);
                }
            }
            actualTable.append(actualLine.toString().stripTrailing()).append('\n');
        }
        assertThat(unexpected).as("actual table:\n" + actualTable).isEmpty();
    }

    private Map<String, Task> openTaskOfEachKind(Http http) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        String atCity = cases.submit(http).caseNo();
        tasks.put("cityPre", cases.task(atCity, "cityPreReview"));

        String atJointReview = cases.submit(http).caseNo();
        cases.cityPasses(atJointReview);
        tasks.put("science", cases.task(atJointReview, "scienceJointReview"));

        String returned = cases.submit(http).caseNo();
        cases.cityReturns(returned, "缺少规划环评审查意见");
        tasks.put("correct", cases.task(returned, "correctApplication"));

        var park = library.park(ParkStatus.NAMED);
        ProcessInstance pollution = library.submit(Library.POLLUTION_PREVENTION, LibraryDriver.pollutionRequest(park));
        tasks.put("ecoEntry", library.task(pollution, "ecologyEntryReview"));

        ProcessInstance atAdmission = library.submit(Library.GREEN_FINANCE,
                LibraryDriver.greenRequest(LibraryDriver.project(library.park(ParkStatus.NAMED))));
        library.recommend(atAdmission);
        tasks.put("finsup", library.task(atAdmission, "finsupAdmission"));

        ProcessInstance atBanks = library.submit(Library.GREEN_FINANCE,
                LibraryDriver.greenRequest(LibraryDriver.project(library.park(ParkStatus.NAMED))));
        library.recommend(atBanks);
        library.admit(atBanks);
        tasks.put("pboc", library.task(atBanks, "pbocFollowUp"));
        tasks.put("cdb", library.task(atBanks, "cdbFollowUp"));

        ProcessInstance project = greenChannel.submit("park-applicant", GreenChannelDriver.project(greenChannel.park("NAMED")));
        greenChannel.accept(project);
        tasks.put("gcScience", greenChannel.review(project, "science"));

        ProcessInstance violation = supervision.violationCase(supervision.namedPark(LocalDate.of(2025, 3, 1)),
                SupervisionDriver.report("SERIOUS_VIOLATION", "鲁环罚〔2026〕" + System.nanoTime() % 1000 + "号", LocalDate.of(2026, 3, 1)));
        supervision.dueProcess("park-applicant", violation);   // notice and statement come before the agencies' opinions
        tasks.put("violCommerce", taskService.createTaskQuery().processInstanceId(violation.getId())
                .taskDefinitionKey("commerceViolationOpinion").singleResult());
        ProcessInstance creation = creations.submit(ParkCreationDriver.goodCreation());
        tasks.put("creation", creations.task(creation, "expertReview"));

        LocalDate namedOn = LocalDate.now().minusYears(2);
        ProcessInstance review = supervision.startFirstReview(supervision.namedPark(namedOn, "park-applicant"), namedOn);
        tasks.put("selfCheck", taskService.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey("submitSelfCheck").singleResult());
        tasks.forEach((name, task) -> assertThat(task).as(name).isNotNull());
        return tasks;
    }

    /** What the user may do on the task, as letters; every permitted change is undone before the next probe. */
    private String probe(Http http, String user, Task task) {
        String id = task.getId();
        String login = "admin".equals(user) ? "admin:admin" : user;
        StringBuilder can = new StringBuilder();

        JsonNode listed = http.get("/engine-rest/task?taskId=" + id, login).json();
        can.append(listed.isArray() && listed.size() == 1 ? 'L' : '-');

        can.append(http.get("/engine-rest/task/" + id + "/variables", login).status() == 200 ? 'R' : '-');

        String assignee = taskService.createTaskQuery().taskId(id).singleResult().getAssignee();
        boolean claimed = http.post("/engine-rest/task/" + id + "/claim", login, Http.json(Map.of("userId", user))).status() == 204;
        taskService.setAssignee(id, assignee);
        can.append(claimed ? 'C' : '-');

        Http.Response complete = http.post("/engine-rest/task/" + id + "/complete", login,
                Http.json(Map.of("variables", Map.of("decision", Map.of("value", "PROBE")))));
        can.append(complete.status() == 400 ? 'K' : '-');
        assertThat(taskService.createTaskQuery().taskId(id).count()).as("the probe completed " + id).isOne();

        boolean set = http.put("/engine-rest/task/" + id + "/variables/matrixProbe", login,
                Http.json(Map.of("value", "x", "type", "String"))).status() == 204;
        if (set) {
            taskService.removeVariable(id, "matrixProbe");
        }
        can.append(set ? 'S' : '-');

        JsonNode history = http.get("/engine-rest/history/task?taskId=" + id, login).json();
        can.append(history.isArray() && history.size() == 1 ? 'H' : '-');
        return can.toString();
    }
}
