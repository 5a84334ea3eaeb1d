package cn.ecopark.flow.taskops;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static cn.ecopark.flow.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case operations on MySQL (MariaDB here) with the production profile: the carbon_copy table (V29), a return to
 * the city and a copy with Chinese text, a withdrawal, each in the approval record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class TaskOperationsMySqlIT {

    private static final String PASSWORD = ":it-only-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationDriver park;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    JdbcClient jdbc;

    @Test
    void returnCopyAndWithdrawOnMySql() {
        Http http = new Http(port);
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        Task naming = park.task(instance, "confirmNaming");

        Http.Response copied = http.post("/api/tasks/" + naming.getId() + "/carbon-copies", "ecology-clerk" + PASSWORD,
                json(Map.of("groups", List.of("commerce-managers"), "note", "请知悉命名进展")));
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT note FROM carbon_copy WHERE recipient = 'commerce-manager' ORDER BY id DESC")
                .query(String.class).list().get(0)).isEqualTo("请知悉命名进展");

        Http.Response returned = http.post("/api/tasks/" + naming.getId() + "/return", "ecology-clerk" + PASSWORD,
                json(Map.of("targetStep", "cityPreReview", "reason", "园区四至范围需市级复核")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        Task city = park.task(instance, "cityPreReview");
        assertThat(taskService.getVariableLocal(city.getId(), "returnReason")).isEqualTo("园区四至范围需市级复核");
        assertThat(records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId()))
                .extracting(ApprovalRecord::outcome).endsWith(Outcome.CARBON_COPIED, Outcome.RETURNED);

        ProcessInstance fresh = park.submitGood();
        String caseNo = (String) runtimeService.getVariable(fresh.getId(), "caseNo");
        Http.Response withdrawn = http.post("/api/cases/" + caseNo + "/withdrawal", "park-applicant" + PASSWORD,
                json(Map.of("reason", "创建规划需重新编制")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM park_application WHERE process_instance_id = ?").param(fresh.getId())
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }
}
