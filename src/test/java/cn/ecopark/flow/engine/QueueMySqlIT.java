package cn.ecopark.flow.engine;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.MySqlTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's SQL on MySQL (MariaDB here) with the production profile (issue 16): the engine indexes exist after
 * start-up and a second application creates none; a page read as ids first, a count from the links alone and the
 * list variables read through the caller's own grants answer as Camunda would, and never with another agency's task;
 * the due-date walk of a queue's pages returns Camunda's rows in Camunda's order on MySQL's NULL ordering and DESC index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "ecopark.demo-users.enabled=true",
        "ecopark.demo-users.password=it-only-password",
        "ecopark.admin.id=it-admin",
        "ecopark.admin.password=it-admin-password"})
@ActiveProfiles("mysql")
class QueueMySqlIT {

    private static final String ECOLOGY = "ecology-clerk:it-only-password";
    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ParkApplicationDriver park;
    @Autowired
    FilterService filterService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void theQueueOnMySql() {
        List<String> indexes = jdbc.sql("SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME LIKE 'ECO_IDX_%'").query(String.class).list();
        List<EngineIndexes.EngineIndex> script = EngineIndexes.script();
        List<String> retired = script.stream().filter(EngineIndexes.EngineIndex::isRetired).map(EngineIndexes.EngineIndex::name).toList();
        assertThat(retired).contains("ECO_IDX_TASK_DUE_DATE");
        assertThat(indexes).containsAll(script.stream().filter(index -> !index.isRetired()).map(EngineIndexes.EngineIndex::name).toList())
                .doesNotContainAnyElementsOf(retired);
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", script)).as("a second start").isEmpty();
        // A database from before the index was retired still has it: the next start drops it, the one after finds nothing to do.
        jdbc.sql("CREATE INDEX ECO_IDX_TASK_DUE_DATE ON ACT_RU_TASK (DUE_DATE_)").update();
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", script)).containsExactly("ECO_IDX_TASK_DUE_DATE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME = 'ECO_IDX_TASK_DUE_DATE'").query(Long.class).single()).isZero();
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", script)).isEmpty();

        Http http = new Http(port);
        ProcessInstance atCity = park.submitGood();
        List<String> ecology = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessInstance atJoint = park.submitGood();
            park.passCityReview(atJoint);
            Task review = park.task(atJoint, "ecologyJointReview");
            // Distinct due dates: the filter's order must decide every place, in the page and in the whole list alike.
            taskService.setDueDate(review.getId(), Date.from(AppClock.now().plus(Duration.ofDays(3 - i))));
            ecology.add(review.getId());
        }
        Task weihai = park.task(atCity, "cityPreReview");

        String queue = "/engine-rest/filter/" + queueFilter();
        List<String> all = ids(http.post(queue + "/list", ECOLOGY, "{}").json());
        List<String> byDueDate = new ArrayList<>(ecology);
        Collections.reverse(byDueDate);
        assertThat(all).isEqualTo(byDueDate).doesNotContain(weihai.getId());
        assertThat(ids(http.post(queue + "/list?firstResult=0&maxResults=2", ECOLOGY, "{}").json())).isEqualTo(all.subList(0, 2));
        assertThat(ids(http.post(queue + "/list?firstResult=1&maxResults=15", ECOLOGY, "{}").json())).isEqualTo(all.subList(1, all.size()));
        assertThat(http.post(queue + "/count", ECOLOGY, "{}").json().get("count").asLong()).isEqualTo(all.size());

        JsonNode hal = http.postHal(queue + "/list?firstResult=0&maxResults=15", ECOLOGY, TASKLIST_BODY).json();
        assertThat(hal.path("count").asLong()).isEqualTo(all.size());
        assertThat(ids(hal.path("_embedded").path("task"))).containsExactlyInAnyOrderElementsOf(all);
        List<String> caseNumbers = new ArrayList<>();
        hal.path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable").forEach(variable -> {
            if (CaseVariables.CASE_NO.equals(variable.path("name").asText())) {
                caseNumbers.add(variable.path("value").asText());
            }
        }));
        assertThat(caseNumbers).as("each task's 编号").hasSize(all.size()).doesNotContain(atCity.getBusinessKey());

        assertThat(ids(http.get("/engine-rest/task?candidateGroup=city-weihai&firstResult=0&maxResults=15", ECOLOGY).json())).isEmpty();
        assertThat(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + atCity.getId(), ECOLOGY).json().size()).isZero();
        assertThat(http.get("/engine-rest/variable-instance/count?variableScopeIdIn=" + atCity.getId(), ECOLOGY).json()
                .get("count").asLong()).isZero();
    }

    /** The due-date walk's pages on MariaDB: NULL due dates, ties, both directions, its own index (QueueWalk). */
    @Test
    void aWalkedQueueHoldsCamundasRowsInCamundasOrderOnMySql() throws Exception {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            assertThat(QueueWalk.readsDescendingIndexes(connection.getMetaData())).as("this MariaDB keeps DESC index parts").isTrue();
        }
        new QueueWalkCheck(processEngine, "queue-walk-it").create().assertPagesAreCamundas();
    }

    private String queueFilter() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            if ("ecology.queue".equals(filter.getProperties().get("ecoparkKey"))) {
                return filter.getId();
            }
        }
        throw new AssertionError("No queue filter for ecology");
    }

    private static List<String> ids(JsonNode tasks) {
        assertThat(tasks.isArray()).as("a list of tasks: " + tasks).isTrue();
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
