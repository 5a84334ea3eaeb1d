package cn.ecopark.flow.security;

import static cn.ecopark.flow.security.CamundaInternals.field;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No expression a request sends is ever evaluated. Camunda evaluates task-query expressions (JUEL, which
 * can call any Java method) and 7.24.0 refuses them only at the top level of an ad-hoc query: those nested
 * in {@code orQueries}, also in the query that extends a stored filter, run as the server's user. This guard
 * sits in front of every engine command, so engine-rest, our /api and Java callers are all covered: it
 * refuses an ad-hoc task query (list, count, ids) and the extending query of a filter execution when any
 * level carries an expression, whoever the caller is. Only stored filters may carry expressions, and only an
 * administrator (or start-up code, which runs unauthenticated) may store them — the Tasklist filters use
 * {@code ${currentUser()}} and {@code ${now()}}.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        // One instance per chain: an interceptor holds its successor.
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Refuse(configuration));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new Refuse(configuration));
    }

    private final class Refuse extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Refuse(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof TaskQueryImpl adhoc) {
                refuseExpressions(adhoc, "");
            } else if (command instanceof AbstractExecuteFilterCmd) {
                if (CamundaInternals.get(EXTENDING_QUERY, command) instanceof TaskQueryImpl extending) {
                    refuseExpressions(extending, "");
                }
            } else if (command instanceof SaveFilterCmd && !mayStoreExpressions()) {
                if (CamundaInternals.get(SAVED_FILTER, command) instanceof Filter filter && filter.getQuery() instanceof TaskQueryImpl stored) {
                    refuseExpressions(stored, "query.");
                }
            }
            return next.execute(command);
        }

        /** Start-up code (no caller) and administrators; nobody else may store an expression in a filter. */
        private boolean mayStoreExpressions() {
            Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
            if (caller == null) {
                return true;
            }
            List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
            List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            return adminUsers.contains(caller.getUserId()) || groups.stream().anyMatch(adminGroups::contains);
        }
    }

    /** Every level of the query: the query itself and its or-queries, however deep. */
    static void refuseExpressions(TaskQueryImpl query, String path) {
        refuseExpressions(query, path, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void refuseExpressions(TaskQueryImpl query, String path, Set<TaskQueryImpl> seen) {
        if (!seen.add(query)) {
            return;
        }
        Map<String, String> expressions = query.getExpressions();
        if (expressions != null && !expressions.isEmpty()) {
            String field = path + restName(expressions.keySet().stream().sorted().findFirst().orElseThrow());
            throw new BadUserRequestException(field + "：查询条件不得包含表达式（${…}、#{…}），请填写具体的值");
        }
        List<TaskQueryImpl> orQueries = query.getQueries();
        if (orQueries == null) {
            return;
        }
        int index = 0;
        for (TaskQueryImpl orQuery : orQueries) {
            if (orQuery != query) {
                refuseExpressions(orQuery, path + "orQueries[" + index++ + "].", seen);
            }
        }
    }

    /** The engine keys an expression by its criterion (taskAssignee); REST callers know it as assigneeExpression. */
    static String restName(String criterion) {
        if (criterion.equals("taskCandidateGroupIn")) {
            return "candidateGroupsExpression";
        }
        String name = criterion.startsWith("task") && criterion.length() > 4 ? criterion.substring(4) : criterion;
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Expression";
    }


}
