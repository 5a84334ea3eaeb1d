package cn.ecopark.flow.security;

import cn.ecopark.flow.engine.EngineStatements;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Task lists that stay fast at 100k open tasks without opening any agency's queue to another (issue 16).
 *
 * <p>Camunda checks a task query by left-joining every authorization row of the caller's groups on
 * {@code RESOURCE_ID_ IN (task id, process key, '*')}. The engine grants a task's candidate group and its
 * assignee one row per task, so ecology's 20,000 open tasks meet 20,000+ of ecology's rows: the join grows with
 * tasks × rows (MariaDB: 63 s for a page at 50k tasks). Those per-task rows say exactly what the task's identity
 * links say — the candidate groups, the candidate users, the assignee, the owner — so for a caller who reads tasks
 * only through them, the same set is "the task involves me or one of my groups", which the database answers from
 * the identity-link and task indexes. For such a caller every task query (ad-hoc, count, a filter's list and
 * count, by id) gets that condition ANDed to it and runs without the authorization join — or nothing at all when
 * the query itself asks only for the caller's own candidate groups (every agency's 待办任务 filter), which already
 * is that condition.
 *
 * <p>Variables (Tasklist's list columns 编号, 事项, 城市, {@code GET /variable-instance}): for a caller whose read of
 * cases and tasks comes only from per-case and per-task grants (READ on a process instance or on a task, as
 * {@code approval.CaseReadAccess} and the engine write them), the variable query looks up those grants for each
 * variable it reads ({@code own-work-variables.xml}) instead of Camunda's join on all of the caller's authorization
 * rows: the same rows decide, found by index.
 *
 * <p>Whoever holds a broader task read — READ on every task or READ_TASK on a process definition (the managers),
 * or any REVOKE — keeps the engine's own check; administrators are not checked at all. Everything else that
 * reads one task (its variables, form, comments, identity links, history) keeps the engine's per-task check on
 * the unchanged authorization rows. The condition is stricter than the rows in one case: a former assignee whose
 * row survived a reassignment no longer lists the task. {@code TaskIsolationTests} proves the isolation.
 */
@Component
class OwnWorkTaskQueries extends AbstractProcessEnginePlugin {

    static final String MAPPER = "cn/ecopark/flow/security/own-work-variables.xml";
    static final String VARIABLES = "cn.ecopark.flow.security.OwnWorkVariables.selectVariableInstances";
    static final String VARIABLE_COUNT = "cn.ecopark.flow.security.OwnWorkVariables.selectVariableInstanceCount";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(session(AuthorizationManager.class, OwnWorkAuthorizationManager::new));
        factories.add(session(VariableInstanceManager.class, OwnWorkVariableInstanceManager::new));
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineStatements.register(configuration, MAPPER, VARIABLES);
    }

    private static SessionFactory session(Class<?> type, Supplier<Session> manager) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return manager.get();
            }
        };
    }

    /** The engine's authorization manager, with task and variable queries scoped to the caller's own work. */
    static class OwnWorkAuthorizationManager extends AuthorizationManager {

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            query.getQueries().removeIf(OwnWork.class::isInstance); // a query object run again, maybe by someone else
            configureQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            Authentication caller = getCurrentAuthentication();
            if (!check.isAuthorizationCheckEnabled() || caller == null || readsBeyondOwnWork(caller)) {
                super.configureTaskQuery(query);
                return;
            }
            if (!asksForOwnWorkOnly(query, caller)) {
                query.addOrQuery(new OwnWork(caller.getUserId(), caller.getGroupIds()));
            }
            check.getPermissionChecks().clear();
            check.setAuthorizationCheckEnabled(false);
            check.setShouldPerformAuthorizatioCheck(false);
        }

        /**
         * Whether the query itself already keeps to the caller's own work, so that ANDing {@link OwnWork} would
         * change nothing: its candidate condition (Camunda's {@code I.TYPE_ = 'candidate' and (I.USER_ID_ = user or
         * I.GROUP_ID_ IN (groups))}, ANDed with everything else, or-queries included) names only the caller and
         * groups of the caller's — as every agency's 待办任务 filter and {@code GET /task?candidateGroup=<own group>}
         * do. The OR that {@link OwnWork} adds would otherwise cost the database its index on the group (MariaDB then
         * read every identity link at 100k tasks).
         */
        static boolean asksForOwnWorkOnly(TaskQueryImpl query, Authentication caller) {
            String candidateUser = query.getCandidateUser();
            if (query.getCandidateGroupLike() != null || (candidateUser != null && !candidateUser.equals(caller.getUserId()))) {
                return false;
            }
            List<String> groups = query.getCandidateGroups();
            List<String> own = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            if (candidateUser == null && (groups == null || groups.isEmpty())) {
                return false;
            }
            return groups == null || own.containsAll(groups);
        }

        /**
         * Variables: a caller whose read of cases and tasks comes from per-case and per-task grants only gets them
         * through {@link OwnCaseVariables} (one indexed look-up per variable) instead of Camunda's join on all of
         * the caller's authorization rows.
         */
        @Override
        public void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
            if (query.getAuthCheck() instanceof OwnCaseVariables) {
                query.setAuthCheck(new AuthorizationCheck()); // a query object run again
            }
            super.configureVariableInstanceQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            Authentication caller = getCurrentAuthentication();
            if (!check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null || caller == null
                    || check.isRevokeAuthorizationCheckEnabled() || isEnsureSpecificVariablePermission()
                    || readsVariablesBeyondOwnCases(caller)) {
                return;
            }
            query.setAuthCheck(new OwnCaseVariables(check.getAuthUserId(), check.getAuthGroupIds()));
        }

        /** Task reads the identity links do not express: a grant on every task, on a process's tasks, or a revoke. */
        private boolean readsBeyondOwnWork(Authentication caller) {
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            String user = caller.getUserId();
            CommandContext context = Context.getCommandContext();
            return context.runWithoutAuthorization(() -> isAuthorized(user, groups, Permissions.READ, Resources.TASK, ANY)
                    || holdsGrant(user, groups, Resources.PROCESS_DEFINITION, Permissions.READ_TASK)
                    || isRevokeAuthCheckEnabled(user, groups));
        }

        /** Variable reads beyond single cases and tasks: every process instance, every task, a process's instances. */
        private boolean readsVariablesBeyondOwnCases(Authentication caller) {
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            String user = caller.getUserId();
            CommandContext context = Context.getCommandContext();
            return context.runWithoutAuthorization(() -> isAuthorized(user, groups, Permissions.READ, Resources.PROCESS_INSTANCE, ANY)
                    || isAuthorized(user, groups, Permissions.READ, Resources.TASK, ANY)
                    || holdsGrant(user, groups, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE));
        }

        /**
         * Any authorization with the permission on any resource of the type, for the caller, everyone or a group of
         * the caller's. The caller's and everyone's rows of any kind (a revoke among them only sends the caller to
         * Camunda's own check, which the revoke does anyway); the groups' grants by grant type first: with it MariaDB
         * reads the groups' few rows of the type through the unique key (TYPE_, GROUP_ID_, RESOURCE_TYPE_, …);
         * without it, it scanned every authorization row (262k at 100k tasks).
         */
        private boolean holdsGrant(String user, List<String> groups, Resources type, Permission permission) {
            AuthorizationQueryImpl byUser = new AuthorizationQueryImpl();
            byUser.resourceType(type).hasPermission(permission).userIdIn(user, ANY);
            if (selectAuthorizationCountByQueryCriteria(byUser) > 0) {
                return true;
            }
            if (groups.isEmpty()) {
                return false;
            }
            AuthorizationQueryImpl byGroups = new AuthorizationQueryImpl();
            byGroups.authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(type).hasPermission(permission).groupIdIn(groups.toArray(String[]::new));
            return selectAuthorizationCountByQueryCriteria(byGroups) > 0;
        }
    }

    /**
     * The check of {@code own-work-variables.xml}: Camunda's own check off, the caller's grants on each variable's
     * process instance and task looked up instead.
     */
    static final class OwnCaseVariables extends AuthorizationCheck {
        OwnCaseVariables(String userId, List<String> groupIds) {
            setAuthUserId(userId);
            setAuthGroupIds(groupIds);
            setAuthorizationCheckEnabled(false);
            setShouldPerformAuthorizatioCheck(false);
        }

        public int getProcessInstanceType() {
            return Resources.PROCESS_INSTANCE.resourceType();
        }

        public int getTaskType() {
            return Resources.TASK.resourceType();
        }

        public int getRead() {
            return Permissions.READ.getValue();
        }
    }

    /** The engine's variable manager, reading through {@code own-work-variables.xml} when the check says so. */
    static class OwnWorkVariableInstanceManager extends VariableInstanceManager {

        @Override
        @SuppressWarnings("unchecked")
        public List<VariableInstance> findVariableInstanceByQueryCriteria(VariableInstanceQueryImpl query, Page page) {
            configureQuery(query);
            String statement = query.getAuthCheck() instanceof OwnCaseVariables ? VARIABLES : "selectVariableInstanceByQueryCriteria";
            return getDbEntityManager().selectList(statement, query, page);
        }

        @Override
        public long findVariableInstanceCountByQueryCriteria(VariableInstanceQueryImpl query) {
            configureQuery(query);
            String statement = query.getAuthCheck() instanceof OwnCaseVariables ? VARIABLE_COUNT : "selectVariableInstanceCountByQueryCriteria";
            return (Long) getDbEntityManager().selectOne(statement, query);
        }
    }

    /** The condition ANDed to a scoped query: a candidate group of the caller's, or the caller as candidate, assignee or owner. */
    static class OwnWork extends TaskQueryImpl {
        OwnWork(String userId, List<String> groupIds) {
            if (groupIds != null && !groupIds.isEmpty()) {
                taskCandidateGroupIn(groupIds);
                includeAssignedTasks();
            }
            taskInvolvedUser(userId);
        }
    }
}
