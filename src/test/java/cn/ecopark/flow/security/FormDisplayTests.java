package cn.ecopark.flow.security;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a task's form shows of its case ({@code formcontract.TaskDisplay}) is computed when the form is read, for a
 * caller the engine lets read that task, and reaches nobody else: another city, another agency and the applicant get
 * the engine's refusal and nothing of the case. Reading writes nothing (no variable, no history row), and a shown
 * value cannot be written back.
 */
@EcoparkSpringTest
class FormDisplayTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theCitysClerkReadsTheApplicationOnTheFormAndNothingIsWritten() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task city = cases.task(submitted.caseNo(), "cityPreReview");
        List<Long> before = rows(city.getProcessInstanceId());

        JsonNode form = http.get("/engine-rest/task/" + city.getId() + "/form-variables", "weihai-clerk").json();
        assertThat(form.get("parkName").get("value").asText()).isEqualTo(submitted.parkName());
        assertThat(form.get("parkName").get("type").asText()).isEqualTo("String");
        assertThat(form.get("applicationNo").get("value").asText()).isEqualTo(submitted.caseNo());
        assertThat(form.get("areaKm2").get("type").asText()).isEqualTo("Double");
        assertThat(form.get("parkTypeName").get("value").asText()).isNotBlank();
        assertThat(form.get("cityName").get("value").asText()).as("a process variable, as before").isEqualTo("威海市");
        // Only what this form reads: the joint review's summaries are not on the city's form.
        assertThat(form.has("indexSummary")).isFalse();
        assertThat(form.has("opinionsSummary")).isFalse();

        JsonNode asked = http.get("/engine-rest/task/" + city.getId() + "/form-variables?variableNames=parkName,decision",
                "weihai-clerk").json();
        assertThat(asked.get("parkName").get("value").asText()).isEqualTo(submitted.parkName());
        assertThat(asked.has("areaKm2")).as("not asked for").isFalse();

        assertThat(rows(city.getProcessInstanceId())).as("variables, history and details of the case").isEqualTo(before);
        assertThat(variablesNamed(city.getProcessInstanceId(), "parkName")).as("never a variable, runtime or historic").isZero();
    }

    @Test
    void anotherCityAnotherAgencyAndTheApplicantAreRefusedAndLearnNothing() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task city = cases.task(submitted.caseNo(), "cityPreReview");
        List<Long> before = rows(city.getProcessInstanceId());
        for (String user : List.of("jinan-clerk", "science-clerk", "ecology-clerk", "park-applicant", "other-applicant")) {
            Http.Response answer = http.get("/engine-rest/task/" + city.getId() + "/form-variables", user);
            assertThat(answer.status()).as(user).isIn(403, 404);
            assertThat(answer.body()).as(user).doesNotContain(submitted.parkName()).doesNotContain("parkName");
            assertThatThrownBy(() -> actors.as(user, () -> formService.getTaskFormVariables(city.getId())))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
        assertThat(rows(city.getProcessInstanceId())).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(city.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aShownValueCannotBeWrittenBack() {
        ParkCases.Submitted submitted = cases.submit(http);
        Task city = cases.task(submitted.caseNo(), "cityPreReview");
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/claim", "weihai-clerk",
                Http.json(Map.of("userId", "weihai-clerk"))).status()).isEqualTo(204);

        // A value the system shows on some form but this form does not declare: refused, nothing changes.
        Http.Response undeclared = http.post("/engine-rest/task/" + city.getId() + "/submit-form", "weihai-clerk",
                variables(Map.of("decision", "PASS", "comment", "材料齐全", "indexSummary", "指标全部达标")));
        assertThat(undeclared.status()).isEqualTo(400);
        assertThat(undeclared.body()).contains("indexSummary");
        assertThat(cases.task(submitted.caseNo(), "cityPreReview")).isNotNull();

        // Values the form shows (disabled): dropped; the application keeps its own.
        Map<String, Object> echoed = new LinkedHashMap<>(Map.of("decision", "PASS", "comment", "材料齐全"));
        echoed.put("parkName", "篡改后的园区名称");
        echoed.put("areaKm2", 1.0);
        echoed.put("applicationNo", "STGY-2000-0001");
        assertThat(http.post("/engine-rest/task/" + city.getId() + "/submit-form", "weihai-clerk", variables(echoed)).status())
                .isEqualTo(204);
        assertThat(jdbc.sql("SELECT park_name FROM park_application WHERE application_no = ?").param(submitted.caseNo())
                .query(String.class).single()).isEqualTo(submitted.parkName());
        assertThat(variablesNamed(city.getProcessInstanceId(), "parkName")).isZero();
        Task joint = cases.task(submitted.caseNo(), "ecologyJointReview");
        assertThat(formService.getTaskFormVariables(joint.getId()).get("parkName")).isEqualTo(submitted.parkName());
    }

    /** The case's runtime variables, historic variables and historic details. */
    private List<Long> rows(String processInstanceId) {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            counts.add(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ?").param(processInstanceId)
                    .query(Long.class).single());
        }
        return counts;
    }

    /** Runtime variables of that name in the case, and historic ones of a task (the start form's own stay in history). */
    private long variablesNamed(String processInstanceId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = ?")
                .param(processInstanceId).param(name).query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ? AND TASK_ID_ IS NOT NULL")
                .param(processInstanceId).param(name).query(Long.class).single();
    }

    private static String variables(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return Http.json(Map.of("variables", typed));
    }
}
