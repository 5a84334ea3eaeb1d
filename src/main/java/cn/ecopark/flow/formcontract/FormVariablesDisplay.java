package cn.ecopark.flow.formcontract;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where what a task's form shows of its case joins the form's variables: the engine's
 * {@code GetTaskFormVariablesCmd}, which answers {@code GET /engine-rest/task/{id}/form-variables} (Tasklist's only read
 * of a Camunda Form's values) and {@code FormService#getTaskFormVariables}. After the command has run — so after the
 * engine let the caller read that task: another agency or an applicant gets its refusal and nothing else — the
 * {@link TaskDisplay} beans of the task's process add their values, limited to the names the task's form reads (and to
 * the names asked for, if any). A value shown overrides a process variable of the same name, as the task-local copies
 * it replaces did.
 * <p>
 * Nothing is written: no variable, no history row. Other variable reads ({@code /task/{id}/variables},
 * {@code /variable-instance}, history) return the process's ids and decisions only.
 */
@Component
class FormVariablesDisplay extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskDisplay> displays;

    FormVariablesDisplay(ObjectProvider<TaskDisplay> displays) {
        this.displays = displays;
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
                if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
                    show(read.resourceId, read.formVariableNames, variables);
                }
                return result;
            }
        });
    }

    private void show(String taskId, Collection<String> names, VariableMap variables) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // a standalone task (a carbon copy): no case form to fill
        }
        ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        List<TaskDisplay> serving = displays.orderedStream()
                .filter(display -> display.processKeys().contains(definition.getKey())).toList();
        if (serving.isEmpty()) {
            return; // a process whose forms show only its variables
        }
        FormContract form = FormContracts.ofTask(task, context);
        Map<String, Object> shown = new LinkedHashMap<>();
        serving.forEach(display -> shown.putAll(display.of(task, form)));
        shown.forEach((name, value) -> {
            if (value != null && form.reads(name) && (names == null || names.contains(name))) {
                variables.putValueTyped(name, typed(value, context));
            }
        });
    }

    /** The value as the engine would have stored it (String, Integer, Double, Boolean…), for REST to answer with its type. */
    private static TypedValue typed(Object value, CommandContext context) {
        TypedValue untyped = Variables.untypedValue(value);
        if (!(untyped instanceof UntypedValueImpl plain)) {
            return untyped;
        }
        TypedValueSerializer<?> serializer = context.getProcessEngineConfiguration().getVariableSerializers()
                .findSerializerForValue(plain);
        return serializer.convertToTypedValue(plain);
    }
}
