package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue made to test {@link QueueWalk} (on H2 in {@code TaskIdPagesTests}, on MariaDB in {@code QueueMySqlIT}):
 * ties in due date and in creation time, tasks without a due date, assigned tasks (listed or left out), tasks offered
 * to both groups,
 * and tasks that only look like the group's (a candidate user, a link of another type); and the check that every
 * page of every queue shape the walk takes holds exactly Camunda's rows in Camunda's order.
 */
final class QueueWalkCheck {

    private final ProcessEngine engine;
    private final String groupA;
    private final String groupB;

    QueueWalkCheck(ProcessEngine engine, String prefix) {
        this.engine = engine;
        this.groupA = prefix + "-a";
        this.groupB = prefix + "-b";
    }

    /** 48 tasks: due dates from four values and none, creation times from three instants. */
    QueueWalkCheck create() {
        TaskService tasks = engine.getTaskService();
        Instant day = Instant.parse("2026-04-01T00:00:00Z");
        try {
            for (int i = 0; i < 48; i++) {
                ClockUtil.setCurrentTime(Date.from(day.plus(i % 3, ChronoUnit.HOURS)));
                Task task = tasks.newTask();
                task.setName("queue walk " + i);
                int due = i % 5;
                task.setDueDate(due == 4 ? null : Date.from(day.plus(due + 1, ChronoUnit.DAYS)));
                tasks.saveTask(task);
                switch (i % 6) {
                    case 0, 1 -> tasks.addCandidateGroup(task.getId(), groupA);
                    case 2 -> tasks.addCandidateGroup(task.getId(), groupB);
                    case 3 -> {
                        tasks.addCandidateGroup(task.getId(), groupA);
                        tasks.addCandidateGroup(task.getId(), groupB);
                    }
                    case 4 -> tasks.addCandidateUser(task.getId(), groupA); // a user of the group's name: not the group
                    default -> tasks.addGroupIdentityLink(task.getId(), groupA, "watcher"); // not a candidate link
                }
                if (i % 4 == 0) {
                    tasks.setAssignee(task.getId(), "queue-walk-clerk");
                }
            }
        } finally {
            ClockUtil.reset();
        }
        return this;
    }

    /** A queue shape the walk takes, and the same query with its ties broken as the walk breaks them. */
    record Shape(String name, Supplier<TaskQuery> query, Function<TaskQuery, TaskQuery> tieBreak) {
    }

    List<Shape> shapes() {
        TaskService tasks = engine.getTaskService();
        Function<TaskQuery, TaskQuery> forward = q -> q.orderByTaskCreateTime().desc().orderByTaskId().asc();
        Function<TaskQuery, TaskQuery> backward = q -> q.orderByTaskCreateTime().asc().orderByTaskId().desc();
        return List.of(
                new Shape("待办任务: due date ascending", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .includeAssignedTasks().orderByDueDate().asc(), forward),
                new Shape("Tasklist: due date ascending, newest first", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().desc(), q -> q.orderByTaskId().asc()),
                new Shape("due date descending", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .includeAssignedTasks().orderByDueDate().desc(), backward),
                new Shape("due date descending, oldest first", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .includeAssignedTasks().orderByDueDate().desc().orderByTaskCreateTime().asc(), q -> q.orderByTaskId().desc()),
                new Shape("two groups, every column", () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(groupA, groupB))
                        .includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().desc().orderByTaskId().asc(), q -> q),
                new Shape("group b", () -> tasks.createTaskQuery().taskCandidateGroup(groupB)
                        .includeAssignedTasks().orderByDueDate().asc(), forward),
                new Shape("GET /task?candidateGroup: unassigned, Camunda's default order by id",
                        () -> tasks.createTaskQuery().taskCandidateGroup(groupA), q -> q),
                new Shape("by id descending, assigned included", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .includeAssignedTasks().orderByTaskId().desc(), q -> q),
                new Shape("two groups, unassigned, by id", () -> tasks.createTaskQuery()
                        .taskCandidateGroupIn(List.of(groupA, groupB)).orderByTaskId().asc(), q -> q),
                new Shape("unassigned, due date ascending", () -> tasks.createTaskQuery().taskCandidateGroup(groupA)
                        .orderByDueDate().asc(), forward));
    }

    /**
     * For every shape and page: the walk answers (it is not the fallback that passes), its page is the slice of
     * Camunda's own list with the ties broken, and that list is one of the orders Camunda's query without the
     * tie-break may return (the same tasks, the same due dates in the same places). A walk too short on purpose
     * answers the same page, read from every open task.
     */
    void assertPagesAreCamundas() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (Shape shape : shapes()) {
            List<Task> camunda = shape.query().get().list(); // list(): Camunda's own statement
            List<Task> reference = shape.tieBreak().apply(shape.query().get()).list();
            assertThat(ids(reference)).as(shape.name()).containsExactlyInAnyOrderElementsOf(ids(camunda)).hasSizeGreaterThan(10);
            assertThat(reference).as(shape.name() + ": a valid order of Camunda's").extracting(Task::getDueDate)
                    .containsExactlyElementsOf(camunda.stream().map(Task::getDueDate).toList());
            assertThat(reference).as(shape.name() + ": has tasks without a due date").anyMatch(task -> task.getDueDate() == null);
            if (((TaskQueryImpl) shape.query().get()).isIncludeAssignedTasks()) {
                assertThat(reference).as(shape.name() + ": has assigned tasks").anyMatch(task -> task.getAssignee() != null);
            } else {
                assertThat(reference).as(shape.name() + ": unassigned only").allMatch(task -> task.getAssignee() == null);
                assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(groupA).includeAssignedTasks().list())
                        .as("the group also has assigned tasks, which the walk must leave out").anyMatch(task -> task.getAssignee() != null);
            }
            List<String> all = ids(reference);
            for (int first : new int[] {0, 1, 3, 14, all.size() - 2, all.size() + 5}) {
                for (int max : new int[] {1, 5, 15}) {
                    List<String> expected = all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
                    String page = shape.name() + " page " + first + "+" + max;
                    assertThat(ids(shape.query().get().listPage(first, max))).as(page).isEqualTo(expected);
                    TaskQueryImpl query = (TaskQueryImpl) shape.query().get();
                    query.setFirstResult(first);
                    query.setMaxResults(max);
                    query.getTenantCheck().setTenantCheckEnabled(false); // as the task manager finds it: no task has a tenant
                    QueueWalk walk = QueueWalk.of(query);
                    assertThat(walk).as(page + ": walked").isNotNull();
                    assertThat(walked(configuration, walk, first)).as(page + ": walked").isEqualTo(expected);
                    long open = engine.getTaskService().createTaskQuery().count();
                    for (int walked : new int[] {0, 1, 7, 20, 40, (int) open - 1, (int) open}) {
                        // too short a walk reads the page from every open task instead: the same page
                        assertThat(walked(configuration, walk.walking(walked), first)).as(page + " walking " + walked).isEqualTo(expected);
                    }
                    assertThat(walked(configuration, walk.walking((int) open), first)).as(page + ": walking every task").isEqualTo(expected);
                }
            }
        }
    }

    private static List<String> walked(ProcessEngineConfigurationImpl configuration, QueueWalk walk, int first) {
        return configuration.getCommandExecutorTxRequired().execute(context -> walk.ids(context.getDbEntityManager(), first));
    }

    static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).filter(Objects::nonNull).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }
}
