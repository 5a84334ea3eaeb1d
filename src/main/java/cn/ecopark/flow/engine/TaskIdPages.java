package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pages of tasks read in two steps (issue 16): first the ids of the page — Camunda's own task query, its
 * conditions, authorization, tenant check and ordering unchanged, selecting and sorting only the id and the
 * ordering columns — then the page's rows by id. Camunda selects {@code DISTINCT} over all 23 task columns of every
 * task that matches before sorting and taking the page: for ecology's 20,000 open tasks at 100k a temporary table
 * of 20,000 wide rows ({@code DESCRIPTION_} is varchar(4000): on disk on MariaDB), sorted, for 15 of them.
 *
 * <p>Every task query with a page ({@code listPage}, REST {@code maxResults}, Tasklist's filters) of at most
 * {@value #MAX_PAGE} tasks goes this way, for every caller; a query for everything ({@code list()}) and other
 * databases than those we run on keep Camunda's single statement. Counts are Camunda's, except the count of a
 * queue that asks for candidate groups and nothing else (the agencies' 待办任务 filters): it is read from the identity
 * links' index alone, without looking up each task (ecology's count at 100k: 54 ms of SQL down to 18 ms).
 *
 * <p>Lists and counts alike leave out Camunda's tenant condition ({@code RES.TENANT_ID_ is null or … in (the
 * caller's tenants)}) while no open task belongs to a tenant (this application has none): it is then true of every
 * task, and on MariaDB it made the optimizer read tasks through the tenant or due-date index — all 100,000 of them
 * with a temporary table — instead of the group's identity links (1.6 s instead of 0.25 s for ecology's page at 100k).
 *
 * <p>A page of a queue of candidate groups, sorted by due date or in Camunda's default order by id, with or without
 * assigned tasks, is read by {@link QueueWalk} when it can decide it: the open tasks in that order, keeping the
 * queue's, instead of sorting all of the group's tasks.
 */
@Component
class TaskIdPages extends AbstractProcessEnginePlugin {

    static final int MAX_PAGE = 1000;
    static final String MAPPER = "cn/ecopark/flow/engine/task-id-page.xml";
    static final String ID_PAGE = "cn.ecopark.flow.engine.TaskIdPage.selectTaskIdPage";
    static final String BY_IDS = "cn.ecopark.flow.engine.TaskIdPage.selectTasksByIds";
    static final String ANY_TENANT_TASK = "cn.ecopark.flow.engine.TaskIdPage.selectAnyTenantTask";
    static final String COUNT_BY_GROUPS = "cn.ecopark.flow.engine.TaskIdPage.selectTaskCountByCandidateGroups";
    /** The fields of a query for candidate groups (and what Camunda derives from them, and reading options). */
    private static final Set<String> CANDIDATE_FIELDS = Set.of("candidateGroup", "candidateGroups", "includeAssignedTasks",
            "cachedCandidateGroups", "cachedUserGroups", "queries", "initializeFormKeys", "withCommentAttachmentInfo");
    private static final Set<String> DATABASES = Set.of("h2", "mysql", "mariadb");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TaskManager.class;
            }

            @Override
            public Session openSession() {
                return new IdPagedTaskManager(walks);
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineStatements.register(configuration, MAPPER, ID_PAGE);
        try (Connection connection = configuration.getDataSource().getConnection()) {
            walks = QueueWalk.readsDescendingIndexes(connection.getMetaData());
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot read the database's version: " + e.getMessage(), e);
        }
    }

    /** Whether queue pages may be walked ({@link QueueWalk}): decided once the data source is known. */
    private volatile boolean walks;

    /** Camunda's task manager, with pages read as ids first. */
    static class IdPagedTaskManager extends TaskManager {

        final boolean walks;

        IdPagedTaskManager(boolean walks) {
            this.walks = walks;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
            if (query.getMaxResults() > MAX_PAGE || !ourDatabase()) {
                return super.findTasksByQueryCriteria(query);
            }
            configureQuery(query);
            withoutTenantsNoneHas(query);
            QueueWalk walk = walks ? QueueWalk.of(query) : null;
            List<String> ids = walk != null ? walk.ids(getDbEntityManager(), query.getFirstResult())
                    : getDbEntityManager().selectList(ID_PAGE, query);
            if (ids.isEmpty()) {
                return new ArrayList<>();
            }
            List<TaskEntity> rows = getDbEntityManager().selectList(BY_IDS,
                    new ListQueryParameterObject(new ArrayList<>(ids), 0, Integer.MAX_VALUE));
            Map<String, TaskEntity> byId = new HashMap<>();
            rows.forEach(task -> byId.put(task.getId(), task));
            List<Task> page = new ArrayList<>(ids.size());
            for (String id : ids) {
                TaskEntity task = byId.get(id);
                if (task != null && !page.contains(task)) { // null: completed since its id was read
                    page.add(task);
                }
            }
            return page;
        }

        @Override
        public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
            if (!ourDatabase()) {
                return super.findTaskCountByQueryCriteria(query);
            }
            configureQuery(query);
            withoutTenantsNoneHas(query);
            return (Long) getDbEntityManager().selectOne(countsLinksAlone(query) ? COUNT_BY_GROUPS : "selectTaskCountByQueryCriteria", query);
        }

        /**
         * Whether the count reads nothing of the tasks themselves: no authorization join, no tenant condition, no
         * or-query, assigned tasks included, candidate groups and nothing else — every other field of the query as
         * in a new one (compared field by field, so a criterion Camunda adds later keeps Camunda's count).
         */
        static boolean countsLinksAlone(TaskQueryImpl query) {
            return query.isIncludeAssignedTasks() && asksForCandidateGroupsAlone(query);
        }

        /**
         * Whether the query asks for candidate groups and nothing else, with or without assigned tasks: no
         * authorization join, no tenant condition, no or-query — every other field as in a new query. A
         * {@link QueueWalk} answers such a query's pages.
         */
        static boolean asksForCandidateGroupsAlone(TaskQueryImpl query) {
            AuthorizationCheck check = query.getAuthCheck();
            List<String> groups = query.getCandidateGroups();
            if ((check.shouldPerformAuthorizatioCheck() && check.getAuthUserId() != null) || query.getTenantCheck().isTenantCheckEnabled()
                    || query.getQueries().size() != 1 || query.getCandidateUser() != null
                    || query.getCandidateGroupLike() != null || groups == null || groups.isEmpty()) {
                return false;
            }
            TaskQueryImpl plain = new TaskQueryImpl();
            for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || CANDIDATE_FIELDS.contains(field.getName())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    if (!Objects.deepEquals(unset(field.get(query)), unset(field.get(plain)))) {
                        return false;
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    return false;
                }
            }
            return true;
        }

        /** An empty array or collection asks for nothing, as Camunda's SQL reads it (a stored filter holds {@code []}). */
        private static Object unset(Object value) {
            boolean empty = (value != null && value.getClass().isArray() && Array.getLength(value) == 0)
                    || (value instanceof Collection<?> collection && collection.isEmpty())
                    || (value instanceof Map<?, ?> map && map.isEmpty());
            return empty ? null : value;
        }

        private boolean ourDatabase() {
            return DATABASES.contains(getDbSqlSession().getDbSqlSessionFactory().getDatabaseType());
        }

        /** Drops the tenant condition while it holds for every open task: no task has a tenant. */
        private void withoutTenantsNoneHas(TaskQueryImpl query) {
            TenantCheck tenants = query.getTenantCheck();
            if (tenants.isTenantCheckEnabled() && getDbEntityManager().selectOne(ANY_TENANT_TASK, null) == null) {
                tenants.setTenantCheckEnabled(false);
            }
        }
    }
}
