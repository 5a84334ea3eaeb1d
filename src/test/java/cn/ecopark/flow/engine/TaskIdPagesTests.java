package cn.ecopark.flow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page read as ids first ({@link TaskIdPages}) holds exactly the tasks, in exactly the order, of Camunda's own
 * single statement for the same query (an unpaged {@code list()} keeps Camunda's statement: its slice is the
 * reference), whatever the ordering, condition or page; and the index script applies once, then finds its indexes.
 */
class TaskIdPagesTests {

    static ProcessEngine engine;
    static TaskService tasks;
    static QueueWalkCheck walkCheck;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:id-pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate("create-drop");
        cfg.setJobExecutorActivate(false);
        cfg.setProcessEngineName("id-pages-" + UUID.randomUUID());
        cfg.getProcessEnginePlugins().add(new TaskIdPages());
        cfg.getProcessEnginePlugins().add(new EngineIndexes());
        engine = cfg.buildProcessEngine();
        tasks = engine.getTaskService();
        Instant start = Instant.parse("2026-03-02T01:00:00Z");
        for (int i = 0; i < 40; i++) {
            Task task = tasks.newTask("task-" + i);
            // Distinct values in every ordering used below, so both statements must agree on one order.
            task.setName((i % 2 == 0 ? "审查" : "Review ") + (char) ('a' + (i * 7) % 26) + i);
            task.setDueDate(Date.from(start.plus((i * 13) % 40, ChronoUnit.HOURS)));
            task.setPriority(i * 3 % 41);
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), i % 3 == 0 ? "ecology" : "city-weihai");
            if (i == 9) {
                tasks.addCandidateGroup(task.getId(), "ecology"); // the same group twice: one task, two links
            }
            if (i % 5 == 0) {
                tasks.addCandidateGroup(task.getId(), "science"); // two candidate links: duplicates for the join to fold
                tasks.setAssignee(task.getId(), "ecology-clerk");
            }
        }
        walkCheck = new QueueWalkCheck(engine, "queue-walk").create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void pagesHoldCamundasRowsInCamundasOrder() {
        List<Supplier<TaskQuery>> queries = List.of(
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().orderByDueDate().asc(),
                () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ecology", "science")).orderByDueDate().desc(),
                () -> tasks.createTaskQuery().taskCandidateGroup("city-weihai").orderByTaskName().asc(),
                () -> tasks.createTaskQuery().taskNameLike("Review%").orderByTaskPriority().desc().orderByDueDate().asc(),
                () -> tasks.createTaskQuery().or().taskCandidateGroup("science").taskAssignee("ecology-clerk").endOr()
                        .orderByTaskNameCaseInsensitive().asc(),
                () -> tasks.createTaskQuery().taskInvolvedUser("ecology-clerk").orderByTaskId().asc(),
                () -> tasks.createTaskQuery());
        for (Supplier<TaskQuery> query : queries) {
            List<String> all = ids(query.get().list());
            assertThat(all).as("the reference list").isNotEmpty().doesNotHaveDuplicates();
            for (int first : new int[] {0, 3, all.size() - 2, all.size() + 5}) {
                for (int max : new int[] {1, 5, 15}) {
                    List<String> expected = all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
                    assertThat(ids(query.get().listPage(first, max))).as("page %d+%d", first, max).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aQueueOfCandidateGroupsIsCountedFromTheLinksAloneAndCountsAsCamundaDoes() throws Exception {
        ObjectMapper rest = new ObjectMapper();
        List<Supplier<TaskQuery>> queries = List.of(
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks(),
                () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("ecology", "science")).includeAssignedTasks(),
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology"),
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().taskNameLike("Review%"),
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().dueBefore(new Date()),
                () -> tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().or().taskName("x").endOr());
        List<Boolean> fromLinks = List.of(true, true, false, false, false, false);
        for (int i = 0; i < queries.size(); i++) {
            TaskQuery query = queries.get(i).get();
            assertThat(query.count()).as("count %d", i).isEqualTo(query.list().size());
            TaskQueryImpl configured = (TaskQueryImpl) queries.get(i).get();
            configured.getTenantCheck().setTenantCheckEnabled(false); // no one signed in: no tenant condition
            assertThat(TaskIdPages.IdPagedTaskManager.countsLinksAlone(configured)).as("from the links alone %d", i).isEqualTo(fromLinks.get(i));
        }
        assertThat(tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().count()).as("task 9 once").isEqualTo(14);

        // The stored 待办任务 filter, extended by an empty query as Tasklist's requests extend it.
        Filter queue = engine.getFilterService().newTaskFilter("待办任务")
                .setQuery(tasks.createTaskQuery().taskCandidateGroup("ecology").includeAssignedTasks().orderByDueDate().asc());
        engine.getFilterService().saveFilter(queue);
        TaskQueryImpl stored = engine.getFilterService().getFilter(queue.getId()).getQuery();
        TaskQueryImpl extended = (TaskQueryImpl) stored.extend(tasks.createTaskQuery());
        extended.getTenantCheck().setTenantCheckEnabled(false);
        assertThat(TaskIdPages.IdPagedTaskManager.countsLinksAlone(extended)).isTrue();
        assertThat(engine.getFilterService().count(queue.getId())).isEqualTo(14);
        // ... and by the queries the REST API builds from the bodies of Tasklist's list and of a plain count.
        for (String body : List.of("{}", "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")) {
            TaskQueryDto dto = rest.readValue(body, TaskQueryDto.class);
            dto.setObjectMapper(rest);
            TaskQueryImpl fromRest = (TaskQueryImpl) stored.extend(dto.toQuery(engine));
            fromRest.getTenantCheck().setTenantCheckEnabled(false);
            assertThat(TaskIdPages.IdPagedTaskManager.countsLinksAlone(fromRest)).as(body).isTrue();
            assertThat(engine.getFilterService().count(queue.getId(), dto.toQuery(engine))).as(body).isEqualTo(14);
        }
    }

    @Test
    void aQueueSortedByDueDateIsWalkedAndHoldsCamundasRowsInCamundasOrder() {
        walkCheck.assertPagesAreCamundas();
    }

    @Test
    void everyOtherShapeKeepsCamundasQuery() {
        Map<String, Supplier<TaskQuery>> others = new LinkedHashMap<>();
        others.put("by creation only", () -> queue().orderByTaskCreateTime().desc());
        others.put("by id, then by name", () -> queue().orderByTaskId().asc().orderByTaskName().asc());
        others.put("by id, then by due date", () -> queue().orderByTaskId().asc().orderByDueDate().asc());
        others.put("unassigned by id, another condition", () -> tasks.createTaskQuery().taskCandidateGroup("queue-walk-a").taskNameLike("queue walk 1%"));
        others.put("unassigned asked for as such", () -> tasks.createTaskQuery().taskCandidateGroup("queue-walk-a").taskUnassigned());
        others.put("due date, then oldest first", () -> queue().orderByDueDate().asc().orderByTaskCreateTime().asc());
        others.put("due date, then by name", () -> queue().orderByDueDate().asc().orderByTaskName().asc());
        others.put("due date twice", () -> queue().orderByDueDate().asc().orderByDueDate().asc());
        others.put("due date, creation, id descending", () -> queue().orderByDueDate().asc().orderByTaskCreateTime().desc().orderByTaskId().desc());
        others.put("by a variable", () -> queue().orderByDueDate().asc().orderByProcessVariable("x", ValueType.STRING).asc());
        others.put("another condition", () -> queue().taskNameLike("queue walk 1%").orderByDueDate().asc());
        others.put("due before", () -> queue().dueBefore(new Date()).orderByDueDate().asc());
        others.put("an or-query", () -> queue().or().taskName("x").taskAssignee("y").endOr().orderByDueDate().asc());
        others.put("a candidate user", () -> tasks.createTaskQuery().taskCandidateUser("queue-walk-a").includeAssignedTasks().orderByDueDate().asc());
        others.put("a group like", () -> tasks.createTaskQuery().taskCandidateGroupLike("queue-walk%").includeAssignedTasks().orderByDueDate().asc());
        for (Map.Entry<String, Supplier<TaskQuery>> other : others.entrySet()) {
            TaskQueryImpl query = configured(other.getValue().get(), 0, 15);
            assertThat(walk(query)).as(other.getKey()).isNull();
        }
        assertThat(walk(configured(queue().orderByDueDate().asc(), 0, 15))).as("the queue itself").isNotNull();
        assertThat(walk(configured(queue(), 0, 15))).as("no ordering: Camunda's by id").isNotNull();
        assertThat(walk(configured(tasks.createTaskQuery().taskCandidateGroup("queue-walk-a"), 0, 15)))
                .as("assigned tasks left out (GET /task?candidateGroup)").isNotNull();
        assertThat(walk(configured(queue().orderByDueDate().asc(), 90, 15))).as("a page too deep").isNull();
        assertThat(walk(configured(queue().orderByDueDate().asc(), 0, Integer.MAX_VALUE))).as("everything").isNull();
        TaskQueryImpl tenants = configured(queue().orderByDueDate().asc(), 0, 15);
        tenants.getTenantCheck().setTenantCheckEnabled(true);
        assertThat(walk(tenants)).as("a tenant condition").isNull();
        TaskQueryImpl authorized = configured(queue().orderByDueDate().asc(), 0, 15);
        authorized.getAuthCheck().setAuthUserId("queue-walk-clerk");
        authorized.getAuthCheck().setShouldPerformAuthorizatioCheck(true);
        assertThat(walk(authorized)).as("Camunda's authorization join").isNull();
    }

    @Test
    void theWalkIsTakenOnlyWhereTheIndexKeepsItsDescendingColumnInOrder() throws Exception {
        assertThat(QueueWalk.readsDescendingIndexes(meta("H2", "2.2.224 (2023-09-17)"))).isTrue();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MariaDB", "10.11.19-MariaDB-0+deb12u1"))).isTrue();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"))).as("MySQL's driver on MariaDB").isTrue();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MariaDB", "11.4.2-MariaDB"))).isTrue();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MySQL", "8.0.36"))).isTrue();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MySQL", "5.5.5-10.6.18-MariaDB"))).as("MariaDB before 10.8").isFalse();
        assertThat(QueueWalk.readsDescendingIndexes(meta("MySQL", "5.7.44"))).isFalse();
        assertThat(QueueWalk.readsDescendingIndexes(meta("PostgreSQL", "16.2"))).isFalse();
    }

    private static DatabaseMetaData meta(String product, String version) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> product;
                    case "getDatabaseProductVersion" -> version;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The walk for a query, decided in a command as the task manager decides it (a candidate user's groups are looked up). */
    private static QueueWalk walk(TaskQueryImpl query) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> QueueWalk.of(query));
    }

    private TaskQuery queue() {
        return tasks.createTaskQuery().taskCandidateGroup("queue-walk-a").includeAssignedTasks();
    }

    private static TaskQueryImpl configured(TaskQuery query, int first, int max) {
        TaskQueryImpl configured = (TaskQueryImpl) query;
        configured.setFirstResult(first);
        configured.setMaxResults(max);
        configured.getTenantCheck().setTenantCheckEnabled(false);
        return configured;
    }

    @Test
    void pagesAreReadAsIdsFirst() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        TaskManager manager = configuration.getCommandExecutorTxRequired().execute(context -> context.getTaskManager());
        assertThat(manager).isInstanceOf(TaskIdPages.IdPagedTaskManager.class);
        assertThat(((TaskIdPages.IdPagedTaskManager) manager).walks).as("H2 keeps DESC index parts: queues are walked").isTrue();
        assertThat(configuration.getSqlSessionFactory().getConfiguration().hasStatement(TaskIdPages.ID_PAGE)).isTrue();
    }

    @Test
    void theIndexScriptCreatesEachIndexOnceAndDropsRetiredOnes() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<EngineIndexes.EngineIndex> script = EngineIndexes.script();
        assertThat(script).extracting(EngineIndexes.EngineIndex::name).contains("ECO_IDX_IDENT_LNK_GROUP_TASK");
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", script)).as("created at start-up already").isEmpty();
        EngineIndexes.EngineIndex extra = new EngineIndexes.EngineIndex("ECO_IDX_TEST_TASK_NAME", "ACT_RU_TASK", "NAME_");
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", List.of(extra))).containsExactly("ECO_IDX_TEST_TASK_NAME");
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", List.of(extra))).isEmpty();
        EngineIndexes.EngineIndex retired = EngineIndexes.EngineIndex.retired("ECO_IDX_TEST_TASK_NAME", "ACT_RU_TASK");
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", List.of(retired))).as("retired: dropped").containsExactly("ECO_IDX_TEST_TASK_NAME");
        assertThat(EngineIndexes.apply(configuration.getDataSource(), "", List.of(retired))).as("and gone").isEmpty();
        assertThat(script).filteredOn(EngineIndexes.EngineIndex::isRetired).extracting(EngineIndexes.EngineIndex::name)
                .containsExactly("ECO_IDX_TASK_DUE_DATE");
    }

    private static List<String> ids(List<Task> list) {
        return list.stream().map(Task::getId).toList();
    }
}
