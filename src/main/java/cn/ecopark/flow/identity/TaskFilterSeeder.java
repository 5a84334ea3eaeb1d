package cn.ecopark.flow.identity;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import java.util.Objects;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.taskops.CarbonCopies;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Tasklist filters each agency opens in the morning: its queue, its clerk's own tasks, what is due
 * within two working days and what is overdue. Each filter carries a stable key in its properties so a
 * restart finds it again instead of adding a copy; its query is rewritten only when it changed.
 */
@Component
class TaskFilterSeeder {

    static final String KEY_PROPERTY = "ecoparkKey";
    private static final String CARBON_COPY_PREFIX = CarbonCopies.TASK_NAME_PREFIX;

    /** Case variables a clerk needs in the list; every workflow sets them on its instances. */
    static final List<Map<String, String>> LIST_VARIABLES = List.of(
            Map.of("name", CaseVariables.CASE_NO, "label", "编号"),
            Map.of("name", CaseVariables.CASE_TITLE, "label", "事项"),
            Map.of("name", CaseVariables.CITY_NAME, "label", "城市"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TaskFilterSeeder(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void seed() {
        Map<String, Filter> existing = new HashMap<>();
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY_PROPERTY);
            if (key != null) {
                existing.put(key.toString(), filter);
            }
        }

        for (String group : AuthorizationSeeder.clerkGroups()) {
            String agency = StaffGroup.displayName(group);
            ensure(existing, group + ".queue", group, "待办任务", agency + "的全部在办任务", -10, "#1f6fb2",
                    () -> ofGroup(group).orderByDueDate().asc());
            ensure(existing, group + ".mine", group, "我的任务", "本人已认领的" + agency + "任务", -9, "#2e7d32",
                    () -> ofGroup(group).taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
            ensure(existing, group + ".due-soon", group, "两日内到期", agency + "两日内到期的任务", -8, "#ef6c00",
                    () -> ofGroup(group).dueAfterExpression("${now()}")
                            .dueBeforeExpression("${dateTime().plusDays(2)}").orderByDueDate().asc());
            ensure(existing, group + ".overdue", group, "已超期", agency + "已超过办理时限的任务", -7, "#c62828",
                    () -> ofGroup(group).dueBeforeExpression("${now()}").orderByDueDate().asc());
        }

        ensure(existing, "applicants.mine", StaffGroup.APPLICANTS, "我的申报事项", "需要本单位办理的补正、告知等事项", -10, "#1f6fb2",
                () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskCreateTime().desc());
        ensure(existing, "managers.all", StaffGroup.MANAGERS, "全省在办任务", "各部门、各市全部在办任务（只读）", -10, "#1f6fb2",
                () -> taskService.createTaskQuery().taskNameNotLike(CARBON_COPY_PREFIX + "%").orderByDueDate().asc());
        // Read-only copies (taskops.CarbonCopies): a task of its own per recipient, named "抄送：…", no case step.
        Filter copies = ensure(existing, "carbon-copies.mine", StaffGroup.MANAGERS, "抄送我的", "抄送给本人的案卷（只读，阅后可标记已阅）",
                -6, "#6a1b9a", () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .taskNameLike(CARBON_COPY_PREFIX + "%").orderByTaskCreateTime().desc());
        for (String group : AuthorizationSeeder.clerkGroups()) {
            grants.toGroup(group, Resources.FILTER, copies.getId(), Permissions.READ);
            grants.toGroup(StaffGroup.managersOf(group), Resources.FILTER, copies.getId(), Permissions.READ);
        }
        ensure(existing, "managers.overdue", StaffGroup.MANAGERS, "全省超期任务", "已超过办理时限的任务（督办）", -9, "#c62828",
                () -> taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    /**
     * Nothing to write when name, properties and query are what we would write: several nodes starting at once
     * then do not fight over the filter rows (optimistic locks), and an unchanged start writes nothing.
     */
    private boolean unchanged(Filter filter, String name, Map<String, Object> properties, TaskQuery query) {
        FilterEntity wanted = new FilterEntity(EntityTypes.TASK);
        wanted.setName(name);
        wanted.setProperties(properties);
        wanted.setQuery(query);
        FilterEntity current = (FilterEntity) filter;
        return name.equals(current.getName())
                && Objects.equals(wanted.getPropertiesInternal(), current.getPropertiesInternal())
                && Objects.equals(wanted.getQueryInternal(), current.getQueryInternal());
    }

    private TaskQuery ofGroup(String group) {
        return taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
    }

    private Filter ensure(Map<String, Filter> existing, String key, String group, String name, String description,
                        int priority, String color, Supplier<TaskQuery> query) {
        Filter filter = existing.get(key);
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(KEY_PROPERTY, key);
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", LIST_VARIABLES);
        if (filter.getId() == null || !unchanged(filter, name, properties, query.get())) {
            filter.setName(name);
            filter.setProperties(properties);
            filter.setQuery(query.get());
            filterService.saveFilter(filter);
        }
        grants.toGroup(group, Resources.FILTER, filter.getId(), Permissions.READ);
        return filter;
    }
}
