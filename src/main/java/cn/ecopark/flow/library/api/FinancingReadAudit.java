package cn.ecopark.flow.library.api;

import cn.ecopark.flow.library.FinancingDataRead;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.ProjectOpinions;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audits every read of a library task's variables by a finsup or bank user, whichever way it comes: Tasklist opening the
 * form, the engine REST API (task variables, form variables, variable-instance queries) or the Java API. All of
 * them run one of a few engine commands; this interceptor, inside the command's transaction and after the
 * engine's own authorization check let the read through, writes one audit row per task read.
 */
@Component
class FinancingReadAudit extends AbstractProcessEnginePlugin {

    /** The engine's task-variable reads; their task id is a protected field (public on the form command). */
    private static final Map<Class<?>, Field> TASK_ID = Map.of(
            GetTaskVariablesCmd.class, field(GetTaskVariablesCmd.class),
            GetTaskVariableCmd.class, field(GetTaskVariableCmd.class),
            GetTaskVariableCmdTyped.class, field(GetTaskVariableCmdTyped.class));

    private final FinancingReads reads;

    FinancingReadAudit(FinancingReads reads) {
        this.reads = reads;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                Collection<String> taskIds = tasksRead(command, result);
                if (!taskIds.isEmpty()) {
                    audit(command, taskIds);
                }
                return result;
            }
        });
    }

    static Collection<String> tasksRead(Command<?> command, Object result) {
        if (command instanceof GetTaskFormVariablesCmd form) {
            return List.of(form.resourceId);
        }
        Field taskId = TASK_ID.get(command.getClass());
        if (taskId != null) {
            try {
                return List.of((String) taskId.get(command));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (command instanceof VariableInstanceQueryImpl) {
            Set<String> ids = new LinkedHashSet<>();
            List<?> rows = result instanceof List<?> list ? list : result == null ? List.of() : List.of(result);
            for (Object row : rows) {
                if (row instanceof VariableInstance variable && variable.getTaskId() != null) {
                    ids.add(variable.getTaskId());
                }
            }
            return ids;
        }
        return List.of();
    }

    private void audit(Command<?> command, Collection<String> taskIds) {
        CommandContext context = Context.getCommandContext();
        if (context == null || !ProjectOpinions.isFinancialSide(groupsOf(context))) {
            return;
        }
        for (String taskId : taskIds) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            ExecutionEntity execution = task == null ? null : task.getExecution();
            if (execution == null || !isLibraryTask(task)) {
                continue;
            }
            // The case is the intake's, looked up by process instance: a variable could have been overwritten.
            FinancingReads.IntakeOf intake = reads.intakeOf(task.getProcessInstanceId()).orElse(null);
            reads.record(context.getAuthenticatedUserId(), groupsOf(context),
                    intake == null ? null : intake.projectId(), intake == null ? null : intake.caseNo(),
                    FinancingDataRead.VIA_TASK, "%s（%s）任务 %s：%s".formatted(task.getTaskDefinitionKey(), task.getName(),
                            taskId, command.getClass().getSimpleName()));
        }
    }

    private static boolean isLibraryTask(TaskEntity task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId != null && Library.byProcessKey(definitionId.substring(0, definitionId.indexOf(':'))).isPresent();
    }

    private static List<String> groupsOf(CommandContext context) {
        List<String> groups = context.getAuthenticatedGroupIds();
        return groups == null ? List.of() : groups;
    }

    private static Field field(Class<?> type) {
        try {
            Field field = type.getDeclaredField("taskId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + ": no field taskId to audit reads by", e);
        }
    }
}
