package cn.ecopark.flow.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;

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
 * count, by id) gets that condition ANDed to it and runs without the authorization join.
 *
 * <p>Whoever holds a broader task read — READ on every task or READ_TASK on a process definition (the managers),
 * or any REVOKE — keeps the engine's own check; administrators are not checked at all. Everything else that
 * reads one task (its variables, form, comments, identity links, history) keeps the engine's per-task check on
 * the unchanged authorization rows. The condition is stricter than the rows in one case: a former assignee whose
 * row survived a reassignment no longer lists the task. {@code TaskIsolationTests} proves the isolation.
 */
@Component
class OwnWorkTaskQueries extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new OwnWorkAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, with task queries scoped to the caller's own work. */
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
            query.addOrQuery(new OwnWork(caller.getUserId(), caller.getGroupIds()));
            check.getPermissionChecks().clear();
            check.setAuthorizationCheckEnabled(false);
            check.setShouldPerformAuthorizatioCheck(false);
        }

        /** Task reads the identity links do not express: a grant on every task, on a process's tasks, or a revoke. */
        private boolean readsBeyondOwnWork(Authentication caller) {
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            String user = caller.getUserId();
            CommandContext context = Context.getCommandContext();
            return context.runWithoutAuthorization(() -> isAuthorized(user, groups, Permissions.READ, Resources.TASK, ANY)
                    || readsTasksOfAProcess(user, groups)
                    || isRevokeAuthCheckEnabled(user, groups));
        }

        private boolean readsTasksOfAProcess(String user, List<String> groups) {
            // The grant type first: with it MariaDB reads the group's few process-definition rows through the unique
            // key (TYPE_, GROUP_ID_, RESOURCE_TYPE_, …); without it, it scanned every authorization row (262k at 100k tasks).
            AuthorizationQueryImpl byUser = new AuthorizationQueryImpl();
            byUser.authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.READ_TASK).userIdIn(user, ANY);
            if (selectAuthorizationCountByQueryCriteria(byUser) > 0) {
                return true;
            }
            if (groups.isEmpty()) {
                return false;
            }
            AuthorizationQueryImpl byGroups = new AuthorizationQueryImpl();
            byGroups.authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.READ_TASK).groupIdIn(groups.toArray(String[]::new));
            return selectAuthorizationCountByQueryCriteria(byGroups) > 0;
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
